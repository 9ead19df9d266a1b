import { useTranslation } from 'react-i18next';

export function TxLogScreen() {
  const { t } = useTranslation();
  return (
    <section className="screen" aria-labelledby="txlog-title">
      <h1 id="txlog-title">{t('txlog.title')}</h1>
    </section>
  );
}
