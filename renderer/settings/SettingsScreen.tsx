import { useTranslation } from 'react-i18next';

export function SettingsScreen() {
  const { t } = useTranslation();
  return (
    <section className="screen" aria-labelledby="settings-title">
      <h1 id="settings-title" className="screen__title">
        {t('settings.title')}
      </h1>
    </section>
  );
}
