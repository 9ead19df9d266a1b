import { useTranslation } from 'react-i18next';

export function IntakeScreen() {
  const { t } = useTranslation();
  return (
    <section className="screen" aria-labelledby="intake-title">
      <h1 id="intake-title" className="screen__title">
        {t('intake.title')}
      </h1>
    </section>
  );
}
