import { useTranslation } from 'react-i18next';

export function CaseFilesScreen() {
  const { t } = useTranslation();
  return (
    <section className="screen" aria-labelledby="caseFiles-title">
      <h1 id="caseFiles-title">{t('caseFiles.title')}</h1>
    </section>
  );
}
