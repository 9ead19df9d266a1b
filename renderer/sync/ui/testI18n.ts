import i18next, { type TFunction } from 'i18next';
import type { Language } from '../../../common/contract/types';
import { resources } from '../../i18n/resources';

/** A translation function over the real catalogs (a key missing there shows as the key). */
export async function syncTestI18n(language: Language = 'cs') {
  const instance = i18next.createInstance();
  await instance.init({
    resources,
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  return instance;
}

export async function syncTestT(language: Language = 'cs'): Promise<TFunction> {
  return (await syncTestI18n(language)).t;
}
