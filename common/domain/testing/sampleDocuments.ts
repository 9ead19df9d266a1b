import type { IncomingDocumentInput, OwnDocumentInput } from '../document';
import type { FilePlanGroup } from '../filePlan';

/** A three-group file plan: one heading with two marks a document can take. */
export const sampleFilePlan: FilePlanGroup[] = [
  { fileMark: '1', title: 'Správa obce', parentMark: null, retention: null },
  {
    fileMark: '1.1',
    title: 'Stavební řízení',
    parentMark: '1',
    retention: { mark: 'A', period: 10 },
  },
  { fileMark: '1.2', title: 'Poplatky', parentMark: '1', retention: { mark: 'S', period: 5 } },
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
