import { useTranslation } from 'react-i18next';
import { useAppSelector } from '../app/store';
import { ConnectionForm } from './ConnectionForm';
import { SettingsCard } from './SettingsCard';

export function ConnectionSection() {
  const { t } = useTranslation();
  const config = useAppSelector((state) => state.app.config);
  const info = useAppSelector((state) => state.app.info);
  return (
    <SettingsCard title={t('settings.connection.title')}>
      {config && info ? <ConnectionForm config={config} runningDemo={info.demo} /> : null}
    </SettingsCard>
  );
}
