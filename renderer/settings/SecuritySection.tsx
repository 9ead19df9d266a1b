import { useTranslation } from 'react-i18next';
import { SettingsCard } from './SettingsCard';
import { useCredentialStatus } from './useCredentialStatus';

/** Whether passwords can be kept on this PC; where they cannot, nothing is stored (said plainly). */
export function SecuritySection() {
  const { t } = useTranslation();
  const state = useCredentialStatus();
  return (
    <SettingsCard title={t('settings.security.title')}>
      <div className="settings-stack" data-testid="credentials-status">
        {state.phase === 'loading' ? (
          <p aria-busy="true">{t('settings.security.checking')}</p>
        ) : null}
        {state.phase === 'failed' ? (
          <p className="settings-note settings-note--warning">{t('settings.security.failed')}</p>
        ) : null}
        {state.phase === 'loaded' && state.status.encryptionAvailable ? (
          <p className="settings-state settings-state--ok">{t('settings.security.available')}</p>
        ) : null}
        {state.phase === 'loaded' && !state.status.encryptionAvailable ? (
          <>
            <p className="settings-state settings-state--warning">
              {t('settings.security.unavailable')}
            </p>
            <p className="settings-note">{t('settings.security.unavailableHint')}</p>
          </>
        ) : null}
        {state.phase === 'loaded' ? (
          <p className="settings-note">
            {t('settings.security.backend', { backend: state.status.backend })}
          </p>
        ) : null}
      </div>
      <p className="settings-note settings-stack__after">{t('settings.security.later')}</p>
    </SettingsCard>
  );
}
