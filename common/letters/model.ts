/**
 * Outgoing letters: a template (the office's letterhead and layout, chosen once in
 * Settings) and the content of one letter (what the clerk writes). The renderer in
 * main turns the pair into an A4 PDF laid out in the spirit of ČSN 01 6910; the
 * renderer UI previews the body with the same markup parser (bodyMarkup.ts).
 */

/** Limits shared by validation, the UI's counters and the PDF renderer. */
export const LETTER_LIMITS = {
  templateId: 64,
  templateName: 100,
  organizationName: 200,
  letterheadLines: 4,
  letterheadLine: 120,
  contact: 120,
  footerText: 300,
  heading: 80,
  closing: 100,
  personName: 120,
  personFunction: 120,
  addresseeName: 200,
  /** Name + 4 lines + "ID DS" fill the six lines of the address zone (ČSN 01 6910). */
  addresseeLines: 4,
  addresseeLine: 100,
  reference: 60,
  subject: 255,
  body: 100_000,
  attachments: 50,
  attachment: 255,
  logoBytes: 512 * 1024,
} as const;

export type LogoMime = 'image/png' | 'image/jpeg';

export interface LetterLogo {
  mime: LogoMime;
  /** The image file, base64 (RFC 4648, padded). PNG or JPEG (RGB or grey), ≤ 512 kB. */
  base64: string;
}

export interface Letterhead {
  organizationName: string;
  /** Postal address of the office, one line each ("Náves 1", "123 45 Horní Lhota"). */
  addressLines: string[];
  /** Empty when the template should not print it. */
  ico: string;
  /** Empty when the template should not print it. */
  databoxId: string;
  phone?: string;
  email?: string;
  web?: string;
  logo?: LetterLogo;
}

export interface LetterPerson {
  name: string;
  /** "starosta obce", "referentka stavebního úřadu". */
  function: string;
}

export type HeaderStyle = 'left' | 'centered';
/** Which window of the envelope the address shows through (DL/C5 window envelopes). */
export type AddressWindow = 'left' | 'right';
/** The reference data ("odvolací údaje") as a row under the address or a column beside it. */
export type ReferencesStyle = 'row' | 'column';
export type BodyAlign = 'justify' | 'left';
export type Side = 'left' | 'right';

export interface LetterLayout {
  headerStyle: HeaderStyle;
  addressWindow: AddressWindow;
  references: ReferencesStyle;
  bodyAlign: BodyAlign;
  /** Where the signature block (and the box for a visible electronic signature) goes. */
  signaturePosition: Side;
  /** Prints "otisk úředního razítka" beside the signature (decisions, public notices). */
  officialStampPlaceholder: boolean;
  /** Short marks on the left edge for folding into a DL envelope and for the punch. */
  foldMarks: boolean;
}

export interface LetterTemplate {
  id: string;
  name: string;
  letterhead: Letterhead;
  layout: LetterLayout;
  /** Printed centred above the text ("ROZHODNUTÍ", "OZNÁMENÍ"); empty for none. */
  heading?: string;
  /** A line in the footer of every page (office hours, bank account…). */
  footerText?: string;
  /** The default closing ("S pozdravem"); empty for none. */
  closing: string;
  /** Who signs by default; a letter may name someone else. */
  signer: LetterPerson;
}

export interface LetterAddressee {
  name: string;
  /** Street and number, postcode and town… (at most 4 lines). */
  lines: string[];
  databoxId?: string;
}

export interface LetterHandler {
  name: string;
  phone?: string;
  email?: string;
}

export interface LetterContent {
  addressee: LetterAddressee;
  /** Our reference number (číslo jednací). */
  ourRef: string;
  theirRef?: string;
  /** ISO date (YYYY-MM-DD) of the letter we answer. */
  theirDate?: string;
  handler: LetterHandler;
  /** ISO date (YYYY-MM-DD) the letter is dated. */
  date: string;
  subject: string;
  /** The text in the letter markup (see bodyMarkup.ts). */
  body: string;
  attachments: string[];
  signer: LetterPerson;
  /** Overrides the template's heading; an empty string prints none. */
  heading?: string;
  /** Overrides the template's closing; an empty string prints none. */
  closing?: string;
}

/** One piece of body text in one style. */
export interface TextRun {
  text: string;
  bold: boolean;
  italic: boolean;
}

/** A line as the clerk typed it (a line break in the body is kept). */
export type RunLine = TextRun[];

export type LetterBlock =
  | { kind: 'paragraph'; lines: RunLine[] }
  /** A bulleted list; each item is one line of runs. */
  | { kind: 'list'; items: RunLine[] };

export const MAIL_KINDS = [
  'obycejne',
  'doporucene',
  'doporuceneDodejka',
  'doVlastnichRukou',
] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

/** What the envelope or label says about the kind of mail; ordinary mail says nothing. */
export const MAIL_KIND_MARKS: Record<MailKind, string[]> = {
  obycejne: [],
  doporucene: ['Doporučeně'],
  doporuceneDodejka: ['Doporučeně', 'Dodejka'],
  doVlastnichRukou: ['Doporučeně', 'Do vlastních rukou'],
};

export const POST_LABEL_FORMATS = ['dl-envelope', 'c5-envelope', 'label-a4-3x8'] as const;
export type PostLabelFormat = (typeof POST_LABEL_FORMATS)[number];

/** Labels on an A4 sheet of 3 × 8 (70 × 37 mm); positions run left to right, top to bottom. */
export const LABEL_SHEET_POSITIONS = 24;

export interface PostLabelInput {
  /** Sender's address: organisation name first, then the postal lines (at most 5 lines). */
  sender: string[];
  addressee: LetterAddressee;
  mailKind: MailKind;
  ourRef?: string;
  /** For `label-a4-3x8`: which label of the sheet to print on (1–24, default 1). */
  labelPosition?: number;
}
