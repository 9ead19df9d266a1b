import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppSelector } from '../app/store';
import '../styles/settings.css';
import { AboutSection } from './AboutSection';
import { CaseFileMaskSection } from './CaseFileMaskSection';
import { ConnectionSection } from './ConnectionSection';
import { ConversionSection } from './conversion/ConversionSection';
import { DataboxSection } from './databox/DataboxSection';
import { FirstRunWelcome } from './FirstRunWelcome';
import { LanguageSection } from './LanguageSection';
import { LetterTemplatesSection } from './letters/LetterTemplatesSection';
import { OrganizationSection } from './OrganizationSection';
import { SecuritySection } from './SecuritySection';
import { SigningSection } from './signing/SigningSection';
import { TxLogSection } from './TxLogSection';
import { useOrganizationSettings } from './useOrganizationSettings';

export function SettingsScreen() {
  const { t } = useTranslation();
  const demo = useAppSelector((state) => state.app.info?.demo ?? false);
  const stored = useOrganizationSettings();
  // The demo brings its organisation with the seed; a real installation starts without one.
  const needsSetup = !demo && stored !== undefined && stored.organization === undefined;
  const [setupSeen, setSetupSeen] = useState(false);
  if (needsSetup && !setupSeen) setSetupSeen(true);

  return (
    <section className="screen settings" aria-labelledby="settings-title">
      <h1 id="settings-title" className="screen__title">
        {t('settings.title')}
      </h1>
      {setupSeen ? <FirstRunWelcome done={!needsSetup} /> : null}
      <div className="settings__columns">
        <div className="settings__column settings__column--main">
          <OrganizationSection stored={stored} />
          <CaseFileMaskSection />
          <DataboxSection />
          <LetterTemplatesSection />
          <SigningSection />
          <ConversionSection />
        </div>
        <div className="settings__column">
          <ConnectionSection />
          <LanguageSection />
          <SecuritySection />
          <TxLogSection />
          <AboutSection />
        </div>
      </div>
    </section>
  );
}
