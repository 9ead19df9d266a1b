import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusCodes, type EsslEvent, type EsslId } from '../../common/erms/model';
import { sampleFileContent } from '../../common/erms/testing/samples';
import type { RunningSim } from '../server';
import type { EsslAccount } from './accounts';
import { authOf, call, ok } from './testing/client';
import {
  expectSchemaValid,
  freshEventId,
  freshId,
  newCaseFile,
  newDocument,
  settle,
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

async function createDocument(login = clerk): Promise<EsslId> {
  const reply = await ok(sim.url, login, 'DokumentZalozeni', {
    preceding: [],
    document: newDocument(),
    auth: authOf(login),
  });
  if (!reply.document) throw new Error(JSON.stringify(reply.status));
  return reply.document.id;
}

async function send(events: EsslEvent[], login = clerk) {
  const reply = await call(sim.url, login, 'Udalosti', { events, auth: authOf(login) });
  if (!reply.decoded.ok) throw new Error(`Udalosti: ${JSON.stringify(reply.decoded.failure)}`);
  return { ...reply, outcomes: reply.decoded.value.outcomes };
}

async function profileOf(id: EsslId) {
  const reply = await ok(sim.url, clerk, 'ProfilDokumentuZadost', { id, auth: authOf(clerk) });
  if (!reply.document) throw new Error(`no document ${id.value}`);
  return reply.document;
}

const codes = (outcomes: ReadonlyArray<{ status: { code: string } }>) =>
  outcomes.map((outcome) => outcome.status.code);

describe('Udalosti', () => {
  it('applies an event once: a replayed UdalostId gets the first Zprava', async () => {
    const id = await createDocument();
    const event = settle(id);
    const first = await send([event]);
    await expectSchemaValid(first.text);
    expect(first.outcomes).toEqual([
      { eventId: event.eventId, order: 1, status: { code: '0000', description: null } },
    ]);
    const changed = (await profileOf(id)).settlement;
    // Applied again, a settlement of a settled document would be refused (0005).
    const replay = await send([event]);
    expect(replay.outcomes).toEqual(first.outcomes);
    expect((await profileOf(id)).settlement).toEqual(changed);
    const another = await send([settle(id)]);
    await expectSchemaValid(another.text);
    expect(codes(another.outcomes)).toEqual([statusCodes.wrongState]);
    expect(another.outcomes[0]?.status.description).toMatch(/vyřízen; vyřídit ho nelze/);
    // …and that refusal is itself what its replay returns.
    const refusalReplay = await send([{ ...settle(id), eventId: another.outcomes[0]!.eventId }]);
    expect(refusalReplay.outcomes).toEqual(another.outcomes);
  });

  it('updates the profile fields of DokumentUprava and keeps the numbers', async () => {
    const id = await createDocument();
    const before = await profileOf(id);
    const update = newDocument({
      id,
      title: 'Opravený název dokumentu',
      note: 'Doplněno',
      sheets: 7,
    });
    const reply = await send([
      { type: 'DokumentUprava', eventId: freshEventId(), document: update },
    ]);
    expect(codes(reply.outcomes)).toEqual(['0000']);
    const after = await profileOf(id);
    expect(after).toMatchObject({ title: 'Opravený název dokumentu', note: 'Doplněno', sheets: 7 });
    expect(after.numbers).toEqual(before.numbers);
    expect(after.evidence).toEqual(before.evidence);
  });

  it('reports each event of a batch in its order, unknown entities as 0002', async () => {
    const id = await createDocument();
    const unknown = freshId('NENI');
    const reply = await send([
      settle(unknown),
      { type: 'DokumentZruseni', eventId: freshEventId(), documentId: id },
      { type: 'SpisOtevreni', eventId: freshEventId(), caseFileId: freshId('NENI'), reason: null },
    ]);
    await expectSchemaValid(reply.text);
    expect(reply.outcomes.map((outcome) => [outcome.order, outcome.status.code])).toEqual([
      [1, statusCodes.notFound],
      [2, statusCodes.ok],
      [3, statusCodes.notFound],
    ]);
    expect((await profileOf(id)).state).toBe('znepristupnen');
  });

  it('closes a case file only when its documents are settled, naming those that are not', async () => {
    const first = await createDocument();
    const second = await createDocument();
    const secondRef = (await profileOf(second)).numbers?.referenceNumber;
    const file = await ok(sim.url, clerk, 'SpisZalozeni', {
      preceding: [],
      caseFile: newCaseFile({ documents: [{ id: first, order: 1 }] }),
      auth: authOf(clerk),
    });
    const caseFileId = file.caseFile!.id;
    const inserted = await send([
      {
        type: 'DokumentVlozeniDoSpisu',
        eventId: freshEventId(),
        caseFileId,
        documentId: second,
        order: 2,
      },
      settle(first),
    ]);
    expect(codes(inserted.outcomes)).toEqual(['0000', '0000']);
    const refused = await send([
      {
        type: 'SpisUzavreni',
        eventId: freshEventId(),
        caseFileId,
        closedAt: new Date().toISOString(),
      },
    ]);
    await expectSchemaValid(refused.text);
    expect(refused.outcomes[0]?.status.code).toBe(statusCodes.wrongState);
    expect(refused.outcomes[0]?.status.description).toContain(secondRef);

    const closedAt = new Date().toISOString();
    const closed = await send([
      settle(second),
      { type: 'SpisUzavreni', eventId: freshEventId(), caseFileId, closedAt },
    ]);
    expect(codes(closed.outcomes)).toEqual(['0000', '0000']);
    const closedFile = await ok(sim.url, clerk, 'ProfilSpisuZadost', {
      id: caseFileId,
      auth: authOf(clerk),
    });
    expect(closedFile.caseFile).toMatchObject({ state: 'uzavren', closedAt });
    expect((await profileOf(second)).state).toBe('uzavren');

    const reopened = await send([
      { type: 'SpisOtevreni', eventId: freshEventId(), caseFileId, reason: 'Doplnění' },
    ]);
    expect(codes(reopened.outcomes)).toEqual(['0000']);
    const open = await ok(sim.url, clerk, 'ProfilSpisuZadost', {
      id: caseFileId,
      auth: authOf(clerk),
    });
    expect(open.caseFile).toMatchObject({ state: 'otevren', closedAt: null });
    expect((await profileOf(second)).state).toBe('vyrizen');
  });

  it('takes a document out of its case file, but not the initiator while others stay', async () => {
    const first = await createDocument();
    const second = await createDocument();
    const file = await ok(sim.url, clerk, 'SpisZalozeni', {
      preceding: [],
      caseFile: newCaseFile({
        documents: [
          { id: first, order: 1 },
          { id: second, order: 2 },
        ],
      }),
      auth: authOf(clerk),
    });
    const caseFileId = file.caseFile!.id;
    const reply = await send([
      { type: 'DokumentVyjmutiZeSpisu', eventId: freshEventId(), caseFileId, documentId: first },
      { type: 'DokumentVyjmutiZeSpisu', eventId: freshEventId(), caseFileId, documentId: second },
    ]);
    expect(codes(reply.outcomes)).toEqual([statusCodes.wrongState, statusCodes.ok]);
    expect((await profileOf(second)).caseFile?.state).toBe('Vyjmut');
    const profile = await ok(sim.url, clerk, 'ProfilSpisuZadost', {
      id: caseFileId,
      auth: authOf(clerk),
    });
    expect(profile.caseFile?.documents.map((entry) => entry.state)).toEqual(['Vlozen', 'Vyjmut']);
  });

  it('stores files, new versions and links to documents; SouborZadost returns the bytes', async () => {
    const id = await createDocument();
    const file = { ...sampleFileContent(), id: freshId('SOUB') };
    const version = {
      ...file,
      name: 'odpověď – oprava.pdf',
      base64: Buffer.from('%PDF-1.7 v2').toString('base64'),
    };
    const reply = await send([
      { type: 'SouborZalozeni', eventId: freshEventId(), file },
      { type: 'SouborZalozeni', eventId: freshEventId(), file },
      { type: 'SouborNovaVerze', eventId: freshEventId(), file: version, reason: 'Oprava' },
      {
        type: 'SouborVlozitKDokumentu',
        eventId: freshEventId(),
        documentId: id,
        file: { id: file.id, role: 'main', name: version.name },
      },
      {
        type: 'SouborNovaVerze',
        eventId: freshEventId(),
        file: { ...version, id: freshId('NENI') },
        reason: null,
      },
    ]);
    expect(codes(reply.outcomes)).toEqual([
      '0000',
      statusCodes.wrongState,
      '0000',
      '0000',
      statusCodes.notFound,
    ]);
    const content = await call(sim.url, clerk, 'SouborZadost', {
      id: file.id,
      auth: authOf(clerk),
    });
    await expectSchemaValid(content.text);
    expect(content.decoded.ok && content.decoded.value.file).toMatchObject({
      name: version.name,
      base64: version.base64,
    });
    expect((await profileOf(id)).files).toEqual([
      { id: file.id, role: 'main', name: version.name },
    ]);
    const missing = await call(sim.url, clerk, 'SouborZadost', {
      id: freshId('NENI'),
      auth: authOf(clerk),
    });
    await expectSchemaValid(missing.text);
    expect(missing.decoded.ok && missing.decoded.value).toMatchObject({
      file: null,
      status: { code: statusCodes.notFound },
    });
  });

  it('applies UdalostiPredchazejici before the creation they precede', async () => {
    const file = { ...sampleFileContent(), id: freshId('SOUB') };
    const document = newDocument({ files: [{ id: file.id, role: 'main', name: file.name }] });
    const created = await ok(sim.url, clerk, 'DokumentZalozeni', {
      preceding: [{ type: 'SouborZalozeni', eventId: freshEventId(), file }],
      document,
      auth: authOf(clerk),
    });
    expect(created.status.code).toBe('0000');
    expect(created.document?.files.map((link) => link.id)).toEqual([file.id]);
  });

  it('answers every event with 0001 when Autorizace names another user, and applies none', async () => {
    const id = await createDocument();
    const reply = await call(sim.url, clerk, 'Udalosti', {
      events: [settle(id), settle(id)],
      auth: authOf(mayor),
    });
    await expectSchemaValid(reply.text);
    expect(reply.decoded.ok && codes(reply.decoded.value.outcomes)).toEqual([
      statusCodes.forbidden,
      statusCodes.forbidden,
    ]);
    expect((await profileOf(id)).state).toBe('nevyrizen');
  });
});

describe('keeping (DokumentPostoupeniZadost / DokumentVraceniZadost)', () => {
  it('locks a document to the caller’s system and user until it is returned', async () => {
    const id = await createDocument();
    const taken = await call(sim.url, clerk, 'DokumentPostoupeniZadost', {
      id,
      auth: authOf(clerk),
    });
    await expectSchemaValid(taken.text);
    expect(taken.decoded.ok && taken.decoded.value.document).toMatchObject({
      keptBy: 'URADOVNA',
      owner: clerk.username,
    });

    const otherUser = await send([settle(id)], mayor);
    expect(codes(otherUser.outcomes)).toEqual([statusCodes.locked]);
    expect(otherUser.outcomes[0]?.status.description).toMatch(/výhradní správě systému URADOVNA/);
    const otherSystem = await call(
      sim.url,
      clerk,
      'Udalosti',
      { events: [settle(id)], auth: authOf(clerk) },
      { route: { source: 'JINYIS', target: 'ESSL' } },
    );
    expect(otherSystem.decoded.ok && codes(otherSystem.decoded.value.outcomes)).toEqual([
      statusCodes.locked,
    ]);
    const stolen = await call(sim.url, mayor, 'DokumentPostoupeniZadost', {
      id,
      auth: authOf(mayor),
    });
    await expectSchemaValid(stolen.text);
    expect(stolen.decoded.ok && stolen.decoded.value.status.code).toBe(statusCodes.locked);
    const foreignReturn = await call(sim.url, mayor, 'DokumentVraceniZadost', {
      id,
      auth: authOf(mayor),
    });
    await expectSchemaValid(foreignReturn.text);
    expect(foreignReturn.decoded.ok && foreignReturn.decoded.value.status.code).toBe(
      statusCodes.locked,
    );

    // The keeper itself may change it, and hand it back.
    expect(codes((await send([settle(id)])).outcomes)).toEqual(['0000']);
    const back = await call(sim.url, clerk, 'DokumentVraceniZadost', { id, auth: authOf(clerk) });
    await expectSchemaValid(back.text);
    expect(back.decoded.ok && back.decoded.value.document?.keptBy).toBeNull();
    const free = await send(
      [{ type: 'DokumentZruseni', eventId: freshEventId(), documentId: id }],
      mayor,
    );
    // Free again: the mayor's event is judged on the state (settled), not refused as locked.
    expect(codes(free.outcomes)).toEqual([statusCodes.wrongState]);
  });

  it('makes the caller the owner, and answers 0002 for an unknown document', async () => {
    const id = await createDocument();
    const taken = await ok(sim.url, mayor, 'DokumentPostoupeniZadost', { id, auth: authOf(mayor) });
    expect(taken.document).toMatchObject({ owner: mayor.username, keptBy: 'URADOVNA' });
    const missing = await call(sim.url, clerk, 'DokumentPostoupeniZadost', {
      id: freshId('NENI'),
      auth: authOf(clerk),
    });
    await expectSchemaValid(missing.text);
    expect(missing.decoded.ok && missing.decoded.value.status.code).toBe(statusCodes.notFound);
    const missingReturn = await call(sim.url, clerk, 'DokumentVraceniZadost', {
      id: freshId('NENI'),
      auth: authOf(clerk),
    });
    expect(missingReturn.decoded.ok && missingReturn.decoded.value.status.code).toBe(
      statusCodes.notFound,
    );
  });
});
