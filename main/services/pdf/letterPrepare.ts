import { ServiceError } from '../../../common/contract/envelope';
import { parseLetterBody } from '../../../common/letters/bodyMarkup';
import { attachmentsHeading, formatLetterDate } from '../../../common/letters/format';
import { letterIssueText } from '../../../common/letters/messages';
import type {
  LetterBlock,
  LetterContent,
  LetterLayout,
  LetterLogo,
  LetterTemplate,
  PostLabelInput,
} from '../../../common/letters/model';
import {
  validateLetterContent,
  validateLetterTemplate,
  validatePostLabelInput,
} from '../../../common/letters/schemas';
import { cleanLine } from '../../../common/letters/text';
import type { Validated } from '../../../common/domain/validation';
import type { FontFace } from './fonts';
import type { LetterFonts, LetterStyle } from './letterFonts';
import { styleOf } from './letterLayout';
import { codePointLabel, firstMissingGlyph } from './pdfa/glyphs';

/** The fields a clerk can put text into, with the Czech name an error gives them. */
const LETTER_FIELDS = {
  organizationName: 'Hlavička – název úřadu',
  letterheadAddress: 'Hlavička – adresa',
  letterheadContact: 'Hlavička – kontakty',
  footerText: 'Zápatí',
  heading: 'Nadpis',
  addressee: 'Adresát',
  sender: 'Odesílatel',
  ourRef: 'Naše č. j.',
  theirRef: 'Vaše č. j.',
  handler: 'Vyřizuje',
  subject: 'Věc',
  body: 'Text dopisu',
  closing: 'Závěrečný pozdrav',
  signer: 'Podepisující',
  attachments: 'Přílohy',
} as const;

export type LetterField = keyof typeof LETTER_FIELDS;

/**
 * Whether the face can set the character: it has a glyph, and the shaper fontkit picks
 * for its script works (fontkit's universal shaper, used e.g. for Tifinagh, fails in
 * pdf-lib's build — such a character would otherwise break the layout half-way).
 */
