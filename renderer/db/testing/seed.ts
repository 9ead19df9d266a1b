import type { DemoSeed, SeedCaseFile, SeedDocument } from '../../../common/contract/types';
import { newDocumentSchema, type DocumentState } from '../../../common/domain/document';
import { makePid } from '../../../common/domain/pid';
import type { Settlement } from '../../../common/domain/settlement';
import { officeDateString } from '../../../common/domain/time';
import {
  incomingInput,
  ownInput,
  sampleFilePlan,
  sampleFilePlanVersion,
} from '../../../common/domain/testing/sampleDocuments';
import { writePlanXml } from '../../../common/nsesss/planXml';
import { testOrganization, testUser } from './fixtures';

export interface SeedDocumentSpec {
  year: number;
  sequence: number;
  direction?: 'incoming' | 'own';
  subject?: string;
  counterparty?: string;
  /** ISO instant of receipt (incoming) — or YYYY-MM-DD of creation (own). */
  date?: string;
  channel?: 'personal' | 'post' | 'databox' | 'email' | 'other';
  fileMark?: string;
  handler?: string;
  state?: DocumentState;
  /**
   * How it was settled; a settled document without one is settled by taking note on
   * the day of its registration, an hour after it.
   */
  settlement?: Partial<Settlement> | null;
}

/** A PID that depends only on the journal position, so generated seeds are reproducible. */
export function seedPid(year: number, sequence: number): string {
  const bytes = new Uint8Array(7);
  let state = (year * 1_000_003 + sequence * 7919) >>> 0;
  for (let i = 0; i < bytes.length; i++) {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x297a2d39) >>> 0;
    bytes[i] = state >>> 24;
  }
  return makePid(testOrganization.pidPrefix, bytes);
}

export function seedDocument(spec: SeedDocumentSpec): SeedDocument {
  const date = spec.date ?? `${spec.year}-03-02T08:00:00.000Z`;
  const common = {
    subject: spec.subject ?? `Dokument ${spec.sequence}`,
    fileMark: spec.fileMark ?? '1.1',
    handler: spec.handler ?? testUser,
  };
  const doc =
    spec.direction === 'own'
      ? newDocumentSchema.parse(
          ownInput({
            ...common,
            createdOn: date.slice(0, 10),
            addressees: [{ kind: 'person', name: spec.counterparty ?? 'Adresát' }],
          }),
        )
      : newDocumentSchema.parse(
          incomingInput({
            ...common,
            receivedAt: date,
            channel: spec.channel ?? 'post',
            sender: { kind: 'person', name: spec.counterparty ?? 'Odesílatel' },
          }),
        );
  const registeredAt = date.length === 10 ? `${date}T09:00:00.000Z` : date;
  const state = spec.state ?? 'registered';
  const seedDoc: SeedDocument = {
    ...doc,
    pid: seedPid(spec.year, spec.sequence),
    year: spec.year,
    sequence: spec.sequence,
    registeredAt,
    state,
    createdBy: testUser,
  };
  const settled = state !== 'registered' && state !== 'inProgress' && state !== 'cancelled';
  if (spec.settlement !== null && (settled || spec.settlement)) {
    const recordedAt = new Date(Date.parse(registeredAt) + 3_600_000);
    seedDoc.settlement = {
      date: officeDateString(recordedAt),
      method: 'noted',
      content: null,
      reason: null,
      settlingPid: null,
      settledBy: testUser,
      recordedAt: recordedAt.toISOString(),
      ...spec.settlement,
    };
  }
  return seedDoc;
}

export interface SeedCaseFileSpec {
  /** Distinguishes the file's identifier. */
  key: number;
  documents: SeedDocument[];
  fileMark?: string;
  title?: string;
  reference?: string;
  state?: SeedCaseFile['state'];
  openedAt?: string;
  closedAt?: string;
  triggerYear?: number;
  location?: string | null;
}

/**
 * A case file over seed documents (their PIDs in the given order). A closed one is
 * closed a day after its last settlement; one in the records office is handed over
 * and taken over on 20 January of the next year.
 */
export function seedCaseFile(spec: SeedCaseFileSpec): SeedCaseFile {
  const [first] = spec.documents;
  const openedAt =
    spec.openedAt ??
    new Date(Date.parse(first?.registeredAt ?? '2026-01-05T09:00:00Z') + 60_000).toISOString();
  const year = Number(officeDateString(new Date(openedAt)).slice(0, 4));
  const file: SeedCaseFile = {
    id: seedPid(9000 + spec.key, spec.key),
    reference: spec.reference ?? `SZ OUHL ${spec.key}/${year}`,
    year,
    sequence: spec.key,
    title: spec.title ?? first?.subject ?? `Spis ${spec.key}`,
    fileMark: spec.fileMark ?? first?.fileMark ?? '1.2',
    handler: testUser,
    openedAt,
    documents: spec.documents.map((doc) => doc.pid),
    state: spec.state ?? 'inProgress',
  };
  if (file.state === 'inProgress') return file;
  const settled = spec.documents
    .map((doc) => Date.parse(doc.settlement?.recordedAt ?? openedAt))
    .reduce((a, b) => Math.max(a, b), Date.parse(openedAt));
  const closedAt = new Date(spec.closedAt ? Date.parse(spec.closedAt) : settled + 86_400_000);
  file.closedAt = closedAt.toISOString();
  if (spec.triggerYear !== undefined) file.triggerYear = spec.triggerYear;
  if (file.state === 'inRecordsOffice') {
    const next = closedAt.getUTCFullYear() + 1;
    file.custody = {
      handedOverAt: `${next}-01-20T09:00:00.000Z`,
      takenOverAt: `${next}-01-20T13:00:00.000Z`,
      location: spec.location === undefined ? 'Regál 1' : spec.location,
    };
  }
  return file;
}

/** The sample plan as the nsesss-plan XML a seed carries. */
export function sampleFilePlanXml(): string {
  return writePlanXml(
    {
      ...sampleFilePlanVersion,
      issuerDetails: {
        identifier: testOrganization.ico,
        identifierSource: 'IČO',
        address: testOrganization.address,
      },
    },
    sampleFilePlan,
  );
}

export function makeSeed(documents: SeedDocument[], caseFiles: SeedCaseFile[] = []): DemoSeed {
  return {
    organization: testOrganization,
    filePlanXml: sampleFilePlanXml(),
    handlers: [testUser, 'Petr Starosta'],
    currentUser: testUser,
    documents,
    caseFiles,
  };
}
