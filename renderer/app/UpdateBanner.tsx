import { useTranslation } from 'react-i18next';
import { updateDismissed } from './statusSlice';
import { useServices } from './services';
import { useAppDispatch, useAppSelector } from './store';

/** The user decides when to restart into a downloaded update; nothing restarts by itself. */
export function UpdateBanner() {
  const { t } = useTranslation();
  const { api } = useServices();
  const dispatch = useAppDispatch();
  const update = useAppSelector((state) => state.status.update);
  const dismissed = useAppSelector((state) => state.status.updateDismissed);
  if (!update || dismissed || update.state !== 'ready') return null;
  return (
    <div
      className="banner banner--info"
      role="region"
      aria-label={t('common.update.ready', { version: update.version ?? '' })}
    >
      <span>{t('common.update.ready', { version: update.version ?? '' })}</span>
      <button
        type="button"
        className="button button--primary"
        onClick={() => void api['update.restartAndInstall']({})}
      >
        {t('common.update.readyAction')}
      </button>
      <button type="button" className="button" onClick={() => dispatch(updateDismissed())}>
        {t('common.update.later')}
      </button>
    </div>
  );
}
