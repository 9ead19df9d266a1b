import type { CaseFileRecord } from '../../../common/domain/caseFile';
import type { DocumentRecord } from '../../../common/domain/document';
import { planGroupId } from '../../../common/domain/filePlan';
import type { Settlement } from '../../../common/domain/settlement';
import type {
  EsslEvent,
  FileExtension,
  NewCaseFileProfile,
  NewDocumentProfile,
} from '../../../common/erms/model';
import type { OutboxEntry, UradovnaDatabase } from '../../db/schema';
import { eventIdFor } from '../../../common/erms/eventIds';
import { editableOfRecord, type EditableFields } from '../map/editable';
import {
  caseFileEsslId,
  documentEsslId,
  newCaseFileProfile,
  newDocumentProfile,
  settlementProfileOf,
  SYSTEM_CODE,
} from '../map/toEssl';

/**
 * What one outbox entry becomes on the wire. Every kind the commands write has a
 * row here; kinds the eSSL interface has no operation for are `local` (kept on the
 * device, logged, and removed from the queue — see docs/sync.md).
 */
export type PushStep =
  | { op: 'createDocument'; entry: OutboxEntry; pid: string; document: NewDocumentProfile }
  | { op: 'createCaseFile'; entry: OutboxEntry; id: string; caseFile: NewCaseFileProfile }
  | {
      op: 'events';
      entry: OutboxEntry;
      events: EsslEvent[];
      /** For an edit: the fields as sent, the eSSL's version once it accepts them. */
      sent?: { pid: string; fields: EditableFields };
    }
  | { op: 'local'; entry: OutboxEntry; reason: 'noOperation' | 'gone' };

/** Kinds kept on the device: the interface has no event for them. */
export const localOnlyKinds = new Set([
  'settings.update',
  'recordsOffice.handOver',
  'recordsOffice.takeOver',
  'recordsOffice.lend',
  'recordsOffice.return',
  'disposal.propose',
  'disposal.decision',
  // The outgoing letter's way (queue, signature, timestamp, dispatch by data box or post):
  // the signed PDF itself goes out as `component.add`; the eSSL events for these steps
  // (ZmenaStavu / Vypraveni) come with a later issue.
  'letter.requestSignature',
  'letter.return',
  'letter.sign',
  'letter.timestamp',
  'dispatch.databox',
  'dispatch.post',
  'dispatch.returnReceipt',
]);

type Payload = Record<string, unknown>;

function text(payload: Payload, key: string): string | null {
  const value = payload[key];
  return typeof value === 'string' ? value : null;
}

