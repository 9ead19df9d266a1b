import { useTranslation } from 'react-i18next';
import { formatOfficeDateTime } from '../../../common/domain/time';
import type { SyncStatus } from '../syncStatus';
import { lastErrorText, phaseText } from './statusText';
import type { SyncCounts } from './syncCounts';

export interface SyncSummaryProps {
  status: SyncStatus;
  counts: SyncCounts;
  onSync: () => void;
}

/**
 * Where sync stands: phase, what waits, the last success and failure (in the eSSL's
 * own words when it gave them), and a run on request.
 */
export function SyncSummary({ status, counts, onSync }: SyncSummaryProps) {
  const { t } = useTranslation();
  const syncing = status.phase === 'syncing';
  const rows: Array<[string, string]> = [
    [t('sync.screen.phase'), phaseText(t, status)],
    [t('sync.screen.pending'), String(counts.pending)],
    [t('sync.screen.failed'), String(counts.failed)],
    [t('sync.screen.conflicts'), String(counts.conflicts)],
    [
      t('sync.screen.lastSuccess'),
      status.lastSuccessAt ? formatOfficeDateTime(status.lastSuccessAt) : t('sync.screen.never'),
    ],
  ];
  if (status.nextRunAt && !syncing)
    rows.push([t('sync.screen.nextRun'), formatOfficeDateTime(status.nextRunAt)]);
  return (
    <div className="sync-summary">
      <dl className="sync-summary__list" data-testid="sync-summary">
        {rows.map(([label, value]) => (
          <div key={label} className="sync-summary__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {status.phase === 'notConfigured' ? (
        <p className="sync-summary__note">{t('sync.screen.notConfigured')}</p>
      ) : null}
      {status.lastError ? (
        <p className="sync-summary__error" role="alert">
          {t('sync.screen.lastError')}: {lastErrorText(t, status.lastError)}
        </p>
      ) : null}
      <button
        type="button"
        className="button button--primary"
        disabled={syncing}
        aria-busy={syncing || undefined}
        onClick={onSync}
      >
        {syncing ? t('sync.screen.syncing') : t('sync.screen.syncNow')}
      </button>
    </div>
  );
}
