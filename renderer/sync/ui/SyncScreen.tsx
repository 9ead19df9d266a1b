import { useTranslation } from 'react-i18next';
import { useAppSelector } from '../../app/store';
import { ConflictList } from './ConflictList';
import { FailedEntries } from './FailedEntries';
import { SyncLogPanel } from './SyncLogPanel';
import { SyncSummary } from './SyncSummary';
import { useSyncControl } from './syncControl';
import { useSyncCounts } from './useSyncCounts';
import { useFailedEntries, useOpenConflicts } from './useSyncRecords';
import '../../styles/sync.css';

/**
 * Synchronizace: the engine's state with a run on request, the changes the eSSL
 * refused (retry, edit, discard), the conflicts to decide, and the sync log.
 */
export function SyncScreen() {
  const { t } = useTranslation();
  const status = useAppSelector((state) => state.sync);
  const counts = useSyncCounts();
  const control = useSyncControl();
  const failed = useFailedEntries();
  const conflicts = useOpenConflicts();

  return (
    <section className="screen sync" aria-labelledby="sync-title">
      <h1 id="sync-title" className="screen__title">
        {t('sync.screen.title')}
      </h1>
      <p className="sync__intro">{t('sync.screen.intro')}</p>

      <section className="sync__section" aria-labelledby="sync-summary-title">
        <h2 id="sync-summary-title">{t('sync.screen.summary')}</h2>
        <SyncSummary status={status} counts={counts} onSync={() => void control.syncNow('user')} />
      </section>

      <section className="sync__section" aria-labelledby="sync-failed-title">
        <h2 id="sync-failed-title">{t('sync.failed.title')}</h2>
        <p className="sync__hint">{t('sync.failed.intro')}</p>
        {failed ? <FailedEntries rows={failed} /> : null}
      </section>

      <section className="sync__section" aria-labelledby="sync-conflicts-title">
        <h2 id="sync-conflicts-title">{t('sync.conflicts.title')}</h2>
        <p className="sync__hint">{t('sync.conflicts.intro')}</p>
        {conflicts ? <ConflictList conflicts={conflicts} /> : null}
      </section>

      <section className="sync__section" aria-labelledby="sync-log-title">
        <h2 id="sync-log-title">{t('sync.logPanel.title')}</h2>
        <SyncLogPanel />
      </section>
    </section>
  );
}
