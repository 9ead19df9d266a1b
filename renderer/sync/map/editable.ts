import type { DocumentRecord } from '../../../common/domain/document';
import type { Party } from '../../../common/domain/party';
import type { DocumentProfile, Subject } from '../../../common/erms/model';

/**
 * The fields of a document a person edits (here with "Upravit", in the eSSL in its
 * own forms), in the device's terms. The pull compares them three ways — as they
 * were at the last sync, as they are here, as the eSSL has them now — to tell who
 * changed what, and keeps both sides when both did.
 */
export interface EditableFields {
  subject: string;
  sender: Party | null;
  addressees: Party[];
  senderReference: string | null;
  sheets: number;
  attachmentCount: number;
  note: string | null;
  fileMark: string;
}

export const editableFieldNames = [
  'subject',
  'sender',
  'addressees',
  'senderReference',
  'sheets',
  'attachmentCount',
  'note',
  'fileMark',
] as const satisfies ReadonlyArray<keyof EditableFields>;

export type EditableFieldName = (typeof editableFieldNames)[number];

export function partyOf(subject: Subject): Party {
  const address = subject.address;
  return {
    kind: subject.kind === 'unspecified' ? 'person' : subject.kind,
    name: subject.name,
    ico: subject.ico ?? undefined,
    dataBoxId: subject.dataBoxId ?? undefined,
    address: address
      ? {
          street: address.street ?? undefined,
          city: address.city ?? undefined,
          postalCode: address.postalCode ?? undefined,
          country: address.country ?? undefined,
        }
      : undefined,
  };
}

export function editableOfRecord(doc: DocumentRecord): EditableFields {
  return {
    subject: doc.subject,
    sender: doc.sender,
    addressees: doc.addressees,
    senderReference: doc.senderReference?.number ?? null,
    sheets: doc.sheets,
    attachmentCount: doc.attachments.count,
    note: doc.note,
    fileMark: doc.fileMark,
  };
}

export function editableOfProfile(profile: DocumentProfile): EditableFields {
  return {
    subject: profile.description ?? profile.title,
    sender: profile.delivery ? partyOf(profile.delivery.sender) : null,
    addressees: profile.addressees.map(partyOf),
    senderReference: profile.senderReference,
    sheets: profile.sheets,
    attachmentCount: profile.attachmentCount,
    note: profile.note,
    fileMark: profile.subjectGroup?.fileMark ?? '',
  };
}

/** Equality of field values as JSON with sorted keys (parties are plain data). */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
      const entries = Object.entries(inner as Record<string, unknown>)
        .filter(([, v]) => v !== undefined && v !== null)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return Object.fromEntries(entries);
    }
    return inner;
  });
}

/** Writes editable values onto a record (the parts of it they stand for). */
export function withEditable(doc: DocumentRecord, fields: Partial<EditableFields>): DocumentRecord {
  const next: DocumentRecord = { ...doc };
  if (fields.subject !== undefined) next.subject = fields.subject;
  if (fields.sender !== undefined) next.sender = fields.sender;
  if (fields.addressees !== undefined) next.addressees = fields.addressees;
  if (fields.senderReference !== undefined)
    next.senderReference =
      fields.senderReference === null
        ? null
        : { number: fields.senderReference, date: doc.senderReference?.date ?? null };
  if (fields.sheets !== undefined) next.sheets = fields.sheets;
  if (fields.attachmentCount !== undefined)
    next.attachments = { ...doc.attachments, count: fields.attachmentCount };
  if (fields.note !== undefined) next.note = fields.note;
  if (fields.fileMark !== undefined && fields.fileMark !== '') next.fileMark = fields.fileMark;
  return next;
}
