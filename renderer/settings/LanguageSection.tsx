import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../common/contract/types';
import { configChanged } from '../app/appSlice';
import { useServices } from '../app/services';
import { useAppDispatch, useAppSelector } from '../app/store';
import { changeLanguage } from '../i18n';
import { Field } from '../ui/Field';
import { useNotify } from '../ui/useNotify';
import { SettingsCard } from './SettingsCard';

/**
 * The language is machine configuration: main keeps it, so the next start (before
 * the database is even open) already speaks it.
 */
export function LanguageSection() {
  const { t } = useTranslation();
  const { api } = useServices();
  const dispatch = useAppDispatch();
  const notify = useNotify();
  const current = useAppSelector((state) => state.app.config?.language ?? 'cs');
  const [saving, setSaving] = useState(false);

  const choose = async (language: Language) => {
    setSaving(true);
    try {
      const next = await api['config.update']({ language });
      await changeLanguage(next.language);
      dispatch(configChanged(next));
    } catch (error) {
      notify.failure(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <SettingsCard title={t('settings.language.title')}>
      <Field label={t('settings.language.label')} hint={t('settings.language.hint')}>
        <select
          className="select settings-language"
          value={current}
          disabled={saving}
          onChange={(event) => void choose(event.target.value as Language)}
        >
          {languages.map((language) => (
            <option key={language} value={language} lang={language}>
              {t(`common.language.${language}`)}
            </option>
          ))}
        </select>
      </Field>
    </SettingsCard>
  );
}
