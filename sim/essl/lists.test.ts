import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeResponse, encodeRequest } from '../../common/erms/codec';
import { statusCodes, type AssignedEntry, type AssignedQuery } from '../../common/erms/model';
import { FILE_PLAN_CODE_LIST, RESERVATION_CODE_LIST } from '../../common/erms/operations';
import type { RunningSim } from '../server';
import type { EsslAccount } from './accounts';
import { MAX_PAGE } from './constants';
import { TEST_ROUTE, authOf, call, ok, postErms, soapHeaders } from './testing/client';
import {
  expectSchemaValid,
  freshEventId,
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

function query(overrides: Partial<AssignedQuery> = {}): AssignedQuery {
  return { kind: null, changedSince: null, from: 1, count: MAX_PAGE, ...overrides };
}

async function page(login: EsslAccount, q: AssignedQuery) {
  return ok(sim.url, login, 'PrideleneSeznam', { query: q, auth: authOf(login) });
}

/** Every row from `changedSince` on, page by page. */
async function all(login: EsslAccount, q: Partial<AssignedQuery> = {}): Promise<AssignedEntry[]> {
  const rows: AssignedEntry[] = [];
  for (let from = 1; ; from += MAX_PAGE) {
    const reply = await page(login, query({ ...q, from }));
    expect(reply.status.code).toBe('0000');
    rows.push(...reply.entries);
    if (reply.entries.length < MAX_PAGE) return rows;
  }
}

const key = (row: AssignedEntry) => `${row.kind}:${row.id.source}:${row.id.value}`;

describe('PrideleneSeznam', () => {
  it('pages through everything the clerk owns, in change order then by identifier', async () => {
    const first = await call(sim.url, clerk, 'PrideleneSeznam', {
      query: query(),
      auth: authOf(clerk),
    });
    await expectSchemaValid(first.text);
    const rows = await all(clerk);
    const owned =
      sim.essl.documents().filter((doc) => doc.owner === clerk.username).length +
      sim.essl.caseFiles().filter((file) => file.owner === clerk.username).length;
    expect(rows).toHaveLength(owned);
    expect(new Set(rows.map(key)).size).toBe(rows.length);
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1]!, rows[i]!];
      const order =
        a.changedAt!.localeCompare(b.changedAt!) || a.id.value.localeCompare(b.id.value);
      expect(order).toBeLessThanOrEqual(0);
    }
    expect(rows.some((row) => row.kind === 'caseFile')).toBe(true);
  });

  it('filters by kind, pages by 100 rows, and refuses a bigger page as the schema does', async () => {
    const docs = await page(clerk, query({ kind: 'document' }));
    expect(docs.entries).toHaveLength(MAX_PAGE);
    expect(docs.entries.every((row) => row.kind === 'document')).toBe(true);
    const files = await all(clerk, { kind: 'caseFile' });
    expect(files.length).toBe(
      sim.essl.caseFiles().filter((file) => file.owner === clerk.username).length,
    );
    expect(files.every((row) => row.kind === 'caseFile')).toBe(true);

    // sPocetZaznamu is 1–100, odZaznamu at least 1: such a request does not decode.
    const valid = encodeRequest('PrideleneSeznam', TEST_ROUTE, {
      query: query(),
      auth: authOf(clerk),
    });
    for (const broken of [
      valid.replace('<pocetZaznamu>100</pocetZaznamu>', '<pocetZaznamu>500</pocetZaznamu>'),
      valid.replace('<odZaznamu>1</odZaznamu>', '<odZaznamu>0</odZaznamu>'),
    ]) {
      expect(broken).not.toBe(valid);
      const reply = await postErms(sim.url, broken, soapHeaders(clerk, 'PrideleneSeznam'));
      expect(reply.status).toBe(500);
      const failure = decodeResponse('PrideleneSeznam', reply.text);
      expect(failure.ok).toBe(false);
      if (!failure.ok && failure.failure.kind === 'fault') {
        expect(failure.failure.faultCode).toBe('soap:Client');
        expect(failure.failure.faultString).toMatch(/^Požadavek nelze zpracovat/);
      } else {
        throw new Error(`expected a SOAP Fault, got ${JSON.stringify(failure)}`);
      }
    }
  });

  it('continues from the cursor (inclusive): the boundary row again, then the changes', async () => {
    const before = await all(clerk);
    const cursor = before.at(-1)!.changedAt!;
    const created = await ok(sim.url, clerk, 'DokumentZalozeni', {
      preceding: [],
      document: newDocument(),
      auth: authOf(clerk),
    });
    const open = new Set(
      sim.essl
        .documents()
        .filter((doc) => doc.state === 'nevyrizen')
        .map((doc) => doc.id.value),
    );
    const edited = before.find((row) => row.kind === 'document' && open.has(row.id.value))!;
    const update = await ok(sim.url, clerk, 'Udalosti', {
      events: [
        {
          type: 'DokumentUprava',
          eventId: freshEventId(),
          document: newDocument({ id: edited.id, title: 'Nový název' }),
        },
      ],
      auth: authOf(clerk),
    });
    expect(update.outcomes.map((outcome) => outcome.status.code)).toEqual(['0000']);
    const since = await all(clerk, { changedSince: cursor });
    expect(since.map(key)).toEqual([
      key(before.at(-1)!),
      `document:${created.document!.id.source}:${created.document!.id.value}`,
      key(edited),
    ]);
    expect(since[2]?.title).toBe('Nový název');
    // Change times are strictly increasing, so the cursor is exact.
    const times = since.map((row) => Date.parse(row.changedAt!));
    expect(times[1]).toBeGreaterThan(times[0]!);
    expect(times[2]).toBeGreaterThan(times[1]!);
    const after = await all(clerk, { changedSince: since.at(-1)!.changedAt });
    expect(after.map(key)).toEqual([key(edited)]);
  });

  it('lists only what the user owns, and answers 0001 for another user than the login', async () => {
    expect((await page(mayor, query())).entries).toEqual([]);
    const mine = await ok(sim.url, mayor, 'DokumentZalozeni', {
      preceding: [],
      document: newDocument(),
      auth: authOf(mayor),
    });
    expect((await page(mayor, query())).entries.map((row) => row.id)).toEqual([mine.document!.id]);
    const forbidden = await call(sim.url, clerk, 'PrideleneSeznam', {
      query: query(),
      auth: authOf(mayor),
    });
    await expectSchemaValid(forbidden.text);
    expect(forbidden.decoded.ok && forbidden.decoded.value.status.code).toBe(statusCodes.forbidden);
  });
});

