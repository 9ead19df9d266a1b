import i18next, { type TFunction } from 'i18next';
import type { Language } from '../../common/contract/types';
import { resources } from '../i18n/resources';

/** A translation function over the real catalogs, for unit tests of the journal's texts. */
export async function journalTestT(language: Language = 'cs'): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    resources,
    lng: language,
    fallbackLng: 'cs',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  return instance.t;
}
