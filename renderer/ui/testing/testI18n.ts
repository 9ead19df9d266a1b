import i18next, { type i18n as I18n } from 'i18next';
import type { Language } from '../../../common/contract/types';
import { resources } from '../../i18n/resources';

/** Loads the app's own catalogs into an instance, as the users of a test's screen read them. */
export async function initTestI18n(instance: I18n, language: Language = 'cs'): Promise<void> {
  await instance.init({
    resources,
    lng: language,
    fallbackLng: 'cs',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
}

/** A fresh instance of the app's catalogs in one language. */
export async function loadTestI18n(language: Language = 'cs'): Promise<I18n> {
  const instance = i18next.createInstance();
  await initTestI18n(instance, language);
  return instance;
}