function settable(face: FontFace): Pick<FontFace, 'hasGlyph'> {
  return {
    hasGlyph(codePoint) {
      if (!face.hasGlyph(codePoint)) return false;
      if (codePoint < 0x0300) return true;
      try {
        face.measure.width(String.fromCodePoint(codePoint), 1);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/**
 * Refuses text the face cannot draw, naming the field and the character: a letter is
 * an official document, so a "?" in place of a name's letter is not acceptable.
 */
function requireGlyphs(text: string, face: FontFace, field: LetterField): void {
  const char = firstMissingGlyph(text, settable(face));
  if (char === null) return;
  const label = codePointLabel(char);
  throw new ServiceError(
    'errors.letters.missingGlyph',
    `Znak „${char}“ (${label}) v poli ${LETTER_FIELDS[field]} není v písmu dopisu — nahraďte jej jiným znakem nebo jej vynechte.`,
    { char, codePoint: label, field: LETTER_FIELDS[field], fieldKey: field },
  );
}

/** The input's validation, or a ServiceError worded by its first issue. */
function mustValidate<T>(result: Validated<T>, what: string): T {
  if (result.ok) return result.value;
  const issue = result.issues[0];
  const reason = issue ? letterIssueText(issue) : 'Hodnota není platná.';
  const path = issue?.path ?? '';
  throw new ServiceError(
    'errors.letters.invalid',
    `${what} nelze vytvořit: ${reason}${path ? ` (${path})` : ''}`,
    { path, reason, issue: issue?.message ?? 'letters.validation.invalid' },
  );
}

export interface LabelValue {
  label: string;
  value: string;
}

/** Everything a letter prints, cleaned and checked against the fonts. */
export interface PreparedLetter {
  layout: LetterLayout;
  logo: LetterLogo | null;
  organizationName: string;
  letterheadLines: string[];
  /** IČO, data box, phone, e-mail, web — for the footer. */
  contactLine: string;
  footerText: string;
  addressLines: string[];
  references: LabelValue[];
  ourRef: string;
  heading: string;
  subject: string;
  blocks: LetterBlock[];
  closing: string;
  signer: { name: string; function: string };
  attachmentsHeading: string;
  attachments: string[];
  /** Styles the body uses, so only those faces get embedded. */
  styles: Set<LetterStyle>;
}

/** Cleans a one-line field and checks it against the face it is printed with. */
function field(text: string | undefined, face: FontFace, name: LetterField): string {
  const clean = cleanLine(text ?? '');
  requireGlyphs(clean, face, name);
  return clean;
}

export function addresseeLines(
  addressee: { name: string; lines: string[]; databoxId?: string },
  face: FontFace,
): string[] {
  const lines = [addressee.name, ...addressee.lines].map((line) => field(line, face, 'addressee'));
  const box = cleanLine(addressee.databoxId ?? '');
  if (box) lines.push(field(`ID DS: ${box}`, face, 'addressee'));
  return lines.filter((line) => line.length > 0);
}

export function prepareLetter(
  rawTemplate: LetterTemplate,
  rawContent: LetterContent,
  fonts: LetterFonts,
): PreparedLetter {
  const template = mustValidate(validateLetterTemplate(rawTemplate), 'Šablonu dopisu');
  const content = mustValidate(validateLetterContent(rawContent), 'Dopis');
  const { regular, bold } = fonts;
  const head = template.letterhead;

  const contact = [
    head.ico ? `IČO: ${head.ico}` : '',
    head.databoxId ? `ID datové schránky: ${head.databoxId}` : '',
    head.phone ? `tel.: ${head.phone}` : '',
    head.email ? `e-mail: ${head.email}` : '',
    head.web ?? '',
  ]
    .map((part) => field(part, regular, 'letterheadContact'))
    .filter((part) => part.length > 0);

  const references: LabelValue[] = [
    { label: 'Naše č. j.:', value: field(content.ourRef, regular, 'ourRef') },
    { label: 'Vaše č. j.:', value: field(content.theirRef, regular, 'theirRef') },
    { label: 'Ze dne:', value: content.theirDate ? formatLetterDate(content.theirDate) : '' },
    { label: 'Vyřizuje:', value: field(content.handler.name, regular, 'handler') },
    { label: 'Telefon:', value: field(content.handler.phone, regular, 'handler') },
    { label: 'E-mail:', value: field(content.handler.email, regular, 'handler') },
    { label: 'Datum:', value: formatLetterDate(content.date) },
  ].filter((item) => item.value.length > 0);

  const blocks = parseLetterBody(content.body);
  const styles = new Set<LetterStyle>(['regular', 'bold']);
  const checkRuns = (line: { text: string; bold: boolean; italic: boolean }[]) => {
    for (const run of line) {
      const style = styleOf(run);
      styles.add(style);
      requireGlyphs(run.text, fonts[style], 'body');
    }
  };
  for (const block of blocks) {
    for (const line of block.kind === 'paragraph' ? block.lines : block.items) checkRuns(line);
  }

  const attachments = content.attachments
    .map((name) => field(name, regular, 'attachments'))
    .filter((name) => name.length > 0);

  const organizationName = field(head.organizationName, bold, 'organizationName');
  // The running head of later pages prints the name in the regular face.
  requireGlyphs(organizationName, regular, 'organizationName');

  return {
    layout: template.layout,
    logo: head.logo ?? null,
    organizationName,
    letterheadLines: head.addressLines
      .map((line) => field(line, regular, 'letterheadAddress'))
      .filter((line) => line.length > 0),
    contactLine: contact.join(' · '),
    footerText: field(template.footerText, regular, 'footerText'),
    addressLines: addresseeLines(content.addressee, regular),
    references,
    ourRef: references[0]?.value ?? '',
    heading: field(content.heading ?? template.heading, bold, 'heading'),
    subject: field(content.subject, bold, 'subject'),
    blocks,
    closing: field(content.closing ?? template.closing, regular, 'closing'),
    signer: {
      name: field(content.signer.name, bold, 'signer'),
      function: field(content.signer.function, regular, 'signer'),
    },
    attachmentsHeading: attachmentsHeading(attachments.length),
    attachments,
    styles,
  };
}

/** The post label's texts, cleaned and checked. */
export function preparePostLabel(
  raw: PostLabelInput,
  fonts: LetterFonts,
): { input: PostLabelInput; sender: string[]; addressee: string[]; ourRef: string } {
  const input = mustValidate(validatePostLabelInput(raw), 'Adresní štítek');
  return {
    input,
    sender: input.sender
      .map((line, index) => field(line, index === 0 ? fonts.bold : fonts.regular, 'sender'))
      .filter((line) => line.length > 0),
    addressee: addresseeLines({ ...input.addressee, databoxId: '' }, fonts.regular),
    ourRef: field(input.ourRef, fonts.regular, 'ourRef'),
  };
}
