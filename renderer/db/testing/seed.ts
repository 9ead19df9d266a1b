import type { DemoSeed, SeedDocument } from '../../../common/contract/types';
import { newDocumentSchema, type DocumentState } from '../../../common/domain/document';
import { makePid } from '../../../common/domain/pid';
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
  return {
    ...doc,
    pid: seedPid(spec.year, spec.sequence),
    year: spec.year,
    sequence: spec.sequence,
    registeredAt: date.length === 10 ? `${date}T09:00:00.000Z` : date,
    state: spec.state ?? 'registered',
    createdBy: testUser,
  };
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

export function makeSeed(documents: SeedDocument[]): DemoSeed {
  return {
    organization: testOrganization,
    filePlanXml: sampleFilePlanXml(),
    handlers: [testUser, 'Petr Starosta'],
    currentUser: testUser,
    documents,
  };
}
