import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Handlers } from '../../../common/contract/api';
import { dispatch } from '../../../common/contract/dispatch';
import type { MethodName } from '../../../common/contract/methods';
import type { AppConfig, AppInfo } from '../../../common/contract/types';
import { encodeFault, encodeResponse } from '../../../common/erms/codec';
import {
  sampleCaseFileProfile,
  sampleDocumentProfile,
  sampleEvents,
  sampleFileContent,
  sampleId,
  sampleNewCaseFile,
  sampleNewDocument,
} from '../../../common/erms/testing/samples';
import { ConfigStore, defaultConfig } from '../config/configStore';
import { MemoryCredentials } from '../credentials/testing/memoryCredentials';
import { createMemoryLogger } from '../log/logger';
import { createEsslHandlers } from './handlers';
import { createClientFactory } from './session';
import { OK, scriptedEssl, type Script } from './testing/fakeEssl';
import { soapAnswer, startSoapServer, type Answer, type TestServer } from './testing/soapServer';

const PASSWORD = 'Tajne-Heslo-42!';
const DEMO_PASSWORD = 'demo-Heslo-7x';

let essl: TestServer;
let dataDir: string;
let base: string;

beforeAll(async () => {
  essl = await startSoapServer();
  base = essl.url.replace(/\/erms$/, '');
});
afterAll(() => essl.close());

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'essl-handlers-'));
  essl.requests.length = 0;
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function setup(
  config: Partial<AppConfig>,
  options: { password?: string | null; simUrl?: string | null } = {},
) {
  const logger = createMemoryLogger();
  const store = new ConfigStore(join(dataDir, 'config.json'), logger);
  await store.update({ ...defaultConfig, ...config });
  const credentials = new MemoryCredentials();
  if (options.password !== null) await credentials.store('essl', options.password ?? PASSWORD);
  const info: AppInfo = {
    version: '0',
    platform: 'web',
    demo: config.mode === 'demo',
    dataDir,
    simUrl: options.simUrl ?? null,
  };
  const handlers = createEsslHandlers({
    info,
    config: store,
    credentials,
    logger,
    createClient: createClientFactory({ env: {}, responseTimeoutMs: 2_000 }),
  });
  const call = <M extends MethodName>(name: M, args: unknown) =>
    dispatch(handlers as unknown as Handlers, name, args, logger);
  return { handlers, call, logger, store, credentials };
}

const custom = (): Partial<AppConfig> => ({
  mode: 'custom',
  esslUrl: essl.url,
  esslUser: 'novakova',
});

function answer(script: Script): void {
  essl.answer(scriptedEssl(script));
}

function basicOf(index: number): string {
  const header = essl.requests[index]?.headers.authorization ?? '';
  return Buffer.from(header.replace(/^Basic /, ''), 'base64').toString('utf8');
}

