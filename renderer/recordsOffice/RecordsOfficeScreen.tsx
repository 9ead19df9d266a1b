import { useTranslation } from 'react-i18next';

export function RecordsOfficeScreen() {
  const { t } = useTranslation();
  return (
    <section className="screen" aria-labelledby="recordsOffice-title">
      <h1 id="recordsOffice-title">{t('recordsOffice.title')}</h1>
    </section>
  );
}
