import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { LETTER_VALIDATION_CS } from '../../../common/letters/messages';
import { letterEditor, letterEditorErrors } from '../../i18n/locales/cs/letterEditor';
import { resources } from '../../i18n/resources';

/**
 * The Czech catalog with this feature's texts merged in the way resources.ts wires
 * them (`letterEditor`, `errors.letterEditor`, `letters.validation`), for tests that
 * assert what a clerk reads.
 */
export async function letterTestI18n(): Promise<I18n> {
  const base = resources.cs.translation;
  const instance = i18next.createInstance();
  await instance.init({
    resources: {
      cs: {
        translation: {
          ...base,
          errors: { ...base.errors, letterEditor: letterEditorErrors },
          letters: { validation: LETTER_VALIDATION_CS },
          letterEditor,
        },
      },
    },
    lng: 'cs',
    fallbackLng: 'cs',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  return instance;
}

export async function letterTestT(): Promise<TFunction> {
  return (await letterTestI18n()).t;
}
