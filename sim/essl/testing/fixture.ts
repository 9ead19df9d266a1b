import { expect } from 'vitest';
import { soapBodyXml } from '../../../common/erms/codec';
import type {
  EsslEvent,
  EsslId,
  NewCaseFileProfile,
  NewDocumentProfile,
} from '../../../common/erms/model';
import { sampleNewDocument, sampleSubjectGroup } from '../../../common/erms/testing/samples';
import { officeYear } from '../../../common/domain/time';
import { validateXml } from '../../../scripts/testing/xmllint';
import { startSim, type RunningSim, type SimOptions } from '../../server';
import type { EsslAccount } from '../accounts';
import { SEED_SOURCE } from '../constants';

/** The demo's "now" in the eSSL tests; the eSSL's own clock is the real one. */
export const TODAY = new Date('2026-05-14T08:12:00Z');
/** A small journal keeps the tests quick; the rules do not depend on its size. */
export const TEST_DOCUMENTS = 300;

export function startTestSim(options: SimOptions = {}): Promise<RunningSim> {
  return startSim({ port: 0, today: TODAY, documents: TEST_DOCUMENTS, ...options });
}

/** The clerk (the seeded journal's owner) and a second user. */
export function usersOf(sim: RunningSim): { clerk: EsslAccount; mayor: EsslAccount } {
  const [clerk, mayor] = sim.essl.accounts();
  if (!clerk || !mayor) throw new Error('the sim needs two accounts');
  return { clerk, mayor };
}

/** The evidence period (and register year) the eSSL numbers new entities in now. */
export function currentYear(): number {
  return officeYear(new Date());
}

let counter = 0;
/** A fresh identifier, as the app makes one on the device. */
export function freshId(prefix = 'TST'): EsslId {
  counter += 1;
  return { value: `${prefix}${process.pid}X${counter}`, source: SEED_SOURCE };
}

let eventCounter = 0n;
/** A fresh UdalostId (an xs:integer, as the app derives it from a UUID). */
export function freshEventId(): string {
  eventCounter += 1n;
  return String(BigInt(Date.now()) * 1_000_000n + eventCounter);
}

export function newDocument(overrides: Partial<NewDocumentProfile> = {}): NewDocumentProfile {
  return { ...sampleNewDocument(), id: freshId(), numbers: null, files: [], ...overrides };
}

export function newCaseFile(overrides: Partial<NewCaseFileProfile> = {}): NewCaseFileProfile {
  return {
    id: freshId('SPIS'),
    mode: 'Priorace',
    createdAt: new Date().toISOString(),
    title: 'Oprava místní komunikace',
    description: null,
    numbers: null,
    subjectGroup: { ...sampleSubjectGroup(), fileMark: '9.1', simpleMark: '1' },
    retention: { mark: 'S', period: 5, triggerEvent: 'uzavření spisu' },
    note: null,
    documents: [],
    ...overrides,
  };
}

export function settle(documentId: EsslId, eventId = freshEventId()): EsslEvent {
  return {
    type: 'DokumentVyrizeni',
    eventId,
    documentId,
    settlement: {
      method: 'vzetimNaVedomi',
      at: new Date().toISOString(),
      content: null,
      reason: null,
    },
  };
}

/** The envelope's body must be what ermsAPI-all.xsd allows. */
export async function expectSchemaValid(envelope: string): Promise<void> {
  const result = await validateXml(soapBodyXml(envelope), 'ermsAPI-all.xsd');
  expect(result.errors).toEqual([]);
  expect(result.valid).toBe(true);
}
