import { z } from 'zod';
import { partySchema, type Party } from './party';
import type { RetentionRule } from './filePlan';
import type { Custody } from './caseFile';
import { lifecycleStates, type LifecycleState } from './lifecycle';
import type { Settlement } from './settlement';
import { isCalendarDate, parseOfficeDateTime } from './time';
import type { EsslLink, NumberCorrection, NumberStatus } from './sync';

export const directions = ['incoming', 'own'] as const;
export type Direction = (typeof directions)[number];

/** Delivery channels of an incoming document (způsob doručení). */
export const channels = ['personal', 'post', 'databox', 'email', 'other'] as const;
export type Channel = (typeof channels)[number];

/** Kinds of attachments: listinné (paper) / nelistinné (a CD, a USB key, a sample, …). */
export const attachmentKinds = ['paper', 'nonpaper'] as const;
export type AttachmentKind = (typeof attachmentKinds)[number];

/** A document's state: the life cycle of `lifecycle.ts`. */
export const documentStates = lifecycleStates;
export type DocumentState = LifecycleState;

export const SUBJECT_MAX = 255;
export const NOTE_MAX = 2000;
export const MAX_SHEETS = 100_000;

export interface SenderReference {
  number: string | null;
  date: string | null;
}

export interface Attachments {
  count: number;
  kind: AttachmentKind;
  description: string | null;
}

/** One row of the journal as stored on the device. The PID is the primary key. */
export interface DocumentRecord {
  pid: string;
  direction: Direction;
  year: number;
  sequence: number;
  journalOrder: number;
  referenceNumber: string;
  /** Instant the number was given (ISO 8601, UTC). */
  registeredAt: string;
  /** Date shown in the journal: receipt for incoming, creation for own documents (ISO). */
  documentDate: string;
  channel: Channel | null;
  sender: Party | null;
  addressees: Party[];
  /** Sender or addressees as one line, for the journal and its sort. */
  counterparty: string;
  counterpartySort: string;
  subject: string;
  subjectSort: string;
  senderReference: SenderReference | null;
  sheets: number;
  attachments: Attachments;
  fileMark: string;
  retention: RetentionRule;
  handler: string;
  author: string | null;
  note: string | null;
  state: DocumentState;
  /** The case file it is in; null for a stand-alone document. */
  caseFileId: string | null;
  /** Its order in the case file (1 = the initiator). */
  caseFileOrder: number | null;
  settlement: Settlement | null;
  /** Documents this one settles (the other half of `settlement.settlingPid`). */
  settles: string[];
  /** Retention of a stand-alone document; a document in a case file follows its file. */
  triggerYear: number | null;
  disposalYear: number | null;
  custody: Custody | null;
  componentCount: number;
  /** Folded words for the search index (multiEntry). */
  words: string[];
  createdBy: string;
  revision: number;
  /** How settled the number is with the eSSL; absent on rows older than sync (= `local`). */
  numberStatus?: NumberStatus;
  /** Numbers the eSSL corrected, oldest first. */
  numberHistory?: NumberCorrection[];
  /** The eSSL's copy, once it acknowledged or sent the document. */
  essl?: EsslLink | null;
}

const requiredText = (key: string, max: number) =>
  z
    .string({ message: `validation.${key}.required` })
    .trim()
    .min(1, { message: `validation.${key}.required` })
    .max(max, { message: `validation.${key}.tooLong` });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: 'validation.tooLong' })
    .nullish()
    .transform((value) => (value ? value : null));

const isoDate = z
  .string()
  // YYYY-MM-DD of a day that exists (Date.parse rolls 2026-02-30 over to 2 March).
  .refine(isCalendarDate, { message: 'validation.dateInvalid' });

/** An instant, kept as UTC ISO; a time written without a zone is office time. */
const isoDateTime = z
  .string({ message: 'validation.dateTimeInvalid' })
  .refine((value) => parseOfficeDateTime(value) !== null, { message: 'validation.dateTimeInvalid' })
  .transform((value) => parseOfficeDateTime(value)?.toISOString() ?? value);

const count = (key: string) =>
  z
    .number({ message: `validation.${key}.notNumber` })
    .int({ message: `validation.${key}.notInteger` })
    .min(0, { message: `validation.${key}.negative` })
    .max(MAX_SHEETS, { message: `validation.${key}.tooMany` });

const attachmentsSchema = z.object({
  count: count('attachments'),
  kind: z.enum(attachmentKinds),
  description: optionalText(500),
});

const classification = {
  subject: requiredText('subject', SUBJECT_MAX),
  sheets: count('sheets'),
  attachments: attachmentsSchema,
  fileMark: requiredText('fileMark', 20),
  handler: requiredText('handler', 120),
  note: optionalText(NOTE_MAX),
};

export const incomingDocumentSchema = z.object({
  direction: z.literal('incoming'),
  sender: partySchema,
  receivedAt: isoDateTime,
  channel: z.enum(channels, { message: 'validation.channel' }),
  senderReference: z
    .object({ number: optionalText(100), date: isoDate.nullish().transform((v) => v ?? null) })
    .nullish()
    .transform((value) => (value && (value.number || value.date) ? value : null)),
  ...classification,
});

export const ownDocumentSchema = z.object({
  direction: z.literal('own'),
  addressees: z.array(partySchema).min(1, { message: 'validation.addressees.required' }).max(50),
  author: requiredText('author', 120),
  createdOn: isoDate,
  ...classification,
});

export const newDocumentSchema = z.discriminatedUnion('direction', [
  incomingDocumentSchema,
  ownDocumentSchema,
]);

export type IncomingDocumentInput = z.input<typeof incomingDocumentSchema>;
export type OwnDocumentInput = z.input<typeof ownDocumentSchema>;
export type NewDocumentInput = z.input<typeof newDocumentSchema>;
export type NewDocument = z.output<typeof newDocumentSchema>;

export function counterpartyOf(doc: Pick<DocumentRecord, 'sender' | 'addressees'>): string {
  if (doc.sender) return doc.sender.name;
  return doc.addressees.map((party) => party.name).join(', ');
}
