import type { TFunction } from 'i18next';
import type { ValidationIssue } from '../../../common/domain/validation';
import { loadTestI18n } from '../../ui/testing/testI18n';

/** A Czech i18n instance of the app's catalogs, for tests that read the texts users see. */
export async function czechTexts(): Promise<TFunction> {
  return (await loadTestI18n('cs')).t;
}

/** The issue's Czech text; the key itself when the catalogs lack it (so a test fails visibly). */
export function issueInCzech(t: TFunction, issue: ValidationIssue): string {
  return t(issue.message as never, issue.params ?? {}) as string;
}
