import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatOfficeDateTime } from '../../common/domain/time';
import { useServices } from '../app/services';
import { verifyTxLog, type ChainCheck } from '../db/txlog/verify';
import { errorText } from '../i18n';
import { chainCheckText } from './chainCheckText';
import { SettingsCard } from './SettingsCard';
import { useTxLogSummary } from './useTxLogSummary';

type Verification =
  | { phase: 'idle' }
  | { phase: 'running' }
  | { phase: 'done'; check: ChainCheck; at: string }
  | { phase: 'failed'; error: unknown };

export function TxLogSection() {
  const { t, i18n } = useTranslation();
  const { db } = useServices();
  const summary = useTxLogSummary();
  const [verification, setVerification] = useState<Verification>({ phase: 'idle' });

  const verify = async () => {
    setVerification({ phase: 'running' });
    try {
      const check = await verifyTxLog(db);
      setVerification({ phase: 'done', check, at: new Date().toISOString() });
    } catch (error) {
      setVerification({ phase: 'failed', error });
    }
  };

  const resultText = (check: ChainCheck) => {
    const text = chainCheckText(check);
    if (text.key === 'settings.txlog.ok') return t(text.key, text.params);
    return t(text.key, { ...text.params, reason: t(text.reason) });
  };

  const last = summary?.last;
  return (
    <SettingsCard title={t('settings.txlog.title')} description={t('settings.txlog.description')}>
      <dl className="settings-facts">
        <dt>{t('settings.txlog.count')}</dt>
        <dd data-testid="txlog-count">
          {summary ? summary.count.toLocaleString(i18n.language) : '…'}
        </dd>
        <dt>{t('settings.txlog.last')}</dt>
        <dd data-testid="txlog-last">
          {last
            ? t('settings.txlog.lastValue', {
                at: formatOfficeDateTime(last.at),
                event: t(`common.enums.txEvent.${last.event}`),
                actor: last.actor,
              })
            : t('settings.txlog.empty')}
        </dd>
      </dl>
      <div className="settings-form__actions">
        <button
          type="button"
          className="button"
          disabled={verification.phase === 'running'}
          onClick={() => void verify()}
        >
          {t(
            verification.phase === 'running' ? 'settings.txlog.verifying' : 'settings.txlog.verify',
          )}
        </button>
      </div>
      <div role="status" data-testid="txlog-result" className="settings-txlog__result">
        {verification.phase === 'done' ? (
          <p
            className={
              verification.check.ok
                ? 'settings-state settings-state--ok'
                : 'settings-state settings-state--error'
            }
          >
            {resultText(verification.check)}{' '}
            <span className="settings-note">
              {t('settings.txlog.checkedAt', { at: formatOfficeDateTime(verification.at) })}
            </span>
          </p>
        ) : null}
        {verification.phase === 'failed' ? (
          <p className="settings-state settings-state--error">{errorText(t, verification.error)}</p>
        ) : null}
      </div>
    </SettingsCard>
  );
}
