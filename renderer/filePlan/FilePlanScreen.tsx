import { useTranslation } from 'react-i18next';

export function FilePlanScreen() {
  const { t } = useTranslation();
  return (
    <section className="screen" aria-labelledby="filePlan-title">
      <h1 id="filePlan-title">{t('filePlan.title')}</h1>
    </section>
  );
}
