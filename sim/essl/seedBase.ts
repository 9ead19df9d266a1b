import type { DemoSeed, SeedCaseFile, SeedDocument } from '../../common/contract/types';
import { collectionSheetReference } from '../../common/domain/caseFile';
import { formatReferenceNumber } from '../../common/domain/referenceNumber';
import type {
  CaseFileProfile,
  CaseFileState,
  DocumentProfile,
  DocumentState,
  EsslId,
} from '../../common/erms/model';
import {
  deliveryChannelOf,
  settlementMethodOf,
  subjectOfParty,
} from '../../common/erms/fromDomain';
import { CASE_FILE_JOURNAL, DOCUMENT_JOURNAL, SEED_SOURCE } from './constants';
import type { PlanIndex } from './plan';
import type { StoredCaseFile, StoredDocument } from './types';

/** The eSSL's starting state: the demo journal, owned by the clerk. */
export interface SeedBase {
  documents: StoredDocument[];
  caseFiles: StoredCaseFile[];
}

const DOCUMENT_STATES: Readonly<Record<SeedDocument['state'], DocumentState>> = {
  registered: 'nevyrizen',
  inProgress: 'nevyrizen',
  settled: 'vyrizen',
  closed: 'uzavren',
  handedOver: 'predanDoSpisovny',
  inRecordsOffice: 'predanDoSpisovny',
  onLoan: 'predanDoSpisovny',
  inDisposal: 'predanDoSpisovny',
  archived: 'predanDoArchivu',
  destroyed: 'skartovan',
  // NSESSS has no state for a cancelled registration; see docs/essl-interface.md.
  cancelled: 'znepristupnen',
};

const CASE_FILE_STATES: Readonly<Record<SeedCaseFile['state'], CaseFileState>> = {
  inProgress: 'nevyrizen',
  closed: 'uzavren',
  inRecordsOffice: 'predanDoSpisovny',
};

/** Nazev holds 100 characters; the whole subject goes to Popis. */
export const TITLE_MAX = 100;

export function seedId(value: string): EsslId {
  return { value, source: SEED_SOURCE };
}

function latest(...instants: Array<string | null | undefined>): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const instant of instants) {
    if (instant) max = Math.max(max, Date.parse(instant));
  }
  return max;
}

interface Member {
  file: SeedCaseFile;
  order: number;
}

/**
 * Builds the base from the demo seed with the numbers the app computes from the same
 * seed (a sběrný arch's later documents carry the initiator's number and `-order`),
 * so that the demo app and the eSSL agree on every reference.
 */
export function seedBase(seed: DemoSeed, plan: PlanIndex, owner: string): SeedBase {
  const mask = seed.organization.referenceMask;
  const abbreviation = seed.organization.abbreviation;
  const referenceOf = (year: number, sequence: number) =>
    formatReferenceNumber(mask, { abbreviation, sequence, year });

  const members = new Map<string, Member>();
  for (const file of seed.caseFiles) {
    file.documents.forEach((pid, index) => members.set(pid, { file, order: index + 1 }));
  }
  const byPid = new Map<string, SeedDocument>();
  for (const doc of seed.documents) byPid.set(doc.pid, doc);

  const evidence = new Map<number, number>();
  const documents = seed.documents.map((doc): StoredDocument => {
    const member = members.get(doc.pid) ?? null;
    const file = member?.file ?? null;
    let reference = referenceOf(doc.year, doc.sequence);
    if (file && member && member.order > 1 && plan.modeOf(file.fileMark) === 'SbernyArch') {
      const initiator = byPid.get(file.documents[0] ?? '');
      if (initiator && initiator.year === doc.year && initiator.sequence === doc.sequence) {
        reference = collectionSheetReference(reference, member.order);
      }
    }
    // Seeded registrations fall in office hours, where the UTC year is the office year.
    const registeredYear = new Date(doc.registeredAt).getUTCFullYear();
    const order = (evidence.get(registeredYear) ?? 0) + 1;
    evidence.set(registeredYear, order);
    const group = plan.subjectGroupOf(doc.fileMark);
    const incoming = doc.direction === 'incoming';
    const state = DOCUMENT_STATES[doc.state];
    const closedAt = state === 'uzavren' || file?.closedAt ? (file?.closedAt ?? null) : null;
    const profile: DocumentProfile = {
      id: seedId(doc.pid),
      createdAt: doc.registeredAt,
      form:
        incoming && (doc.channel === 'databox' || doc.channel === 'email') ? 'digital' : 'analog',
      title: doc.subject.slice(0, TITLE_MAX),
      description: doc.subject,
      numbers: {
        referenceNumber: reference,
        sequence: doc.sequence,
        year: doc.year,
        journal: DOCUMENT_JOURNAL,
      },
      senderReference: incoming ? (doc.senderReference?.number ?? null) : null,
      subjectGroup: group,
      retention: group?.retention ?? null,
      note: doc.note,
      addressees: incoming ? [] : doc.addressees.map(subjectOfParty),
      sheets: doc.sheets,
      attachmentCount: doc.attachments.count,
      attachmentKind: doc.attachments.kind === 'paper' ? 'listinné' : 'nelistinné',
      attachmentSheets: 0,
      delivery: incoming
        ? {
            sender: subjectOfParty(doc.sender),
            channel: deliveryChannelOf[doc.channel] ?? null,
            deliveredAt: doc.receivedAt,
          }
        : null,
      files: [],
      evidence: { period: String(registeredYear), order },
      caseFile:
        file && member
          ? {
              id: seedId(file.id),
              order: member.order,
              state: 'Vlozen',
              insertedAt: new Date(latest(file.openedAt, doc.registeredAt)).toISOString(),
            }
          : null,
      owner,
      keptBy: null,
      state,
      settlement: doc.settlement
        ? {
            method: settlementMethodOf[doc.settlement.method],
            at: doc.settlement.recordedAt,
            content: doc.settlement.content,
            reason: doc.settlement.reason,
          }
        : null,
      closedAt,
    };
    const changedAt = latest(
      doc.registeredAt,
      doc.settlement?.recordedAt,
      doc.custody?.takenOverAt,
      file?.closedAt,
      file?.custody?.takenOverAt,
    );
    return { profile, keeperUser: null, changedAt };
  });

  const registered = new Map<string, string>();
  for (const doc of seed.documents) registered.set(doc.pid, doc.registeredAt);
  const caseFiles = seed.caseFiles.map((file): StoredCaseFile => {
    const group = plan.subjectGroupOf(file.fileMark);
    const profile: CaseFileProfile = {
      id: seedId(file.id),
      mode: plan.modeOf(file.fileMark),
      createdAt: file.openedAt,
      title: file.title,
      description: null,
      numbers: {
        referenceNumber: file.reference,
        sequence: file.sequence,
        year: file.year,
        journal: CASE_FILE_JOURNAL,
      },
      subjectGroup: group,
      retention: group?.retention ?? null,
      note: null,
      documents: file.documents.map((pid, index) => ({
        id: seedId(pid),
        order: index + 1,
        state: 'Vlozen' as const,
        insertedAt: new Date(latest(file.openedAt, registered.get(pid))).toISOString(),
      })),
      owner,
      keptBy: null,
      state: CASE_FILE_STATES[file.state],
      settlement: null,
      closedAt: file.closedAt ?? null,
    };
    const changedAt = latest(file.openedAt, file.closedAt, file.custody?.takenOverAt);
    return { profile, changedAt };
  });
  return { documents, caseFiles };
}
