/**
 * The conversion register's fields as the clerk types them in either conversion dialog,
 * and turned into what the domain rule (`checkConversionFields`) checks. Electronic →
 * paper asks the core (`RegisterValues`); paper → electronic adds the sheets, the
 * element that cannot be converted, the colour reason and a fee-or-exemption choice.
 */
import type { DocumentRecord } from '../../../common/domain/document';
import type { ConversionFields } from '../../../common/domain/conversionRules';
import type { ValidationIssue } from '../../../common/domain/validation';

/** What both dialogs ask. */
export interface RegisterValues {
  /** The input's identification in the register. */
  description: string;
  /** ISO date, '' when unknown. */
  inputDate: string;
  /** Konverze z moci úřední: free, with the standard exemption. */
  official: boolean;
  /** CZK as typed; empty when none. */
  feeCzk: string;
  /** The legal reason for exemption, as typed. */
  exemption: string;
}

/** With what only the paper → electronic dialog asks. */
export interface RegisterForm extends RegisterValues {
  /** Sheets of the input as typed; '' while it follows the number of pages. */
  sheets: string;
  /** The document gives no sheet count: the number of pages is offered until the clerk types one. */
  sheetsFollowPages: boolean;
  lost: boolean;
  lostDescription: string;
  /** Not official: a fee, or the legal reason for exemption. */
  charge: 'fee' | 'exemption';
  colourReason: string;
}

/** The fields the dialog shows an issue at; anything else goes to the form's failure. */
export const REGISTER_FIELDS = [
  'pages',
  'description',
  'inputDate',
  'sheets',
  'lostElement',
  'feeCzk',
  'exemption',
  'colourReason',
] as const;
export type RegisterField = (typeof REGISTER_FIELDS)[number];

type DocumentFacts = Pick<DocumentRecord, 'subject' | 'sender' | 'senderReference' | 'sheets'>;

/** "Žádost o stavební povolení (Jan Novák)": the subject and the sender, as registered. */
export function inputDescription(doc: DocumentFacts): string {
  const sender = doc.sender?.name.trim();
  return sender ? `${doc.subject} (${sender})` : doc.subject;
}

export function initialRegisterForm(doc: DocumentFacts): RegisterForm {
  const sheets = doc.sheets > 0 ? String(doc.sheets) : '';
  return {
    description: inputDescription(doc),
    inputDate: doc.senderReference?.date ?? '',
    sheets,
    sheetsFollowPages: sheets === '',
    lost: false,
    lostDescription: '',
    official: true,
    charge: 'fee',
    feeCzk: '',
    exemption: '',
    colourReason: '',
  };
}

/** The sheets shown: as typed, or the number of pages while it follows them. */
export function shownSheets(form: RegisterForm, pages: number): string {
  return form.sheetsFollowPages ? (pages > 0 ? String(pages) : '') : form.sheets;
}

/** A whole number as typed; anything else is NaN, which the rule refuses with its message. */
function wholeNumber(text: string): number {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * The fee as typed in a free text box: empty is none; whole crowns are a number; anything
 * else is NaN, which checkConversionFields reports as a bad fee (rather than quietly
 * dropping it).
 */
export function parseFee(text: string): number | null {
  const trimmed = text.trim().replace(/\s+/g, '');
  if (trimmed === '') return null;
  return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

function inputDateOf(values: RegisterValues): string | null {
  return values.inputDate.trim() === '' ? null : values.inputDate.trim();
}

/**
 * Electronic → paper: the sheets are the PDF's pages; not official, the fee when one is
 * typed, else the exemption.
 */
export function electronicFieldsOf(values: RegisterValues, pages: number): ConversionFields {
  return {
    description: values.description,
    inputDate: inputDateOf(values),
    sheets: pages,
    official: values.official,
    feeCzk: values.official ? null : parseFee(values.feeCzk),
    exemption: values.official ? null : values.exemption.trim() || null,
    lostElement: null,
    colourReason: null,
    needsColourReason: false,
  };
}

/** Paper → electronic: the sheets as shown, the fee or the exemption as chosen. */
export function conversionFieldsOf(
  form: RegisterForm,
  context: { pages: number; needsColourReason: boolean },
): ConversionFields {
  const fee = !form.official && form.charge === 'fee';
  const exempt = !form.official && form.charge === 'exemption';
  return {
    description: form.description,
    inputDate: inputDateOf(form),
    sheets: wholeNumber(shownSheets(form, context.pages)),
    official: form.official,
    feeCzk: fee ? wholeNumber(form.feeCzk) : null,
    // Official: the rule writes the exemption of konverze z moci úřední itself.
    exemption: exempt ? form.exemption : null,
    lostElement: { lost: form.lost, description: form.lost ? form.lostDescription : null },
    colourReason: context.needsColourReason ? form.colourReason : null,
    needsColourReason: context.needsColourReason,
  };
}

/** The first issue of each field the dialog shows; the rest for the form's failure. */
export function issuesByField(issues: readonly ValidationIssue[]): {
  fields: Partial<Record<RegisterField, ValidationIssue>>;
  other: ValidationIssue[];
} {
  const fields: Partial<Record<RegisterField, ValidationIssue>> = {};
  const other: ValidationIssue[] = [];
  for (const issue of issues) {
    const field = (REGISTER_FIELDS as readonly string[]).includes(issue.path)
      ? (issue.path as RegisterField)
      : null;
    if (field && !fields[field]) fields[field] = issue;
    else if (!field) other.push(issue);
  }
  return { fields, other };
}
