import { useTranslation } from 'react-i18next';
import { SyncIndicator } from '../sync/ui/SyncIndicator';
import { useAppSelector } from './store';

/**
 * Connection and sync state, always visible: the clerk must see that work done
 * offline is kept and waiting, and what the eSSL refused.
 */
export function StatusBar() {
  const { t } = useTranslation();
  const connectivity = useAppSelector((state) => state.status.connectivity);
  const state = connectivity === null ? 'checking' : connectivity.online ? 'online' : 'offline';
  return (
    <div className="statusbar" role="status" aria-live="polite">
      <span className={`statusbar__dot statusbar__dot--${state}`} aria-hidden="true" />
      <span data-testid="connectivity">{t(`common.status.${state}`)}</span>
      <span className="statusbar__sep" aria-hidden="true">
        ·
      </span>
      <SyncIndicator />
    </div>
  );
}
