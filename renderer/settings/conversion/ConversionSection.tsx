import { useTranslation } from 'react-i18next';
import { useAppSelector } from '../../app/store';
import { SettingsCard } from '../SettingsCard';
import { ConversionConfigForm } from './ConversionConfigForm';
import './conversionSettings.css';

/** Nastavení → Konverze: the conversion register and the scanner's folder on this PC. */
export function ConversionSection() {
  const { t } = useTranslation();
  const config = useAppSelector((state) => state.app.config);
  const demo = useAppSelector((state) => state.app.info?.demo ?? false);
  return (
    <SettingsCard
      title={t('conversionSettings.title')}
      description={t('conversionSettings.description')}
    >
      <div data-testid="conversion-settings">
        {config ? (
          <ConversionConfigForm config={config} demo={demo} />
        ) : (
          <p className="settings-note">{t('conversionSettings.loading')}</p>
        )}
      </div>
    </SettingsCard>
  );
}
