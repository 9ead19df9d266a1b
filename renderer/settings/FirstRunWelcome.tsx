import { useTranslation } from 'react-i18next';
import { navigated } from '../app/appSlice';
import { useAppDispatch } from '../app/store';

/** Shown on a real installation until the organisation is saved, and once right after. */
export function FirstRunWelcome({ done }: { done: boolean }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  if (done) {
    return (
      <div className="settings-welcome settings-welcome--done" role="status">
        <p>{t('settings.firstRun.done')}</p>
        <button
          type="button"
          className="button button--primary"
          onClick={() => dispatch(navigated('intake'))}
        >
          {t('settings.firstRun.goToIntake')}
        </button>
      </div>
    );
  }
  return (
    <section className="settings-welcome" aria-labelledby="settings-welcome-title">
      <h2 id="settings-welcome-title">{t('settings.firstRun.title')}</h2>
      <p>{t('settings.firstRun.intro')}</p>
      <ul>
        <li>{t('settings.firstRun.stepOrganization')}</li>
        <li>{t('settings.firstRun.stepMask')}</li>
        <li>{t('settings.firstRun.stepPeople')}</li>
      </ul>
      <p className="settings-welcome__blocked">{t('settings.firstRun.blocked')}</p>
    </section>
  );
}