describe('essl.* handlers: connection and secrets', () => {
  it('refuses to call when the connection is not set up, saying so', async () => {
    const { call } = await setup({ mode: 'custom', esslUrl: null, esslUser: null });
    expect(await call('essl.test', {})).toEqual({
      ok: false,
      error: {
        code: 'errors.essl.config',
        message: expect.stringContaining('Nastavení → Připojení'),
        params: { kind: 'config', retryable: 'no' },
      },
    });
    const noPassword = await setup(custom(), { password: null });
    expect(await noPassword.call('essl.test', {})).toMatchObject({
      ok: false,
      error: { code: 'errors.essl.config' },
    });
    expect(essl.requests).toHaveLength(0);
  });

  it('logs in with the stored password, and neither results nor the log ever contain it', async () => {
    answer({ WsTest: (request) => ({ testId: request.testId, status: OK }) });
    const { call, logger } = await setup(custom());
    const test = await call('essl.test', {});
    expect(test).toMatchObject({ ok: true, value: { url: essl.url } });
    expect(basicOf(0)).toBe(`novakova:${PASSWORD}`);

    const account = await call('essl.account', {});
    expect(account).toEqual({
      ok: true,
      value: {
        url: essl.url,
        user: 'novakova',
        systemCode: 'ESSL',
        passwordStored: true,
        demo: false,
      },
    });

    essl.answer((_request, response) => {
      response.writeHead(401);
      response.end();
    });
    const refused = await call('essl.test', {});
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'errors.essl.auth',
        params: { kind: 'auth', retryable: 'no', httpStatus: 401 },
      },
    });
    const everything = JSON.stringify([test, account, refused, logger.entries]);
    expect(logger.entries.some((entry) => entry.message === 'essl: call failed')).toBe(true);
    expect(everything).not.toContain(PASSWORD);
    expect(everything).not.toContain(Buffer.from(`novakova:${PASSWORD}`).toString('base64'));
  });

  it('keeps one connection across calls and starts a new client when the password changes', async () => {
    answer({ WsTest: (request) => ({ testId: request.testId, status: OK }) });
    const { call, credentials } = await setup(custom());
    const connectionsBefore = essl.connections();
    for (let round = 0; round < 3; round++) await call('essl.test', {});
    expect(essl.connections() - connectionsBefore).toBe(1);

    await credentials.store('essl', 'nove-heslo');
    await call('essl.test', {});
    expect(basicOf(3)).toBe('novakova:nove-heslo');
    expect(essl.connections() - connectionsBefore).toBe(2);
  });

  it('in the demo logs in with the simulator’s first eSSL account, fetched once', async () => {
    let accountFetches = 0;
    const soap = scriptedEssl({ WsTest: (request) => ({ testId: request.testId, status: OK }) });
    const demoSim: Answer = (request, response) => {
      if (request.method === 'GET' && request.url === '/demo/accounts') {
        accountFetches++;
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.end(
          JSON.stringify({
            essl: [
              { username: 'jdvorakova', password: DEMO_PASSWORD, name: 'Jana Dvořáková' },
              { username: 'pnovak', password: 'jine', name: 'Petr Novák' },
            ],
            isds: [],
          }),
        );
        return;
      }
      return soap(request, response);
    };
    essl.answer(demoSim);
    const { call, logger } = await setup({ mode: 'demo' }, { password: null, simUrl: base });
    expect(await call('essl.account', {})).toEqual({
      ok: true,
      value: {
        url: `${base}/erms`,
        user: 'jdvorakova',
        systemCode: 'ESSL',
        passwordStored: true,
        demo: true,
      },
    });
    expect(await call('essl.test', {})).toMatchObject({ ok: true });
    await call('essl.test', {});
    const soapRequests = essl.requests.filter((request) => request.method === 'POST');
    expect(soapRequests[0]?.body).toContain('<provedlKdo>jdvorakova</provedlKdo>');
    expect(basicOf(essl.requests.indexOf(soapRequests[0] as never))).toBe(
      `jdvorakova:${DEMO_PASSWORD}`,
    );
    expect(accountFetches).toBe(1);
    expect(JSON.stringify(logger.entries)).not.toContain(DEMO_PASSWORD);
  });

  it('in the demo without a simulator says the demo eSSL is not running', async () => {
    const { call } = await setup({ mode: 'demo' }, { password: null, simUrl: null });
    expect(await call('essl.test', {})).toMatchObject({
      ok: false,
      error: {
        code: 'errors.essl.config',
        message: expect.stringContaining('Ukázková eSSL neběží'),
      },
    });
    expect(await call('essl.account', {})).toMatchObject({
      ok: true,
      value: { url: null, user: null, demo: true, passwordStored: false },
    });
  });
});

describe('essl.* handlers: arguments are checked before anything is sent', () => {
  const tooMany = <T>(count: number, make: () => T) => Array.from({ length: count }, make);
  it.each<[MethodName, unknown]>([
    ['essl.listAssigned', { kind: null, changedSince: null, from: 1, count: 101 }],
    ['essl.listAssigned', { kind: 'spis', changedSince: null, from: 1, count: 10 }],
    ['essl.listAssigned', { kind: null, changedSince: 'včera', from: 1, count: 10 }],
    ['essl.codeList', { listId: '' }],
    ['essl.reserveNumbers', { requestId: 'r', register: 'documents', year: 2026, count: 0 }],
    [
      'essl.createDocuments',
      { items: tooMany(51, () => ({ document: sampleNewDocument(), preceding: [] })) },
    ],
    ['essl.createDocuments', { items: [] }],
    [
      'essl.createDocuments',
      { items: [{ document: { ...sampleNewDocument(), title: 'x'.repeat(101) }, preceding: [] }] },
    ],
    ['essl.sendEvents', { events: tooMany(201, () => sampleEvents()[4]) }],
    ['essl.sendEvents', { events: [{ ...sampleEvents()[4], eventId: 'abc' }] }],
    ['essl.documentProfiles', { ids: tooMany(101, () => sampleId('uradx7k2m9')) }],
    ['essl.caseFileProfile', { id: { value: 'x', source: 'PRILIS-DLOUHY' } }],
    ['essl.file', { id: sampleId('a'), extra: true }],
    ['essl.takeDocument', {}],
  ])('%s refuses %j', async (name, args) => {
    const { call } = await setup(custom());
    expect(await call(name, args)).toMatchObject({
      ok: false,
      error: { code: 'errors.invalidArguments' },
    });
    expect(essl.requests).toHaveLength(0);
  });
});

