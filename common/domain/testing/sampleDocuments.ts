import type { IncomingDocumentInput, OwnDocumentInput } from '../document';
import {
  DEFAULT_TRIGGER_EVENT,
  planGroupId,
  type FilePlanGroup,
  type FilePlanVersion,
} from '../filePlan';

/** A small file plan: one heading, two marks a document can take (one of each case-file mode). */
export const SAMPLE_PLAN_ID = 'plan-sample';
export const sampleFilePlanVersion: FilePlanVersion = {
  id: SAMPLE_PLAN_ID,
  identifier: 'SSP-2020',
  identifierSource: 'OUHL',
  title: 'Spisový a skartační plán',
  comment: null,
  issuer: 'Obec Horní Lhota',
  validFrom: '2010-01-01',
  validTo: null,
  importedAt: '2010-01-01T00:00:00.000Z',
  legacy: false,
  issuerDetails: null,
};
const planned = { planId: SAMPLE_PLAN_ID, validFrom: '2010-01-01', validTo: null };
export const sampleFilePlan: FilePlanGroup[] = [
  {
    ...planned,
    id: planGroupId(SAMPLE_PLAN_ID, '1'),
    simpleMark: '1',
    fileMark: '1',
    title: 'Správa obce',
    parentMark: null,
    retention: null,
    caseFileMode: null,
  },
  {
    ...planned,
    id: planGroupId(SAMPLE_PLAN_ID, '1.1'),
    simpleMark: '1',
    fileMark: '1.1',
    title: 'Stavební řízení',
    parentMark: '1',
    retention: { mark: 'A', period: 10, triggerEvent: DEFAULT_TRIGGER_EVENT },
    caseFileMode: 'collectionSheet',
  },
  {
    ...planned,
    id: planGroupId(SAMPLE_PLAN_ID, '1.2'),
    simpleMark: '2',
    fileMark: '1.2',
    title: 'Poplatky',
    parentMark: '1',
    retention: { mark: 'S', period: 5, triggerEvent: DEFAULT_TRIGGER_EVENT },
    caseFileMode: 'linking',
  },
];

export function incomingInput(
  overrides: Partial<IncomingDocumentInput> = {},
): IncomingDocumentInput {
  return {
    direction: 'incoming',
    sender: { kind: 'person', name: 'Jan Novák', address: { city: 'Horní Lhota' } },
    receivedAt: '2026-03-02T08:15:00.000Z',
    channel: 'post',
    senderReference: { number: 'ZN-15/2026', date: '2026-02-27' },
    subject: 'Žádost o stavební povolení',
    sheets: 2,
    attachments: { count: 1, kind: 'paper', description: 'situační výkres' },
    fileMark: '1.1',
    handler: 'Marie Dvořáková',
    note: null,
    ...overrides,
  };
}

export function ownInput(overrides: Partial<OwnDocumentInput> = {}): OwnDocumentInput {
  return {
    direction: 'own',
    addressees: [
      { kind: 'organization', name: 'Stavby Lhota s.r.o.', ico: '27082440' },
      { kind: 'authority', name: 'Krajský úřad', dataBoxId: 'abc1234' },
    ],
    author: 'Petr Starosta',
    createdOn: '2026-03-02',
    subject: 'Výzva k doplnění žádosti',
    sheets: 1,
    attachments: { count: 0, kind: 'paper', description: null },
    fileMark: '1.2',
    handler: 'Marie Dvořáková',
    note: null,
    ...overrides,
  };
}
