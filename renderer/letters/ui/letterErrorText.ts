import type { TFunction } from 'i18next';
import { ContractCallError } from '../../../common/contract/envelope';
import type { ValidationIssue } from '../../../common/domain/validation';
import { LETTER_ISSUE_PREFIX, letterIssueText } from '../../../common/letters/messages';
import { CommandError } from '../../db/errors';
import { errorText } from '../../i18n';
import { letterText, type LetterTextKey } from './text';

/** A validation issue as text; a letter issue not in the catalog still reads in Czech. */
export function letterIssueDisplay(t: TFunction, issue: ValidationIssue): string {
  const text = t(issue.message as never, issue.params ?? {}) as string;
  if (text !== issue.message) return text;
  return issue.message.startsWith(LETTER_ISSUE_PREFIX) ? letterIssueText(issue) : text;
}

const GLYPH_FIELDS = new Set([
  'organizationName',
  'letterheadAddress',
  'letterheadContact',
  'footerText',
  'heading',
  'addressee',
  'sender',
  'ourRef',
  'theirRef',
  'handler',
  'subject',
  'body',
  'closing',
  'signer',
  'attachments',
]);

const param = (error: ContractCallError, name: string): string => {
  const value = error.params[name];
  return value === undefined ? '' : String(value);
};

/** The field a renderer error names, in the UI's language (main's Czech name otherwise). */
function fieldName(t: TFunction, error: ContractCallError): string {
  const key = param(error, 'fieldKey');
  if (GLYPH_FIELDS.has(key)) return letterText(t, `glyphFields.${key}` as LetterTextKey);
  return param(error, 'field');
}

/**
 * Why the preview (or the rendering for saving) failed. A character the font lacks is
 * named with its field, so the clerk knows what to retype; other refusals of the
 * renderer carry their Czech reason.
 */
export function renderFailureText(t: TFunction, error: unknown): string {
  if (error instanceof ContractCallError) {
    if (error.code === 'errors.letters.missingGlyph' || error.code === 'errors.pdf.missingGlyph') {
      return letterText(t, 'preview.missingGlyph', {
        char: param(error, 'char'),
        codePoint: param(error, 'codePoint'),
        field: fieldName(t, error) || letterText(t, 'glyphFields.body'),
      });
    }
    if (error.code === 'errors.letters.invalid') {
      return letterText(t, 'preview.invalid', { reason: param(error, 'reason') || error.message });
    }
  }
  if (error instanceof CommandError && error.issues.length > 0) {
    return letterText(t, 'preview.invalid', {
      reason: error.issues.map((issue) => letterIssueDisplay(t, issue)).join(' '),
    });
  }
  return letterText(t, 'preview.failed', { reason: errorText(t, error) });
}

const IMPORT_REFUSALS = {
  'errors.pdf.encrypted': 'import.refused.encrypted',
  'errors.pdf.javascript': 'import.refused.javascript',
  'errors.pdf.fontNotEmbedded': 'import.refused.fontNotEmbedded',
  'errors.pdf.corrupted': 'import.refused.corrupted',
} as const satisfies Record<string, LetterTextKey>;

const isImportRefusal = (code: string): code is keyof typeof IMPORT_REFUSALS =>
  Object.hasOwn(IMPORT_REFUSALS, code);

/** Why a picked PDF cannot become the letter, with the reason main found. */
export function importRefusalText(t: TFunction, error: unknown): string {
  if (error instanceof ContractCallError) {
    if (isImportRefusal(error.code)) {
      return letterText(t, IMPORT_REFUSALS[error.code], {
        what: param(error, 'what'),
        font: param(error, 'font'),
        reason: param(error, 'reason'),
      });
    }
    // Other refusals (transparency, unsupported features) come worded by main in Czech.
    if (error.code.startsWith('errors.pdf.'))
      return letterText(t, 'import.refused.other', { reason: error.message });
  }
  return errorText(t, error);
}
