import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusCodes } from '../../common/erms/model';
import { RESERVATION_CODE_LIST } from '../../common/erms/operations';
import type { RunningSim } from '../server';
import type { EsslAccount } from './accounts';
import { CASE_FILE_JOURNAL, DOCUMENT_JOURNAL } from './constants';
import { authOf, call, ok } from './testing/client';
import {
  currentYear,
  expectSchemaValid,
  freshId,
  newCaseFile,
  newDocument,
  startTestSim,
  usersOf,
} from './testing/fixture';

let sim: RunningSim;
let clerk: EsslAccount;
let mayor: EsslAccount;

beforeAll(async () => {
  sim = await startTestSim();
  ({ clerk, mayor } = usersOf(sim));
});
afterAll(async () => {
  await sim.close();
});

/** The highest number the journal (or the case-file register) holds this year. */
function highestThisYear(register: 'documents' | 'caseFiles'): number {
  const year = currentYear();
  const journal = register === 'documents' ? DOCUMENT_JOURNAL : CASE_FILE_JOURNAL;
  const profiles = register === 'documents' ? sim.essl.documents() : sim.essl.caseFiles();
  let highest = 0;
  for (const profile of profiles) {
    const numbers = profile.numbers;
    if (numbers?.journal === journal && numbers.year === year)
      highest = Math.max(highest, numbers.sequence);
  }
  return highest;
}

async function create(login: EsslAccount, document = newDocument()) {
  return call(sim.url, login, 'DokumentZalozeni', { preceding: [], document, auth: authOf(login) });
}

async function reserve(
  login: EsslAccount,
  register: 'documents' | 'caseFiles',
  count: number,
  requestId: string,
) {
  return call(sim.url, login, 'CiselnikZadost', {
    listId: RESERVATION_CODE_LIST,
    auth: authOf(login),
    reservation: { requestId, register, year: currentYear(), count },
  });
}