describe('code lists and WsTest', () => {
  it('CiselnikySeznam names the reservation list, the file plan and a few others', async () => {
    const reply = await call(sim.url, clerk, 'CiselnikySeznam', { auth: authOf(clerk) });
    await expectSchemaValid(reply.text);
    if (!reply.decoded.ok) throw new Error('CiselnikySeznam failed');
    expect(reply.decoded.value.lists.map((list) => list.id)).toEqual([
      RESERVATION_CODE_LIST,
      FILE_PLAN_CODE_LIST,
      'ZpusobDoruceni',
      'TypDokumentu',
    ]);
  });

  it('CiselnikySeznam for another user than the login is a SOAP Fault (it has no status)', async () => {
    const reply = await call(sim.url, clerk, 'CiselnikySeznam', { auth: authOf(mayor) });
    expect(reply.status).toBe(500);
    expect(reply.decoded.ok).toBe(false);
    if (reply.decoded.ok) return;
    expect(reply.decoded.failure).toEqual({
      kind: 'fault',
      faultCode: 'soap:Client',
      faultString: 'Nedostatečná oprávnění',
    });
  });

  it('CiselnikZadost serves the file plan and the small lists; an unknown list is 0002', async () => {
    const plan = await call(sim.url, clerk, 'CiselnikZadost', {
      listId: FILE_PLAN_CODE_LIST,
      auth: authOf(clerk),
      reservation: null,
    });
    await expectSchemaValid(plan.text);
    if (!plan.decoded.ok) throw new Error('file plan failed');
    expect(plan.decoded.value.items.length).toBeGreaterThan(20);
    expect(plan.decoded.value.items.some((item) => item.id === '9.1')).toBe(true);
    const channels = await ok(sim.url, clerk, 'CiselnikZadost', {
      listId: 'ZpusobDoruceni',
      auth: authOf(clerk),
      reservation: null,
    });
    expect(channels.items.map((item) => item.id)).toContain('DatovaSchranka');
    const unknown = await call(sim.url, clerk, 'CiselnikZadost', {
      listId: 'Neznamy',
      auth: authOf(clerk),
      reservation: null,
    });
    await expectSchemaValid(unknown.text);
    expect(unknown.decoded.ok && unknown.decoded.value).toMatchObject({
      items: [],
      status: { code: statusCodes.notFound },
    });
  });

  it('WsTest echoes its id, and says 0001 for another user', async () => {
    const reply = await call(sim.url, clerk, 'WsTest', { testId: 'ping-42', auth: authOf(clerk) });
    await expectSchemaValid(reply.text);
    expect(reply.decoded.ok && reply.decoded.value).toEqual({
      testId: 'ping-42',
      status: { code: '0000', description: null },
    });
    const anonymous = await ok(sim.url, clerk, 'WsTest', { testId: 'ping-43', auth: null });
    expect(anonymous.testId).toBe('ping-43');
    const other = await call(sim.url, clerk, 'WsTest', { testId: 'ping-44', auth: authOf(mayor) });
    await expectSchemaValid(other.text);
    expect(other.decoded.ok && other.decoded.value.status.code).toBe(statusCodes.forbidden);
  });
});
