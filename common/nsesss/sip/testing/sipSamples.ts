import type { CaseFileRecord } from '../../../domain/caseFile';
import { newDocumentSchema, type DocumentRecord } from '../../../domain/document';
import { buildDocumentRecord } from '../../../domain/documentRecord';
import type { FilePlanVersion } from '../../../domain/filePlan';
import {
  incomingInput,
  ownInput,
  sampleFilePlan,
  sampleFilePlanVersion,
} from '../../../domain/testing/sampleDocuments';
import type { SipComponent, SipOrganization } from '../types';

/**
 * Test data for the SIP writers and the packager: the sample plan, a closed case
 * file of a paper request and the office's electronic answer, and a settled
 * stand-alone document that came by data box with two files of the same name.
 */

export const sipOrganization: SipOrganization = {
  name: 'Obec Horní Lhota',
  pidPrefix: 'OUHL',
  ico: '00064581',
  dataBoxId: 'abc1234',
  address: 'Horní Lhota 1, 111 11 Horní Lhota',
};

/** The sample plan, as a plan imported with its issuer's details. */
export const samplePlanVersion: FilePlanVersion = {
  ...sampleFilePlanVersion,
  issuerDetails: {
    identifier: '00064581',
    identifierSource: 'IČO',
    address: 'Horní Lhota 1, 111 11 Horní Lhota',
  },
};

const [heading, building] = sampleFilePlan;
export const buildingChain = [heading!, building!];
const buildingRule = building!.retention!;
const feesRule = sampleFilePlan[2]!.retention!;

const custody = (location: string | null) => ({
  handedOverAt: '2026-07-10T08:00:00.000Z',
  takenOverAt: '2026-07-11T08:00:00.000Z',
  location,
  loan: null,
  disposalProposalId: null,
});

function record(
  input: Parameters<typeof newDocumentSchema.parse>[0],
  pid: string,
  sequence: number,
  overrides: Partial<DocumentRecord>,
): DocumentRecord {
  const doc = newDocumentSchema.parse(input);
  const base = buildDocumentRecord(
    doc,
    {
      pid,
      year: 2026,
      sequence,
      journalOrder: 2026_000_000 + sequence,
      referenceNumber: `OUHL ${sequence}/2026`,
    },
    {
      registeredAt: '2026-03-02T08:20:00.000Z',
      retention: doc.fileMark === '1.1' ? buildingRule : feesRule,
      createdBy: 'Marie Dvořáková',
      state: 'inRecordsOffice',
    },
  );
  return { ...base, ...overrides };
}

export const CASE_FILE_ID = 'OUHLSP2345AB';

/** The paper request that opened the case file. */
export const requestDocument = record(incomingInput(), 'OUHL2345ABC', 1, {
  caseFileId: CASE_FILE_ID,
  caseFileOrder: 1,
  componentCount: 1,
  settlement: {
    date: '2026-04-10',
    method: 'document',
    content: 'Stavební povolení vydáno.',
    reason: null,
    settlingPid: 'OUHL3456BCD',
    settledBy: 'Marie Dvořáková',
    recordedAt: '2026-04-10T09:00:00.000Z',
  },
});

/** The office's answer that settled it, in the same file (collection sheet: -2). */
export const answerDocument = record(
  ownInput({ fileMark: '1.1', subject: 'Stavební povolení & podmínky <č. 1>' }),
  'OUHL3456BCD',
  2,
  {
    referenceNumber: 'OUHL 1/2026-2',
    caseFileId: CASE_FILE_ID,
    caseFileOrder: 2,
    componentCount: 1,
    settles: ['OUHL2345ABC'],
    settlement: {
      date: '2026-04-12',
      method: 'other',
      content: null,
      reason: 'Odesláno datovou schránkou, vzato na vědomí.',
      settlingPid: null,
      settledBy: 'Petr Starosta',
      recordedAt: '2026-04-12T09:00:00.000Z',
    },
  },
);

export const caseFile: CaseFileRecord = {
  id: CASE_FILE_ID,
  reference: 'SZ OUHL 1/2026',
  year: 2026,
  sequence: 1,
  title: 'Stavební povolení — rodinný dům č. p. 12',
  fileMark: '1.1',
  planGroupId: building!.id,
  retention: buildingRule,
  mode: 'collectionSheet',
  initiatorPid: requestDocument.pid,
  handler: 'Marie Dvořáková',
  openedAt: '2026-03-02T08:25:00.000Z',
  state: 'inRecordsOffice',
  closedAt: '2026-06-30T22:30:00.000Z',
  triggerYear: 2026,
  disposalYear: 2037,
  documentCount: 2,
  nextOrder: 3,
  custody: custody('Regál 3, krabice 12'),
  words: [],
  createdBy: 'Marie Dvořáková',
  revision: 4,
};

/** A stand-alone letter that came by data box, noted and settled. */
export const feeDocument = record(
  incomingInput({
    channel: 'databox',
    fileMark: '1.2',
    subject: 'Oznámení o platbě poplatku',
    sheets: 0,
    attachments: { count: 0, kind: 'paper', description: null },
    sender: {
      kind: 'organization',
      name: 'Stavby Lhota s.r.o.',
      ico: '27082440',
      dataBoxId: 'xyz7890',
    },
  }),
  'OUHL4567CDE',
  3,
  {
    componentCount: 2,
    triggerYear: 2026,
    disposalYear: 2032,
    custody: custody(null),
    settlement: {
      date: '2026-03-05',
      method: 'noted',
      content: null,
      reason: null,
      settlingPid: null,
      settledBy: 'Marie Dvořáková',
      recordedAt: '2026-03-05T09:00:00.000Z',
    },
  },
);

export function component(
  id: string,
  pid: string,
  name: string,
  bytes: Uint8Array,
  sha256: string,
  mime = 'application/pdf',
): SipComponent {
  return { id, pid, name, mime, size: bytes.length, sha256, addedAt: '2026-03-02T08:20:00.000Z' };
}