/** The entities an entry touches: a failed entry holds back later ones that touch them. */
export function entitiesOf(entry: OutboxEntry): string[] {
  const payload = (entry.payload ?? {}) as Payload;
  const ids = [
    entry.entityId,
    text(payload, 'pid'),
    text(payload, 'caseFileId'),
    text(payload, 'id'),
  ];
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

async function journalOf(
  db: UradovnaDatabase,
  register: 'documents' | 'caseFiles',
  year: number,
  sequence: number,
): Promise<string | null> {
  const reserved = await db.reservedNumbers.get(`${register}/${year}/${sequence}`);
  return reserved?.journal ?? null;
}

async function documentProfile(
  db: UradovnaDatabase,
  doc: DocumentRecord,
): Promise<NewDocumentProfile> {
  const group = await db.planGroups
    .where('fileMark')
    .equals(doc.fileMark)
    .filter(
      (candidate) =>
        candidate.validTo === null || candidate.validTo >= doc.registeredAt.slice(0, 10),
    )
    .first();
  const journal = await journalOf(db, 'documents', doc.year, doc.sequence);
  return newDocumentProfile(doc, { group, journal });
}

/** Turns one entry into its step, reading the current records (the newest state goes out). */
export async function planStep(db: UradovnaDatabase, entry: OutboxEntry): Promise<PushStep> {
  if (localOnlyKinds.has(entry.kind)) return { op: 'local', entry, reason: 'noOperation' };
  const payload = (entry.payload ?? {}) as Payload;
  const pid = text(payload, 'pid') ?? entry.entityId;
  const part = (n: number) => eventIdFor(entry.id, n);

  switch (entry.kind) {
    case 'document.register': {
      const doc = await db.documents.get(entry.entityId);
      if (!doc) return { op: 'local', entry, reason: 'gone' };
      const document = await documentProfile(db, doc);
      // A later document of a sběrný arch is numbered with the initiator's number and its
      // order, so the eSSL must know the file when it numbers it (VlozenVeSpisu of the
      // creation). The initiator itself was registered before its file existed.
      const caseFile = doc.caseFileId ? await db.caseFiles.get(doc.caseFileId) : undefined;
      if (caseFile?.mode === 'collectionSheet' && (doc.caseFileOrder ?? 1) > 1)
        document.caseFileId = caseFileEsslId(caseFile);
      return { op: 'createDocument', entry, pid: doc.pid, document };
    }
    case 'document.update': {
      const doc = await db.documents.get(pid);
      if (!doc) return { op: 'local', entry, reason: 'gone' };
      return {
        op: 'events',
        entry,
        events: [
          { type: 'DokumentUprava', eventId: part(0), document: await documentProfile(db, doc) },
        ],
        sent: { pid: doc.pid, fields: editableOfRecord(doc) },
      };
    }
    case 'component.add': {
      const componentId = text(payload, 'componentId') ?? entry.entityId;
      const [component, doc] = await Promise.all([
        db.components.get(componentId),
        db.documents.get(pid),
      ]);
      if (!component || !doc) return { op: 'local', entry, reason: 'gone' };
      const fileId = { value: component.id, source: SYSTEM_CODE };
      const extension = await fileExtensionOf(db, payload);
      return {
        op: 'events',
        entry,
        events: [
          {
            type: 'SouborZalozeni',
            eventId: part(0),
            file: {
              id: fileId,
              mime: component.mime,
              name: component.name,
              base64: await base64Of(component.blob),
            },
            ...(extension ? { extension } : {}),
          },
          {
            type: 'SouborVlozitKDokumentu',
            eventId: part(1),
            documentId: documentEsslId(doc),
            file: { id: fileId, role: 'main', name: component.name },
          },
        ],
      };
    }
    case 'document.cancel': {
      const doc = await db.documents.get(pid);
      return {
        op: 'events',
        entry,
        events: [
          {
            type: 'DokumentZruseni',
            eventId: part(0),
            documentId: documentEsslId(doc ?? { pid, essl: null }),
          },
        ],
      };
    }
    case 'document.settle': {
      const doc = await db.documents.get(pid);
      const settlement = (payload.settlement ?? doc?.settlement) as Settlement | null;
      if (!settlement) return { op: 'local', entry, reason: 'gone' };
      return {
        op: 'events',
        entry,
        events: [
          {
            type: 'DokumentVyrizeni',
            eventId: part(0),
            documentId: documentEsslId(doc ?? { pid, essl: null }),
            settlement: settlementProfileOf(settlement),
          },
        ],
      };
    }
    case 'caseFile.create': {
      const caseFile = await db.caseFiles.get(entry.entityId);
      if (!caseFile) return { op: 'local', entry, reason: 'gone' };
      return {
        op: 'createCaseFile',
        entry,
        id: caseFile.id,
        caseFile: await caseFileProfile(db, caseFile),
      };
    }
    case 'caseFile.insert':
    case 'caseFile.remove': {
      const caseFileId = text(payload, 'caseFileId');
      if (!caseFileId) return { op: 'local', entry, reason: 'gone' };
      const [doc, caseFile] = await Promise.all([
        db.documents.get(pid),
        db.caseFiles.get(caseFileId),
      ]);
      const documentId = documentEsslId(doc ?? { pid, essl: null });
      const fileId = caseFileEsslId(caseFile ?? { id: caseFileId, essl: null });
      const order = Number(payload.order ?? 1);
      return {
        op: 'events',
        entry,
        events: [
          entry.kind === 'caseFile.insert'
            ? {
                type: 'DokumentVlozeniDoSpisu',
                eventId: part(0),
                caseFileId: fileId,
                documentId,
                order,
              }
            : { type: 'DokumentVyjmutiZeSpisu', eventId: part(0), caseFileId: fileId, documentId },
        ],
      };
    }
    case 'caseFile.close':
    case 'caseFile.reopen': {
      const id = text(payload, 'id') ?? entry.entityId;
      const caseFile = await db.caseFiles.get(id);
      const fileId = caseFileEsslId(caseFile ?? { id, essl: null });
      return {
        op: 'events',
        entry,
        events: [
          entry.kind === 'caseFile.close'
            ? {
                type: 'SpisUzavreni',
                eventId: part(0),
                caseFileId: fileId,
                closedAt: caseFile?.closedAt ?? entry.createdAt,
              }
            : {
                type: 'SpisOtevreni',
                eventId: part(0),
                caseFileId: fileId,
                reason: text(payload, 'reason'),
              },
        ],
      };
    }
    default:
      return { op: 'local', entry, reason: 'noOperation' };
  }
}

async function caseFileProfile(
  db: UradovnaDatabase,
  caseFile: CaseFileRecord,
): Promise<NewCaseFileProfile> {
  const group = await db.planGroups.get(caseFile.planGroupId ?? planGroupId('', caseFile.fileMark));
  const journal =
    (await db.reservedNumbers.get(`caseFiles/${caseFile.year}/${caseFile.sequence}`))?.journal ??
    null;
  return newCaseFileProfile(caseFile, { group, journal });
}

/** Base64 of a component's bytes, in chunks (a scan can be tens of megabytes). */
export async function base64Of(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let offset = 0; offset < bytes.length; offset += chunk) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + chunk));
  }
  return btoa(binary);
}

/**
 * What the file event says about where the file came from: the conversion register's
 * record of a conversion output, or the format change that made it (our extension in
 * the event's DoplnujiciData; see docs/essl-interface.md).
 */
async function fileExtensionOf(
  db: UradovnaDatabase,
  payload: Payload,
): Promise<FileExtension | null> {
  const extension: FileExtension = {};
  const conversionId = text(payload, 'conversionId');
  const conversion = conversionId ? await db.conversions.get(conversionId) : undefined;
  if (conversion?.number) {
    extension.conversion = {
      number: conversion.number,
      direction: conversion.direction,
      convertedAt: conversion.convertedAt,
      input: conversion.input.description,
      inputDate: conversion.input.date,
      sheets:
        conversion.direction === 'electronicToPaper'
          ? (conversion.outputSheets ?? conversion.input.sheets)
          : conversion.input.sheets,
      person: conversion.person,
      feeCzk: conversion.fee.feeCzk,
      exemption: conversion.fee.feeCzk === null ? conversion.fee.exemption : null,
    };
  }
  const change = payload.formatChange as
    | { originalFormat?: unknown; originalFileId?: unknown; changedAt?: unknown; person?: unknown }
    | undefined;
  if (
    change &&
    typeof change.originalFormat === 'string' &&
    typeof change.originalFileId === 'string' &&
    typeof change.changedAt === 'string' &&
    typeof change.person === 'string'
  ) {
    extension.formatChange = {
      originalFormat: change.originalFormat,
      originalFileId: { value: change.originalFileId, source: SYSTEM_CODE },
      changedAt: change.changedAt,
      person: change.person,
    };
  }
  return extension.conversion || extension.formatChange ? extension : null;
}