describe('essl.* handlers: batches', () => {
  it('createDocuments goes in order, carries on after a refusal and stops at a retryable failure', async () => {
    let calls = 0;
    const soap = scriptedEssl({
      DokumentZalozeni: (request) => ({
        document: { ...sampleDocumentProfile(), id: request.document.id },
        status: OK,
      }),
    });
    essl.answer((request, response) => {
      calls++;
      if (calls === 2)
        return soapAnswer(
          encodeResponse('DokumentZalozeni', {
            document: null,
            status: { code: '0003', description: 'Dokument je ve výhradní správě jiného systému.' },
          }),
        )(request, response);
      if (calls === 3)
        return soapAnswer('<html><body>Service Unavailable</body></html>', 503)(request, response);
      return soap(request, response);
    });
    const { call } = await setup(custom());
    const items = ['doc0000001', 'doc0000002', 'doc0000003', 'doc0000004'].map((value) => ({
      document: { ...sampleNewDocument(), id: sampleId(value) },
      preceding: [],
    }));
    const outcome = await call('essl.createDocuments', { items });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const { results } = outcome.value;
    expect(results).toHaveLength(3);
    expect(results[0]).toMatchObject({ ok: true, profile: { id: sampleId('doc0000001') } });
    expect(results[1]).toMatchObject({
      ok: false,
      error: {
        code: 'errors.essl.status',
        params: {
          kind: 'status',
          retryable: 'no',
          statusCode: '0003',
          description: 'Dokument je ve výhradní správě jiného systému.',
        },
      },
    });
    expect(results[2]).toMatchObject({
      ok: false,
      error: { code: 'errors.essl.transport', params: { retryable: 'yes', httpStatus: 503 } },
    });
    expect(essl.requests).toHaveLength(3);
    expect(essl.requests.map((request) => request.body.match(/doc000000\d/)?.[0])).toEqual([
      'doc0000001',
      'doc0000002',
      'doc0000003',
    ]);
  });

  it('createDocuments stops at a login failure', async () => {
    essl.answer((_request, response) => {
      response.writeHead(401);
      response.end();
    });
    const { call } = await setup(custom());
    const items = [sampleNewDocument(), sampleNewDocument()].map((document) => ({
      document,
      preceding: [],
    }));
    const outcome = await call('essl.createDocuments', { items });
    expect(outcome).toMatchObject({
      ok: true,
      value: { results: [{ ok: false, error: { code: 'errors.essl.auth' } }] },
    });
    expect(essl.requests).toHaveLength(1);
  });

  it('documentProfiles fetches a few at a time and answers in the order asked', async () => {
    let inFlight = 0;
    let most = 0;
    const soap = scriptedEssl({
      ProfilDokumentuZadost: (request) =>
        request.id.value === 'doc0000004'
          ? { document: null, status: { code: '0002', description: 'Dokument nebyl nalezen.' } }
          : { document: { ...sampleDocumentProfile(), id: request.id }, status: OK },
    });
    essl.answer((request, response) => {
      inFlight++;
      most = Math.max(most, inFlight);
      setTimeout(() => {
        inFlight--;
        void soap(request, response);
      }, 25);
    });
    const { call } = await setup(custom());
    const ids = Array.from({ length: 15 }, (_, index) =>
      sampleId(`doc${String(index).padStart(7, '0')}`),
    );
    const outcome = await call('essl.documentProfiles', { ids });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.results.map((result) => result.id)).toEqual(ids);
    outcome.value.results.forEach((result, index) => {
      if (index === 4)
        expect(result).toMatchObject({ ok: false, error: { params: { statusCode: '0002' } } });
      else expect(result).toMatchObject({ ok: true, profile: { id: ids[index] } });
    });
    expect(most).toBeGreaterThan(1);
    expect(most).toBeLessThanOrEqual(6);
  });

  it('documentProfiles starts no more reads after the eSSL became unreachable', async () => {
    essl.answer(soapAnswer('<html><body>Bad Gateway</body></html>', 502));
    const { call } = await setup(custom());
    const ids = Array.from({ length: 40 }, (_, index) =>
      sampleId(`doc${String(index).padStart(7, '0')}`),
    );
    const outcome = await call('essl.documentProfiles', { ids });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.results.length).toBeLessThanOrEqual(6);
    expect(outcome.value.results.every((result) => !result.ok)).toBe(true);
    expect(essl.requests.length).toBe(outcome.value.results.length);
  });
});

