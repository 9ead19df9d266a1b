import {
  deliveryChannelOf,
  settlementMethodOf,
  subjectOfParty,
} from '../../../common/erms/fromDomain';
import type { CaseFileRecord } from '../../../common/domain/caseFile';
import type { DocumentRecord } from '../../../common/domain/document';
import type { FilePlanGroup } from '../../../common/domain/filePlan';
import type { Settlement } from '../../../common/domain/settlement';
import type {
  EsslId,
  JournalNumbers,
  NewCaseFileProfile,
  NewDocumentProfile,
  SettlementProfile,
  SubjectGroup,
} from '../../../common/erms/model';

/** `Zdroj` of every request and `ZdrojID` of every identifier the app makes. */
export const SYSTEM_CODE = 'URADOVNA';

/** The longest Nazev the schema allows (sNazev); a longer subject also goes whole into Popis. */
const TITLE_MAX = 100;

export function documentEsslId(doc: Pick<DocumentRecord, 'pid' | 'essl'>): EsslId {
  return doc.essl?.id ?? { value: doc.pid, source: SYSTEM_CODE };
}

export function caseFileEsslId(caseFile: Pick<CaseFileRecord, 'id' | 'essl'>): EsslId {
  return caseFile.essl?.id ?? { value: caseFile.id, source: SYSTEM_CODE };
}

export function settlementProfileOf(settlement: Settlement): SettlementProfile {
  return {
    method: settlementMethodOf[settlement.method],
    // The settlement date is a day; the eSSL wants an instant: noon keeps the day in any zone.
    at: `${settlement.date}T12:00:00Z`,
    content: settlement.content,
    reason: settlement.reason,
  };
}

export function subjectGroupOf(group: FilePlanGroup | undefined): SubjectGroup | null {
  if (!group) return null;
  return {
    plan: group.planId,
    fileMark: group.fileMark,
    simpleMark: group.simpleMark,
    title: group.title,
    validFrom: group.validFrom,
    validTo: group.validTo,
    retention: group.retention && {
      mark: group.retention.mark,
      period: group.retention.period,
      triggerEvent: group.retention.triggerEvent,
    },
  };
}

/** Digital when it arrived electronically or exists only as files; paper otherwise. */
function formOf(doc: DocumentRecord): NewDocumentProfile['form'] {
  if (doc.channel === 'databox' || doc.channel === 'email') return 'digital';
  if (doc.direction === 'own' && doc.componentCount > 0) return 'digital';
  return 'analog';
}

/**
 * The number the device proposes: only one the eSSL reserved for it. A local or
 * provisional number is the device's own, so the eSSL assigns the final one.
 */
function proposedNumbers(doc: DocumentRecord, journal: string | null): JournalNumbers | null {
  if (doc.numberStatus !== 'reserved' || journal === null) return null;
  return {
    referenceNumber: doc.referenceNumber,
    sequence: doc.sequence,
    year: doc.year,
    journal,
  };
}

export interface DocumentContext {
  group: FilePlanGroup | undefined;
  /** PodaciDenik of the reserved number the document used, when it used one. */
  journal: string | null;
}

/** The document as DokumentZalozeni (and DokumentUprava) send it. */
export function newDocumentProfile(
  doc: DocumentRecord,
  context: DocumentContext,
): NewDocumentProfile {
  return {
    id: documentEsslId(doc),
    createdAt: doc.registeredAt,
    form: formOf(doc),
    title: doc.subject.length > TITLE_MAX ? `${doc.subject.slice(0, TITLE_MAX - 1)}…` : doc.subject,
    description: doc.subject.length > TITLE_MAX ? doc.subject : null,
    numbers: proposedNumbers(doc, context.journal),
    senderReference: doc.senderReference?.number ?? null,
    subjectGroup: subjectGroupOf(context.group),
    retention: {
      mark: doc.retention.mark,
      period: doc.retention.period,
      triggerEvent: doc.retention.triggerEvent,
    },
    note: doc.note,
    addressees: doc.addressees.map(subjectOfParty),
    sheets: doc.sheets,
    attachmentCount: doc.attachments.count,
    attachmentKind:
      doc.attachments.description ?? (doc.attachments.kind === 'paper' ? 'listinné' : 'nelistinné'),
    attachmentSheets: 0,
    caseFileId: null,
    delivery:
      doc.direction === 'incoming' && doc.sender
        ? {
            sender: subjectOfParty(doc.sender),
            channel: doc.channel ? deliveryChannelOf[doc.channel] : null,
            deliveredAt: doc.documentDate,
          }
        : null,
    files: [],
  };
}

export interface CaseFileContext {
  group: FilePlanGroup | undefined;
  journal: string | null;
}

/** The case file as SpisZalozeni sends it; its documents follow as VlozeniDoSpisu events. */
export function newCaseFileProfile(
  caseFile: CaseFileRecord,
  context: CaseFileContext,
): NewCaseFileProfile {
  return {
    id: caseFileEsslId(caseFile),
    mode: caseFile.mode === 'collectionSheet' ? 'SbernyArch' : 'Priorace',
    createdAt: caseFile.openedAt,
    title:
      caseFile.title.length > TITLE_MAX
        ? `${caseFile.title.slice(0, TITLE_MAX - 1)}…`
        : caseFile.title,
    description: caseFile.title.length > TITLE_MAX ? caseFile.title : null,
    numbers:
      caseFile.numberStatus === 'reserved' && context.journal !== null
        ? {
            referenceNumber: caseFile.reference,
            sequence: caseFile.sequence,
            year: caseFile.year,
            journal: context.journal,
          }
        : null,
    subjectGroup: subjectGroupOf(context.group),
    retention: {
      mark: caseFile.retention.mark,
      period: caseFile.retention.period,
      triggerEvent: caseFile.retention.triggerEvent,
    },
    note: null,
    documents: [],
  };
}
