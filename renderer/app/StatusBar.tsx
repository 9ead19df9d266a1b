import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useServices } from './services';
import { useAppSelector } from './store';

/**
 * Connection and outbox state, always visible: the clerk must see that work done
 * offline is kept and waiting. (The sync issue makes the outbox drain.)
 */
export function StatusBar() {
  const { t } = useTranslation();
  const { db } = useServices();
  const connectivity = useAppSelector((state) => state.status.connectivity);
  const waiting = useLiveQuery(() => db.outbox.count(), [db], 0);
  const state = connectivity === null ? 'checking' : connectivity.online ? 'online' : 'offline';
  return (
    <div className="statusbar" role="status" aria-live="polite">
      <span className={`statusbar__dot statusbar__dot--${state}`} aria-hidden="true" />
      <span data-testid="connectivity">{t(`common.status.${state}`)}</span>
      <span className="statusbar__sep" aria-hidden="true">
        ·
      </span>
      <span data-testid="outbox">
        {waiting > 0
          ? t('common.status.outboxWaiting', { count: waiting })
          : t('common.status.outboxEmpty')}
      </span>
    </div>
  );
}
