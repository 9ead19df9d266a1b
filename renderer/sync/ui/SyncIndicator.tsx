import { useTranslation } from 'react-i18next';
import { navigated } from '../../app/appSlice';
import { useAppDispatch, useAppSelector } from '../../app/store';
import type { SyncStatus } from '../syncStatus';
import { syncStatusParts } from './statusText';
import type { SyncCounts } from './syncCounts';
import { useSyncCounts } from './useSyncCounts';
import '../../styles/sync.css';

export interface SyncIndicatorViewProps {
  status: SyncStatus;
  counts: SyncCounts;
  now: Date;
  onOpen: () => void;
}

/** The parts as text in one button that opens the sync screen (the counts say what to do there). */
export function SyncIndicatorView({ status, counts, now, onOpen }: SyncIndicatorViewProps) {
  const { t } = useTranslation();
  const parts = syncStatusParts(t, status, counts, now);
  const attention = counts.failed > 0 || counts.conflicts > 0 || status.phase === 'error';
  return (
    <button
      type="button"
      className={attention ? 'statusbar__sync statusbar__sync--attention' : 'statusbar__sync'}
      data-testid="sync-status"
      data-phase={status.phase}
      title={t('sync.status.open')}
      onClick={onOpen}
    >
      <span className={`statusbar__dot statusbar__dot--sync-${status.phase}`} aria-hidden="true" />
      {parts.map((part, index) => (
        <span key={part.key} className={`statusbar__part statusbar__part--${part.key}`}>
          {/* Plain spaces around the hidden dot keep the parts apart in the button's name. */}
          {index > 0 ? (
            <>
              {' '}
              <span className="statusbar__sep" aria-hidden="true">
                ·
              </span>{' '}
            </>
          ) : null}
          <span data-testid={part.key === 'outbox' ? 'outbox' : `sync-${part.key}`}>
            {part.text}
          </span>
        </span>
      ))}
    </button>
  );
}

/** The sync part of the status bar: the engine's phase (store) and the counts (Dexie). */
export function SyncIndicator() {
  const dispatch = useAppDispatch();
  const status = useAppSelector((state) => state.sync);
  const counts = useSyncCounts();
  return (
    <SyncIndicatorView
      status={status}
      counts={counts}
      now={new Date()}
      onOpen={() => dispatch(navigated('sync'))}
    />
  );
}
