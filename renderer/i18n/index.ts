import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../common/contract/types';
import type { ValidationIssue } from '../../common/domain/validation';
import { ContractCallError } from '../../common/contract/envelope';
import { CommandError } from '../db/errors';
import { resources } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: (typeof resources)['cs'];
  }
}

export async function initI18n(language: Language): Promise<I18n> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'cs',
    interpolation: { escapeValue: false }, // React escapes; values are never HTML
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/** Text for a domain rule's issue. Keys come from common/domain, checked by tests. */
export function issueText(t: TFunction, issue: ValidationIssue): string {
  return t(issue.message as never, issue.params ?? {}) as string;
}

/**
 * Text for any failure a user action can end in: a refused command, an error from
 * main, or something unexpected (never shown raw: the details go to the log).
 */
export function errorText(t: TFunction, error: unknown): string {
  if (error instanceof CommandError) return t(error.code as never, error.params) as string;
  if (error instanceof ContractCallError) {
    const text = t(error.code as never, error.params) as string;
    return text === error.code ? error.message : text;
  }
  return t('errors.unexpected') as string;
}