describe('essl.* handlers: single calls', () => {
  it('file returns the bytes, its type and name', async () => {
    answer({ SouborZadost: () => ({ file: sampleFileContent(), status: OK }) });
    const { call } = await setup(custom());
    const outcome = await call('essl.file', { id: sampleId('uradf00010') });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const { bytes, mime, name, id } = outcome.value;
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(bytes).toString('base64')).toBe(sampleFileContent().base64);
    expect(new TextDecoder().decode(bytes.subarray(0, 8))).toBe('%PDF-1.7');
    expect({ mime, name, id }).toEqual({
      mime: 'application/pdf',
      name: 'odpověď – podepsaná.pdf',
      id: sampleId('uradf00010'),
    });
  });

  it('a refused operation arrives as errors.essl.status with the eSSL’s text', async () => {
    answer({
      ProfilSpisuZadost: () => ({
        caseFile: null,
        status: { code: '0002', description: 'Spis nebyl nalezen.' },
      }),
    });
    const { call } = await setup(custom());
    expect(await call('essl.caseFileProfile', { id: sampleId('spis000042') })).toEqual({
      ok: false,
      error: {
        code: 'errors.essl.status',
        message: 'eSSL operaci odmítla: Spis nebyl nalezen. (kód 0002).',
        params: {
          kind: 'status',
          retryable: 'no',
          operation: 'ProfilSpisuZadost',
          statusCode: '0002',
          description: 'Spis nebyl nalezen.',
        },
      },
    });
  });

  it('a soap:Server fault is retryable across the contract', async () => {
    essl.answer(soapAnswer(encodeFault('soap:Server', 'Databáze je přetížená'), 500));
    const { call } = await setup(custom());
    expect(await call('essl.codeLists', {})).toMatchObject({
      ok: false,
      error: {
        code: 'errors.essl.fault',
        params: {
          kind: 'fault',
          retryable: 'yes',
          statusCode: 'soap:Server',
          description: 'Databáze je přetížená',
        },
      },
    });
  });

  it('the other calls pass their results through', async () => {
    const profile = sampleDocumentProfile();
    answer({
      SpisZalozeni: () => ({ caseFile: sampleCaseFileProfile(), status: OK }),
      Udalosti: (request) => ({
        outcomes: request.events.map((event, index) => ({
          eventId: event.eventId,
          order: index + 1,
          status: OK,
        })),
      }),
      PrideleneSeznam: () => ({ entries: [], status: OK }),
      DokumentPostoupeniZadost: () => ({ document: profile, status: OK }),
      DokumentVraceniZadost: () => ({ document: profile, status: OK }),
      CiselnikySeznam: () => ({
        lists: [{ id: 'SpisovyPlan', name: 'Spisový plán', itemCount: null, changedAt: null }],
      }),
      CiselnikZadost: (request) => ({
        listId: request.listId,
        items: [],
        reserved: [],
        status: OK,
      }),
    });
    const { call } = await setup(custom());
    expect(await call('essl.createCaseFile', { caseFile: sampleNewCaseFile() })).toMatchObject({
      ok: true,
    });
    expect(await call('essl.sendEvents', { events: sampleEvents() })).toMatchObject({
      ok: true,
      value: { outcomes: expect.any(Array) },
    });
    expect(
      await call('essl.listAssigned', { kind: null, changedSince: null, from: 1, count: 50 }),
    ).toMatchObject({
      ok: true,
      value: { entries: [] },
    });
    expect(await call('essl.takeDocument', { id: profile.id })).toMatchObject({
      ok: true,
      value: profile,
    });
    expect(await call('essl.returnDocument', { id: profile.id })).toMatchObject({
      ok: true,
      value: profile,
    });
    expect(await call('essl.codeList', { listId: 'SpisovyPlan' })).toEqual({
      ok: true,
      value: { items: [] },
    });
    expect(
      await call('essl.reserveNumbers', {
        requestId: 'r-9',
        register: 'documents',
        year: 2026,
        count: 5,
      }),
    ).toEqual({ ok: true, value: { numbers: null } });
  });
});
