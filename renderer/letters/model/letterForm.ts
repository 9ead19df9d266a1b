import type { DocumentRecord } from '../../../common/domain/document';
import type { Party } from '../../../common/domain/party';
import {
  LETTER_LIMITS,
  type LetterAddressee,
  type LetterContent,
  type LetterTemplate,
} from '../../../common/letters/model';

/**
 * The editor's fields as the clerk types them: multi-line values stay one string
 * (a textarea) until they become the letter's content.
 */
export interface LetterForm {
  templateId: string;
  addresseeName: string;
  /** Address lines, one per line. */
  addresseeLines: string;
  addresseeDataBox: string;
  ourRef: string;
  theirRef: string;
  theirDate: string;
  handlerName: string;
  handlerPhone: string;
  handlerEmail: string;
  date: string;
  subject: string;
  body: string;
  /** Attachments, one per line. */
  attachments: string;
  signerName: string;
  signerFunction: string;
}

export type LetterFormField = Exclude<keyof LetterForm, 'templateId'>;

/** Field of the form that shows an issue of the content schema's path. */
export const FIELD_OF_PATH: Record<string, LetterFormField> = {
  'addressee.name': 'addresseeName',
  'addressee.lines': 'addresseeLines',
  'addressee.databoxId': 'addresseeDataBox',
  ourRef: 'ourRef',
  theirRef: 'theirRef',
  theirDate: 'theirDate',
  'handler.name': 'handlerName',
  'handler.phone': 'handlerPhone',
  'handler.email': 'handlerEmail',
  date: 'date',
  subject: 'subject',
  body: 'body',
  attachments: 'attachments',
  'signer.name': 'signerName',
  'signer.function': 'signerFunction',
};

/** "addressee.lines.2" → "addresseeLines": issues inside a list point at the whole field. */
export function formFieldOfPath(path: string): LetterFormField | null {
  const parts = path.split('.');
  while (parts.length > 0) {
    const field = FIELD_OF_PATH[parts.join('.')];
    if (field) return field;
    parts.pop();
  }
  return null;
}

const lines = (text: string): string[] =>
  text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

/**
 * A party's postal address as the lines of a Czech address block: street and number,
 * then postcode and town; a foreign country last.
 */
export function addresseeOfParty(party: Party): LetterAddressee {
  const address = party.address;
  const town = [address?.postalCode, address?.city].filter(Boolean).join(' ');
  const country = address?.country;
  const domestic = !country || /^(cz|cze|česká republika|česko)$/i.test(country.trim());
  const addressLines = [address?.street, town, domestic ? undefined : country]
    .filter((line): line is string => typeof line === 'string' && line.trim().length > 0)
    .slice(0, LETTER_LIMITS.addresseeLines);
  return {
    name: party.name,
    lines: addressLines,
    ...(party.dataBoxId ? { databoxId: party.dataBoxId } : {}),
  };
}

export interface PrefillContext {
  template: LetterTemplate;
  /** The office's date today (YYYY-MM-DD). */
  today: string;
  /** The incoming document this one answers, when known: its sender's reference is quoted. */
  answering?: Pick<DocumentRecord, 'senderReference'> | null;
}

/** A new letter for an own document: what the journal already knows is filled in. */
export function prefillLetter(
  doc: Pick<DocumentRecord, 'referenceNumber' | 'subject' | 'addressees' | 'handler'>,
  { template, today, answering }: PrefillContext,
): LetterContent {
  const first = doc.addressees[0];
  const reference = answering?.senderReference;
  return {
    addressee: first ? addresseeOfParty(first) : { name: '', lines: [] },
    ourRef: doc.referenceNumber,
    ...(reference?.number ? { theirRef: reference.number } : {}),
    ...(reference?.date ? { theirDate: reference.date } : {}),
    handler: { name: doc.handler },
    date: today,
    subject: doc.subject,
    body: '',
    attachments: [],
    signer: { ...template.signer },
  };
}

export function formOfContent(content: LetterContent, templateId: string): LetterForm {
  return {
    templateId,
    addresseeName: content.addressee.name,
    addresseeLines: content.addressee.lines.join('\n'),
    addresseeDataBox: content.addressee.databoxId ?? '',
    ourRef: content.ourRef,
    theirRef: content.theirRef ?? '',
    theirDate: content.theirDate ?? '',
    handlerName: content.handler.name,
    handlerPhone: content.handler.phone ?? '',
    handlerEmail: content.handler.email ?? '',
    date: content.date,
    subject: content.subject,
    body: content.body,
    attachments: content.attachments.join('\n'),
    signerName: content.signer.name,
    signerFunction: content.signer.function,
  };
}

const optional = <K extends string>(key: K, value: string) => {
  const trimmed = value.trim();
  return trimmed ? ({ [key]: trimmed } as Record<K, string>) : {};
};

/**
 * The content the form describes. Blank lines of the address and the attachments are
 * dropped; empty optional fields are left out. Nothing else is judged here — the
 * letter schema does that, for the preview and for saving alike.
 */
export function contentOfForm(form: LetterForm): LetterContent {
  return {
    addressee: {
      name: form.addresseeName.trim(),
      lines: lines(form.addresseeLines),
      ...optional('databoxId', form.addresseeDataBox),
    },
    ourRef: form.ourRef.trim(),
    ...optional('theirRef', form.theirRef),
    ...optional('theirDate', form.theirDate),
    handler: {
      name: form.handlerName.trim(),
      ...optional('phone', form.handlerPhone),
      ...optional('email', form.handlerEmail),
    },
    date: form.date.trim(),
    subject: form.subject.trim(),
    body: form.body,
    attachments: lines(form.attachments),
    signer: { name: form.signerName.trim(), function: form.signerFunction.trim() },
  };
}
