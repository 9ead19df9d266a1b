import { useTranslation } from 'react-i18next';
import { useAppSelector } from '../../app/store';
import { SettingsCard } from '../SettingsCard';
import { KeptSigners } from './KeptSigners';
import { SigningConfigForm } from './SigningConfigForm';
import { useKeptSigners } from './useKeptSigners';
import { useTokenSearch } from './useTokenSearch';
import './signingSettings.css';

/** Nastavení → Podepisování: how signatures are made and checked on this PC. */
export function SigningSection({ now = new Date().toISOString() }: { now?: string }) {
  const { t } = useTranslation();
  const config = useAppSelector((state) => state.app.config);
  const demo = useAppSelector((state) => state.app.info?.demo ?? false);
  const kept = useKeptSigners();
  const tokens = useTokenSearch();
  return (
    <SettingsCard title={t('signingSettings.title')} description={t('signingSettings.description')}>
      <div data-testid="signing-settings">
        {config ? (
          <SigningConfigForm config={config} demo={demo} tokens={tokens} now={now} />
        ) : (
          <p className="settings-note">{t('signingSettings.loading')}</p>
        )}
        <KeptSigners kept={kept} />
      </div>
    </SettingsCard>
  );
}
