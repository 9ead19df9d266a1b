import i18next, { type TFunction } from 'i18next';
import type { ValidationIssue } from '../../../common/domain/validation';
import { resources } from '../../i18n/resources';

/** A Czech i18n instance of the app's catalogs, for tests that read the texts users see. */
export async function czechTexts(): Promise<TFunction> {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources,
    lng: 'cs',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  return i18n.t;
}

/** The issue's Czech text; the key itself when the catalogs lack it (so a test fails visibly). */
export function issueInCzech(t: TFunction, issue: ValidationIssue): string {
  return t(issue.message as never, issue.params ?? {}) as string;
}
