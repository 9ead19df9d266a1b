import { ServiceError } from '../../../common/contract/envelope';
import type { LimitCode, LimitIssue } from '../../../common/isds/limits';

/** Czech fallbacks of `isds.limits.*` (the renderer shows its own catalog's text). */
const TEXTS: Record<LimitCode, string> = {
  'isds.limits.noFiles': 'Datová zpráva musí obsahovat alespoň jeden dokument.',
  'isds.limits.tooManyFiles': 'Datová zpráva má příliš mnoho příloh.',
  'isds.limits.tooLarge': 'Přílohy datové zprávy jsou dohromady větší, než ISDS dovoluje (20 MB).',
  'isds.limits.fileEmpty': 'Příloha datové zprávy je prázdná.',
  'isds.limits.fileNameEmpty': 'Příloha datové zprávy nemá jméno.',
  'isds.limits.fileNameTooLong': 'Jméno přílohy datové zprávy je příliš dlouhé.',
  'isds.limits.formatNotAllowed': 'Formát přílohy ISDS nepřipouští.',
  'isds.limits.firstNotMain': 'První dokument datové zprávy musí být hlavní dokument.',
  'isds.limits.mainNotFirst': 'Hlavní dokument datové zprávy musí být jen jeden, a to první.',
  'isds.limits.recipientInvalid': 'ID datové schránky adresáta není platné.',
  'isds.limits.annotationEmpty': 'Datová zpráva musí mít věc.',
  'isds.limits.annotationTooLong': 'Věc datové zprávy je delší, než ISDS dovoluje.',
};

/**
 * A message ISDS would refuse, as the ServiceError `errors.isds.limits.<code>` of its
 * first problem (with that problem's parameters and how many there are in all).
 */
export function limitError(issues: readonly LimitIssue[]): ServiceError | null {
  const [first] = issues;
  if (!first) return null;
  const params: Record<string, string | number> = { ...first.params, issues: issues.length };
  if (first.file !== undefined) params.file = first.file;
  return new ServiceError(`errors.${first.code}`, TEXTS[first.code], params);
}