describe('DokumentZalozeni', () => {
  it('numbers a new document after the seeded journal, with an evidence number', async () => {
    const year = currentYear();
    const before = highestThisYear('documents');
    const reply = await create(clerk);
    await expectSchemaValid(reply.text);
    expect(reply.status).toBe(200);
    expect(reply.decoded.ok).toBe(true);
    if (!reply.decoded.ok) return;
    const { document, status } = reply.decoded.value;
    expect(status.code).toBe(statusCodes.ok);
    expect(document?.numbers).toEqual({
      referenceNumber: `OUHL ${before + 1}/${year}`,
      sequence: before + 1,
      year,
      journal: DOCUMENT_JOURNAL,
    });
    expect(document?.evidence?.period).toBe(String(year));
    expect(document?.owner).toBe(clerk.username);
    expect(document?.state).toBe('nevyrizen');

    const next = await ok(sim.url, clerk, 'DokumentZalozeni', {
      preceding: [],
      document: newDocument(),
      auth: authOf(clerk),
    });
    expect(next.document?.numbers?.sequence).toBe(before + 2);
    expect(next.document?.evidence?.order).toBe((document?.evidence?.order ?? 0) + 1);
  });

  it('answers a repeated creation with the first result (same numbers, one document)', async () => {
    const document = newDocument();
    const first = await ok(sim.url, clerk, 'DokumentZalozeni', {
      preceding: [],
      document,
      auth: authOf(clerk),
    });
    const count = sim.essl.counts().documents;
    const again = await ok(sim.url, clerk, 'DokumentZalozeni', {
      preceding: [],
      document: { ...document, title: 'Jiný název při opakování' },
      auth: authOf(clerk),
    });
    expect(again.status.code).toBe(statusCodes.ok);
    expect(again.document).toEqual(first.document);
    expect(sim.essl.counts().documents).toBe(count);
  });

  it('accepts a reserved number once, and replaces numbers that were not reserved for the caller', async () => {
    const year = currentYear();
    const block = await reserve(clerk, 'documents', 3, `rez-${freshId().value}`);
    await expectSchemaValid(block.text);
    if (!block.decoded.ok) throw new Error('reservation failed');
    const reserved = block.decoded.value.reserved;
    expect(reserved.map((number) => number.sequence)).toEqual([
      reserved[0]!.sequence,
      reserved[0]!.sequence + 1,
      reserved[0]!.sequence + 2,
    ]);
    expect(reserved[0]!.reference).toBe(`OUHL ${reserved[0]!.sequence}/${year}`);
    expect(block.decoded.value.items.map((item) => item.text)).toEqual(
      reserved.map((number) => number.reference),
    );

    const proposal = (sequence: number) => ({
      referenceNumber: `OUHL ${sequence}/${year}`,
      sequence,
      year,
      journal: DOCUMENT_JOURNAL,
    });
    const second = reserved[1]!.sequence;
    const accepted = await ok(sim.url, clerk, 'DokumentZalozeni', {
      preceding: [],
      document: newDocument({ numbers: proposal(second) }),
      auth: authOf(clerk),
    });
    expect(accepted.document?.numbers?.sequence).toBe(second);

    // The same reserved number again, a number of the seeded journal, and the clerk's
    // reserved number proposed by someone else: each gets the next free number.
    // The next free number lies above everything given and reserved.
    const top = Math.max(highestThisYear('documents'), reserved[2]!.sequence);
    const reused = await ok(sim.url, clerk, 'DokumentZalozeni', {
      preceding: [],
      document: newDocument({ numbers: proposal(second) }),
      auth: authOf(clerk),
    });
    expect(reused.document?.numbers?.sequence).toBe(top + 1);
    const seeded = await ok(sim.url, clerk, 'DokumentZalozeni', {
      preceding: [],
      document: newDocument({ numbers: proposal(1) }),
      auth: authOf(clerk),
    });
    expect(seeded.document?.numbers?.sequence).toBe(top + 2);
    const foreign = await ok(sim.url, mayor, 'DokumentZalozeni', {
      preceding: [],
      document: newDocument({ numbers: proposal(reserved[2]!.sequence) }),
      auth: authOf(mayor),
    });
    expect(foreign.document?.numbers?.sequence).toBe(top + 3);
    // …and the clerk can still use the third.
    const third = await ok(sim.url, clerk, 'DokumentZalozeni', {
      preceding: [],
      document: newDocument({ numbers: proposal(reserved[2]!.sequence) }),
      auth: authOf(clerk),
    });
    expect(third.document?.numbers?.sequence).toBe(reserved[2]!.sequence);
  });

  it('gives a repeated reservation request the same block and a new one the next block', async () => {
    const requestId = `rez-${freshId().value}`;
    const first = await reserve(clerk, 'documents', 2, requestId);
    const again = await reserve(clerk, 'documents', 2, requestId);
    const next = await reserve(clerk, 'documents', 2, `${requestId}-b`);
    if (!first.decoded.ok || !again.decoded.ok || !next.decoded.ok)
      throw new Error('reservation failed');
    expect(again.decoded.value.reserved).toEqual(first.decoded.value.reserved);
    expect(next.decoded.value.reserved[0]!.sequence).toBe(
      first.decoded.value.reserved[1]!.sequence + 1,
    );
    // Without a request the list shows what is still open for the user.
    const open = await ok(sim.url, clerk, 'CiselnikZadost', {
      listId: RESERVATION_CODE_LIST,
      auth: authOf(clerk),
      reservation: null,
    });
    const openSequences = open.reserved.map((number) => number.sequence);
    for (const number of [...first.decoded.value.reserved, ...next.decoded.value.reserved]) {
      expect(openSequences).toContain(number.sequence);
    }
  });

  it('refuses a reservation of more than 500 numbers or of a far year', async () => {
    const tooMany = await reserve(clerk, 'documents', 501, `rez-${freshId().value}`);
    await expectSchemaValid(tooMany.text);
    expect(tooMany.decoded.ok && tooMany.decoded.value.status.code).toBe(statusCodes.invalid);
    const farYear = await call(sim.url, clerk, 'CiselnikZadost', {
      listId: RESERVATION_CODE_LIST,
      auth: authOf(clerk),
      reservation: {
        requestId: `rez-${freshId().value}`,
        register: 'documents',
        year: 2001,
        count: 1,
      },
    });
    expect(farYear.decoded.ok && farYear.decoded.value.status.code).toBe(statusCodes.invalid);
  });

  it('numbers a document created into a sběrný arch with the initiator’s number and its order', async () => {
    const initiator = await ok(sim.url, clerk, 'DokumentZalozeni', {
      preceding: [],
      document: newDocument(),
      auth: authOf(clerk),
    });
    const initiatorNumbers = initiator.document!.numbers!;
    const file = await ok(sim.url, clerk, 'SpisZalozeni', {
      preceding: [],
      caseFile: newCaseFile({
        mode: 'SbernyArch',
        documents: [{ id: initiator.document!.id, order: 1 }],
      }),
      auth: authOf(clerk),
    });
    expect(file.caseFile?.numbers?.referenceNumber).toBe(initiatorNumbers.referenceNumber);
    const follower = await ok(sim.url, clerk, 'DokumentZalozeni', {
      preceding: [],
      document: newDocument({ caseFileId: file.caseFile!.id }),
      auth: authOf(clerk),
    });
    expect(follower.document?.numbers).toEqual({
      ...initiatorNumbers,
      referenceNumber: `${initiatorNumbers.referenceNumber}-2`,
    });
    expect(follower.document?.caseFile).toMatchObject({
      id: file.caseFile!.id,
      order: 2,
      state: 'Vlozen',
    });
    const profile = await ok(sim.url, clerk, 'ProfilSpisuZadost', {
      id: file.caseFile!.id,
      auth: authOf(clerk),
    });
    expect(profile.caseFile?.documents.map((entry) => entry.order)).toEqual([1, 2]);
  });

  it('refuses a document into an unknown case file with 0002', async () => {
    const reply = await create(clerk, newDocument({ caseFileId: freshId('NENI') }));
    await expectSchemaValid(reply.text);
    expect(reply.decoded.ok && reply.decoded.value).toMatchObject({
      document: null,
      status: { code: statusCodes.notFound },
    });
  });

  it('answers 0001 when Autorizace names another user than the login', async () => {
    const reply = await call(sim.url, clerk, 'DokumentZalozeni', {
      preceding: [],
      document: newDocument(),
      auth: authOf(mayor),
    });
    await expectSchemaValid(reply.text);
    expect(reply.decoded.ok && reply.decoded.value.status).toEqual({
      code: statusCodes.forbidden,
      description: 'Nedostatečná oprávnění',
    });
  });
});

