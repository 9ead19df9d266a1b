import { useTranslation } from 'react-i18next';

export function JournalScreen() {
  const { t } = useTranslation();
  return (
    <section className="screen" aria-labelledby="journal-title">
      <h1 id="journal-title" className="screen__title">
        {t('journal.title')}
      </h1>
    </section>
  );
}
