import { useTranslation } from 'react-i18next';
import { OrganizationForm } from './OrganizationForm';
import { SettingsCard } from './SettingsCard';
import type { StoredOrganizationSettings } from './useOrganizationSettings';

export interface OrganizationSectionProps {
  stored: StoredOrganizationSettings | undefined;
}

export function OrganizationSection({ stored }: OrganizationSectionProps) {
  const { t } = useTranslation();
  return (
    <SettingsCard
      title={t('settings.organization.title')}
      description={t('settings.organization.description')}
    >
      {stored ? (
        <OrganizationForm stored={stored} />
      ) : (
        <p aria-busy="true">{t('settings.organization.loading')}</p>
      )}
    </SettingsCard>
  );
}
