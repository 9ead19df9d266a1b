import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { noticeDismissed } from './statusSlice';
import { useAppDispatch, useAppSelector } from './store';

const SUCCESS_VISIBLE_MS = 8000;

/** Short confirmations and errors; errors and warnings stay until dismissed, so none is missed. */
export function Notices() {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const notices = useAppSelector((state) => state.status.notices);
  useEffect(() => {
    const timers = notices
      .filter((notice) => notice.kind === 'success' || notice.kind === 'info')
      .map((notice) =>
        window.setTimeout(() => dispatch(noticeDismissed(notice.id)), SUCCESS_VISIBLE_MS),
      );
    return () => timers.forEach((timer) => window.clearTimeout(timer));
  }, [notices, dispatch]);
  return (
    <div className="notices" aria-live="assertive">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice--${notice.kind}`}
          role={notice.kind === 'error' || notice.kind === 'warning' ? 'alert' : 'status'}
        >
          <span className="notice__text">{notice.text}</span>
          <button
            type="button"
            className="notice__close"
            aria-label={t('common.actions.close')}
            onClick={() => dispatch(noticeDismissed(notice.id))}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
