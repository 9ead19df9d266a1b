import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RegisterRequest } from '../../common/contract/conversion';
import { createRouter } from '../http/routes';
import {
  createConversionRegisterService,
  DEFAULT_ERROR_MESSAGE,
  MODE_PATH,
  RECORDS_PATH,
  type ConversionRegisterOptions,
  type ConversionRegisterService,
} from './index';

interface Running {
  base: string;
  register: ConversionRegisterService['register'];
  close(): Promise<void>;
}

const running: Running[] = [];
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sim-conversion-register-'));
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((item) => item.close()));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function start(options: Partial<ConversionRegisterOptions> = {}): Promise<Running> {
  const { service, register } = createConversionRegisterService({ dataDir: null, ...options });
  const router = createRouter([service]);
  const server: Server = createServer((req, res) => {
    void router(req, res, new URL(req.url ?? '/', 'http://sim.invalid'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const item: Running = {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    register,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await register.close();
    },
  };
  running.push(item);
  return item;
}

let counter = 0;
function request(overrides: Partial<RegisterRequest> = {}): RegisterRequest {
  counter++;
  return {
    requestId: `req-${counter}-${Math.random().toString(36).slice(2)}`,
    direction: 'paperToElectronic',
    input: 'žádost Ing. Nováka o kácení dřevin ze dne 2. 11. 2026',
    inputDate: '2026-11-02',
    sheets: 3,
    person: 'Jana Dvořáková',
    feeCzk: null,
    exemption: 'konverze z moci úřední (§ 24 odst. 2 zákona č. 300/2008 Sb.)',
    pid: 'OUHLX1234567',
    convertedAt: '2026-11-03T09:15:00+01:00',
    ...overrides,
  };
}

async function post(base: string, body: unknown, raw = false) {
  const response = await fetch(`${base}${RECORDS_PATH}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: raw ? String(body) : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function setMode(base: string, body: unknown) {
  const response = await fetch(`${base}${MODE_PATH}`, {
    method: 'POST',
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const at = (iso: string) => () => new Date(iso);

describe('the simulated conversion register', () => {
  it('numbers a conversion and gives a repeated requestId the same number, never a second', async () => {
    const { base, register } = await start({ now: at('2026-11-03T08:20:00Z') });
    const first = request();
    const created = await post(base, first);
    expect(created).toEqual({
      status: 201,
      body: { number: '000001-2026-hl7q2ab', registeredAt: '2026-11-03T08:20:00.000Z' },
    });
    const again = await post(base, first);
    expect(again).toEqual({ status: 200, body: created.body });
    const next = await post(base, request({ direction: 'electronicToPaper' }));
    expect(next.body.number).toBe('000002-2026-hl7q2ab');
    expect(register.records().map((record) => record.number)).toEqual([
      '000001-2026-hl7q2ab',
      '000002-2026-hl7q2ab',
    ]);
  });

  it('answers concurrent requests of one requestId with one number', async () => {
    const { base, register } = await start();
    const same = request();
    const answers = await Promise.all([post(base, same), post(base, same), post(base, same)]);
    expect(new Set(answers.map((answer) => answer.body.number)).size).toBe(1);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 200, 201]);
    expect(register.records()).toHaveLength(1);
  });

  it('runs a sequence per year of office time (New Year in Prague, not in UTC)', async () => {
    let now = new Date('2026-12-31T22:59:59Z');
    const { base } = await start({ now: () => now, officeCode: 'ab12cd3' });
    expect((await post(base, request())).body.number).toBe('000001-2026-ab12cd3');
    expect((await post(base, request())).body.number).toBe('000002-2026-ab12cd3');
    now = new Date('2026-12-31T23:00:00Z');
    expect((await post(base, request())).body.number).toBe('000001-2027-ab12cd3');
    const listed = await fetch(`${base}${RECORDS_PATH}?year=2026`);
    const body = (await listed.json()) as { records: { number: string; request: unknown }[] };
    expect(body.records.map((record) => record.number)).toEqual([
      '000001-2026-ab12cd3',
      '000002-2026-ab12cd3',
    ]);
    expect(body.records[0]?.request).toMatchObject({ sheets: 3, person: 'Jana Dvořáková' });
    const all = (await (await fetch(`${base}${RECORDS_PATH}`)).json()) as { records: unknown[] };
    expect(all.records).toHaveLength(3);
    const badYear = await fetch(`${base}${RECORDS_PATH}?year=letos`);
    expect(badYear.status).toBe(422);
    expect(await badYear.json()).toEqual({
      code: 'invalidYear',
      message: 'Rok musí být čtyřmístné číslo, např. 2026.',
    });
  });

  it('keeps its records in the data dir: a restart continues the sequence and replays', async () => {
    const dataDir = join(dir, 'persist');
    const first = await start({ dataDir, now: at('2026-05-05T10:00:00Z') });
    const kept = request();
    expect((await post(first.base, kept)).body.number).toBe('000001-2026-hl7q2ab');
    expect((await post(first.base, request())).body.number).toBe('000002-2026-hl7q2ab');
    await first.close();
    running.splice(running.indexOf(first), 1);
    const second = await start({ dataDir, now: at('2026-05-06T10:00:00Z') });
    expect(await post(second.base, kept)).toEqual({
      status: 200,
      body: { number: '000001-2026-hl7q2ab', registeredAt: '2026-05-05T10:00:00.000Z' },
    });
    expect((await post(second.base, request())).body.number).toBe('000003-2026-hl7q2ab');
  });

  it.each([
    ['no sheets', { sheets: undefined }, 'Neplatná žádost: chybí počet listů.'],
    [
      '0 sheets and no person',
      { sheets: 0, person: '  ' },
      'Neplatná žádost: chybný údaj: počet listů; chybný údaj: osoba, která konverzi provedla.',
    ],
    [
      'a fee and an exemption',
      { feeCzk: 90 },
      'Neplatná žádost: uveďte buď poplatek, nebo důvod osvobození od poplatku (právě jedno z nich).',
    ],
    ['an unknown field', { stamp: 'ano' }, 'Neplatná žádost: neznámé údaje „stamp“.'],
    [
      'a wrong direction',
      { direction: 'sideways' },
      'Neplatná žádost: chybný údaj: směr konverze.',
    ],
  ] as const)(
    'refuses a request with %s: 422 and a Czech reason',
    async (_name, change, message) => {
      const { base, register } = await start();
      const body = { ...request(), ...change } as Record<string, unknown>;
      const answer = await post(base, body);
      expect(answer).toEqual({ status: 422, body: { code: 'invalidRequest', message } });
      expect(register.records()).toEqual([]);
    },
  );

  it('refuses a body that is not JSON or not an object, and one that is too large', async () => {
    const { base } = await start();
    expect(await post(base, '{"requestId": ', true)).toEqual({
      status: 422,
      body: {
        code: 'invalidRequest',
        message: 'Neplatná žádost: tělo žádosti není JSON.',
      },
    });
    expect(await post(base, [1, 2])).toEqual({
      status: 422,
      body: {
        code: 'invalidRequest',
        message: 'Neplatná žádost: žádost není objekt JSON s údaji o konverzi.',
      },
    });
    const huge = await post(base, request({ input: 'x'.repeat(70_000) }));
    expect(huge).toEqual({
      status: 413,
      body: { code: 'invalidRequest', message: 'Žádost pro evidenci konverzí je příliš velká.' },
    });
  });

  it('refuses a requestId used again with other data (409), without a second number', async () => {
    const { base, register } = await start();
    const first = request();
    await post(base, first);
    const changed = await post(base, { ...first, sheets: 4 });
    expect(changed).toEqual({
      status: 409,
      body: {
        code: 'conflict',
        message:
          'Žádost s tímto identifikátorem už byla zapsána s jinými údaji; druhé číslo se nepřiděluje.',
      },
    });
    expect(register.records()).toHaveLength(1);
  });

  it('is switched down (503) and to errors (500 with a Czech reason) and back up', async () => {
    const { base, register } = await start();
    expect(await setMode(base, { mode: 'down' })).toEqual({ status: 200, body: { mode: 'down' } });
    expect(await post(base, request())).toEqual({
      status: 503,
      body: { code: 'unavailable', message: 'Evidence konverzí je mimo provoz.' },
    });
    await setMode(base, { mode: 'error' });
    expect(await post(base, request())).toEqual({
      status: 500,
      body: { code: 'registerError', message: DEFAULT_ERROR_MESSAGE },
    });
    await setMode(base, { mode: 'error', message: 'Pracoviště nemá oprávnění ke konverzi.' });
    expect((await post(base, request())).body.message).toBe(
      'Pracoviště nemá oprávnění ke konverzi.',
    );
    expect(register.records()).toEqual([]);
    expect(await setMode(base, { mode: 'sometimes' })).toEqual({
      status: 400,
      body: {
        code: 'badMode',
        message: 'Režim musí být jeden z: up, down, error (a zpráva, je-li, text).',
      },
    });
    await setMode(base, { mode: 'up' });
    expect(register.mode).toBe('up');
    expect((await post(base, request())).status).toBe(201);
    expect(register.requests).toBe(4);
  });
});