describe('SpisZalozeni', () => {
  it('numbers case files in their own register, idempotent by Identifikator', async () => {
    const year = currentYear();
    const before = highestThisYear('caseFiles');
    const caseFile = newCaseFile();
    const reply = await call(sim.url, clerk, 'SpisZalozeni', {
      preceding: [],
      caseFile,
      auth: authOf(clerk),
    });
    await expectSchemaValid(reply.text);
    if (!reply.decoded.ok) throw new Error('SpisZalozeni failed');
    expect(reply.decoded.value.caseFile?.numbers).toEqual({
      referenceNumber: `SZ OUHL ${before + 1}/${year}`,
      sequence: before + 1,
      year,
      journal: CASE_FILE_JOURNAL,
    });
    const again = await ok(sim.url, clerk, 'SpisZalozeni', {
      preceding: [],
      caseFile,
      auth: authOf(clerk),
    });
    expect(again.caseFile).toEqual(reply.decoded.value.caseFile);
    expect(highestThisYear('caseFiles')).toBe(before + 1);
  });

  it('accepts a reserved case-file number', async () => {
    const year = currentYear();
    const block = await reserve(clerk, 'caseFiles', 1, `rez-${freshId().value}`);
    if (!block.decoded.ok) throw new Error('reservation failed');
    const [number] = block.decoded.value.reserved;
    expect(number?.reference).toBe(`SZ OUHL ${number?.sequence}/${year}`);
    const reply = await ok(sim.url, clerk, 'SpisZalozeni', {
      preceding: [],
      caseFile: newCaseFile({
        numbers: {
          referenceNumber: number!.reference,
          sequence: number!.sequence,
          year,
          journal: CASE_FILE_JOURNAL,
        },
      }),
      auth: authOf(clerk),
    });
    expect(reply.caseFile?.numbers?.sequence).toBe(number!.sequence);
  });

  it('inserts the documents it names, and refuses one already in another file', async () => {
    const doc = await ok(sim.url, clerk, 'DokumentZalozeni', {
      preceding: [],
      document: newDocument(),
      auth: authOf(clerk),
    });
    const id = doc.document!.id;
    const file = await ok(sim.url, clerk, 'SpisZalozeni', {
      preceding: [],
      caseFile: newCaseFile({ documents: [{ id, order: 1 }] }),
      auth: authOf(clerk),
    });
    const profile = await call(sim.url, clerk, 'ProfilDokumentuZadost', {
      id,
      auth: authOf(clerk),
    });
    await expectSchemaValid(profile.text);
    expect(profile.decoded.ok && profile.decoded.value.document?.caseFile).toMatchObject({
      id: file.caseFile!.id,
      order: 1,
      state: 'Vlozen',
    });
    const second = await call(sim.url, clerk, 'SpisZalozeni', {
      preceding: [],
      caseFile: newCaseFile({ documents: [{ id, order: 1 }] }),
      auth: authOf(clerk),
    });
    await expectSchemaValid(second.text);
    expect(second.decoded.ok && second.decoded.value.status.code).toBe(statusCodes.wrongState);
  });
});

