import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RegisterRequest } from '../../../../common/contract/conversion';
import { startSim, type RunningSim } from '../../../../sim/server';
import { makeTestPki } from '../../essl/testing/certificates';
import { createRegisterClient, RECORDS_PATH } from './registerClient';
import { serviceFailure } from '../../testing/serviceFailure';

let sim: RunningSim;
/** As the app's handlers make it from the simulator's URL. */
const registerUrl = () => new URL('/conversion-register', sim.url).toString();

beforeAll(async () => {
  sim = await startSim({ documents: 10 });
});
afterAll(async () => {
  await sim.close();
});
beforeEach(async () => {
  await setMode({ mode: 'up' });
});

async function setMode(body: { mode: string; message?: string }) {
  const response = await fetch(`${sim.url}/conversion-register-admin/mode`, {
    method: 'POST',
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
}

let counter = 0;
function request(overrides: Partial<RegisterRequest> = {}): RegisterRequest {
  counter++;
  return {
    requestId: `client-${counter}-${Math.random().toString(36).slice(2)}`,
    direction: 'paperToElectronic',
    input: 'kupní smlouva manželů Svobodových ze dne 14. 10. 2026',
    inputDate: '2026-10-14',
    sheets: 4,
    person: 'Jana Dvořáková',
    feeCzk: 120,
    exemption: null,
    pid: 'OUHLX7654321',
    convertedAt: '2026-11-04T10:30:00+01:00',
    ...overrides,
  };
}

const recordsOf = (requestId: string) =>
  sim.conversionRegister.records().filter((record) => record.request.requestId === requestId);

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

async function withServer(handler: Handler, use: (base: string) => Promise<void>) {
  const server = createServer(handler);
  await listen(server);
  try {
    await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

function listen(server: Server): Promise<void> {
  return new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
}

function answer(status: number, body: string, type = 'application/json'): Handler {
  return (req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(status, { 'Content-Type': type });
      res.end(body);
    });
  };
}

describe('the conversion register client against the simulator', () => {
  it('gets the number the register gave, and the same one for the same request again', async () => {
    const client = createRegisterClient({ baseUrl: registerUrl() });
    const sent = request();
    const first = await client.request(sent);
    expect(first.number).toMatch(/^\d{6}-\d{4}-hl7q2ab$/);
    expect(Number.isNaN(Date.parse(first.registeredAt))).toBe(false);
    const [record] = recordsOf(sent.requestId);
    expect(record).toMatchObject({ number: first.number, request: sent });
    expect(await client.request(sent)).toEqual(first);
    expect(recordsOf(sent.requestId)).toHaveLength(1);
    const other = await client.request(request());
    expect(other.number).not.toBe(first.number);
  });

  it('retries a request whose answer was lost and gets the number given the first time', async () => {
    const sent = request();
    let lose = true;
    const losing = createRegisterClient({
      baseUrl: registerUrl(),
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        if (lose) {
          lose = false;
          await response.body?.cancel();
          throw Object.assign(new TypeError('fetch failed'), {
            cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
          });
        }
        return response;
      },
    });
    const lost = await serviceFailure(losing.request(sent));
    expect(lost.code).toBe('errors.conversionRegister.unreachable');
    expect(lost.message).toBe(
      'Evidence konverzí není dostupná (spojení přerušeno). Číslo konverze zatím nebylo přiděleno; o číslo lze požádat znovu později.',
    );
    expect(lost.params).toMatchObject({ retryable: 'yes', reason: 'spojení přerušeno' });
    const [given] = recordsOf(sent.requestId);
    const retried = await losing.request(sent);
    expect(retried.number).toBe(given?.number);
    expect(recordsOf(sent.requestId)).toHaveLength(1);
  });

  it('register down (503): unreachable, retryable, nothing recorded', async () => {
    await setMode({ mode: 'down' });
    const sent = request();
    const error = await serviceFailure(
      createRegisterClient({ baseUrl: registerUrl() }).request(sent),
    );
    expect(error.code).toBe('errors.conversionRegister.unreachable');
    expect(error.message).toBe(
      'Evidence konverzí není dostupná (HTTP 503). Číslo konverze zatím nebylo přiděleno; o číslo lze požádat znovu později.',
    );
    expect(error.params.retryable).toBe('yes');
    expect(recordsOf(sent.requestId)).toEqual([]);
  });

  it('register answering an error: refused with the register’s Czech reason', async () => {
    await setMode({ mode: 'error', message: 'Pracoviště nemá oprávnění provádět konverze.' });
    const error = await serviceFailure(
      createRegisterClient({ baseUrl: registerUrl() }).request(request()),
    );
    expect(error.code).toBe('errors.conversionRegister.refused');
    expect(error.message).toBe(
      'Evidence konverzí žádost odmítla. Důvod: Pracoviště nemá oprávnění provádět konverze.',
    );
    expect(error.params).toEqual({
      retryable: 'no',
      reason: 'Pracoviště nemá oprávnění provádět konverze.',
      code: 'registerError',
      httpStatus: 500,
    });
  });

  it('a request the register finds invalid: refused with its reason (422)', async () => {
    const invalid = { ...request(), sheets: 0 };
    const error = await serviceFailure(
      createRegisterClient({ baseUrl: registerUrl() }).request(invalid),
    );
    expect(error.code).toBe('errors.conversionRegister.refused');
    expect(error.message).toBe(
      'Evidence konverzí žádost odmítla. Důvod: Neplatná žádost: chybný údaj: počet listů.',
    );
    expect(error.params.httpStatus).toBe(422);
  });

  it('nothing listening: unreachable (connection refused)', async () => {
    const server = createServer();
    await listen(server);
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const error = await serviceFailure(
      createRegisterClient({ baseUrl: `http://127.0.0.1:${port}` }).request(request()),
    );
    expect(error.code).toBe('errors.conversionRegister.unreachable');
    expect(error.params.reason).toBe('spojení odmítnuto');
  });
});

describe('the conversion register client and other answers', () => {
  it('times out when the register does not answer', async () => {
    await withServer(
      (req) => req.resume(),
      async (base) => {
        const error = await serviceFailure(
          createRegisterClient({ baseUrl: base, timeoutMs: 300 }).request(request()),
        );
        expect(error.code).toBe('errors.conversionRegister.timeout');
        expect(error.message).toBe(
          'Evidence konverzí neodpověděla do 1 s. Číslo konverze zatím není známo; o číslo lze požádat znovu později (evidence stejné žádosti nepřidělí druhé číslo).',
        );
        expect(error.params.retryable).toBe('yes');
      },
    );
  });

  it.each([
    ['no number', 201, '{"registeredAt":"2026-11-04T10:31:00Z"}'],
    ['an empty number', 201, '{"number":"","registeredAt":"2026-11-04T10:31:00Z"}'],
    [
      'a number with blank ends',
      200,
      '{"number":" 12-2026 ","registeredAt":"2026-11-04T10:31:00Z"}',
    ],
    [
      'a number with a line break',
      200,
      '{"number":"12\\n2026","registeredAt":"2026-11-04T10:31:00Z"}',
    ],
    ['a number that is not text', 201, '{"number":12,"registeredAt":"2026-11-04T10:31:00Z"}'],
    ['no time', 201, '{"number":"000012-2026-hl7q2ab"}'],
    ['a time that is not one', 201, '{"number":"000012-2026-hl7q2ab","registeredAt":"včera"}'],
    ['not JSON', 201, '<html>Přihlášení</html>'],
    ['a redirect', 302, ''],
    ['a 404 page', 404, '<html>Nenalezeno</html>'],
    ['a 4xx without a reason', 400, '{"error":"bad"}'],
  ])('refuses an answer with %s: badAnswer, no number', async (_name, status, body) => {
    await withServer(answer(status, body), async (base) => {
      const error = await serviceFailure(
        createRegisterClient({ baseUrl: base }).request(request()),
      );
      expect(error.code).toBe('errors.conversionRegister.badAnswer');
      expect(error.message).toBe(
        'Evidence konverzí odpověděla nesrozumitelně, číslo konverze proto nelze použít. Zkuste to později, případně se obraťte na správce ORP.',
      );
    });
  });

  it('refuses an answer larger than any answer of the register', async () => {
    const big = JSON.stringify({
      number: '000012-2026-hl7q2ab',
      registeredAt: '2026-11-04T10:31:00Z',
      padding: 'x'.repeat(70_000),
    });
    await withServer(answer(201, big), async (base) => {
      const error = await serviceFailure(
        createRegisterClient({ baseUrl: base }).request(request()),
      );
      expect(error.code).toBe('errors.conversionRegister.badAnswer');
      expect(error.params.detail).toContain('over');
    });
  });

  it('a server error page without a reason is the register not answering', async () => {
    await withServer(
      answer(500, '<html>Internal Server Error</html>', 'text/html'),
      async (base) => {
        const error = await serviceFailure(
          createRegisterClient({ baseUrl: base }).request(request()),
        );
        expect(error.code).toBe('errors.conversionRegister.unreachable');
        expect(error.params.reason).toBe('HTTP 500');
      },
    );
  });

  it('posts the request as JSON below the gateway path of the base URL', async () => {
    const seen: { path?: string; type?: string; body?: unknown } = {};
    const sent = request();
    await withServer(
      (req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => {
          seen.path = req.url;
          seen.type = req.headers['content-type'];
          seen.body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
          res.writeHead(201, { 'Content-Type': 'application/json' });
          res.end('{"number":"K-7/2026","registeredAt":"2026-11-04T10:31:00+01:00","extra":1}');
        });
      },
      async (base) => {
        const got = await createRegisterClient({ baseUrl: `${base}/brana/` }).request(sent);
        expect(got).toEqual({ number: 'K-7/2026', registeredAt: '2026-11-04T10:31:00+01:00' });
      },
    );
    expect(seen).toEqual({ path: `/brana${RECORDS_PATH}`, type: 'application/json', body: sent });
  });

  it.each([
    ['no address', null],
    ['an empty address', '  '],
    ['not a URL', 'evidence konverzí'],
    ['another protocol', 'ftp://brana.orp.example'],
    ['credentials in the URL', 'https://user:heslo@brana.orp.example'],
  ])('is not configured with %s', async (_name, baseUrl) => {
    let called = false;
    const client = createRegisterClient({
      baseUrl,
      fetch: () => {
        called = true;
        return Promise.reject(new Error('not to be called'));
      },
    });
    const error = await serviceFailure(client.request(request()));
    expect(error.code).toBe('errors.conversionRegister.notConfigured');
    expect(error.message).toBe(
      'Adresa evidence konverzí není nastavena nebo je chybná. Doplňte ji v Nastavení → Konverze.',
    );
    expect(called).toBe(false);
  });

  it('never accepts a server certificate Node does not trust', async () => {
    const pki = makeTestPki();
    let reached = false;
    const server = createHttpsServer({ key: pki.serverKey, cert: pki.serverCert }, (req, res) => {
      reached = true;
      answer(201, '{"number":"000001-2026-hl7q2ab","registeredAt":"2026-11-04T10:31:00Z"}')(
        req,
        res,
      );
    });
    await listen(server);
    try {
      const { port } = server.address() as AddressInfo;
      const error = await serviceFailure(
        createRegisterClient({ baseUrl: `https://127.0.0.1:${port}` }).request(request()),
      );
      expect(error.code).toBe('errors.conversionRegister.unreachable');
      expect(error.params.reason).toBe('certifikát serveru evidence není důvěryhodný');
      expect(reached).toBe(false);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