describe('profiles', () => {
  it('returns a seeded document with the reference the demo app computes, and 0002 for an unknown one', async () => {
    const seeded = sim.essl.documents().find((doc) => doc.caseFile === null && doc.numbers);
    const reply = await call(sim.url, clerk, 'ProfilDokumentuZadost', {
      id: seeded!.id,
      auth: authOf(clerk),
    });
    await expectSchemaValid(reply.text);
    expect(reply.decoded.ok && reply.decoded.value.document?.numbers?.referenceNumber).toBe(
      `OUHL ${seeded!.numbers!.sequence}/${seeded!.numbers!.year}`,
    );
    const missing = await call(sim.url, clerk, 'ProfilDokumentuZadost', {
      id: freshId('NENI'),
      auth: authOf(clerk),
    });
    await expectSchemaValid(missing.text);
    expect(missing.decoded.ok && missing.decoded.value).toMatchObject({
      document: null,
      status: { code: statusCodes.notFound },
    });
  });

  it('returns a seeded case file, and 0002 for an unknown one', async () => {
    const [seeded] = sim.essl.caseFiles();
    const reply = await call(sim.url, clerk, 'ProfilSpisuZadost', {
      id: seeded!.id,
      auth: authOf(clerk),
    });
    await expectSchemaValid(reply.text);
    expect(reply.decoded.ok && reply.decoded.value.caseFile?.numbers?.referenceNumber).toBe(
      seeded!.numbers!.referenceNumber,
    );
    const missing = await call(sim.url, clerk, 'ProfilSpisuZadost', {
      id: freshId('NENI'),
      auth: authOf(clerk),
    });
    await expectSchemaValid(missing.text);
    expect(missing.decoded.ok && missing.decoded.value.status.code).toBe(statusCodes.notFound);
  });
});
