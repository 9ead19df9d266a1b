import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeResponse, soapBodyXml } from '../../../common/isds/codec';
import {
  operationNames,
  operationServices,
  type Answer,
  type OperationName,
} from '../../../common/isds/operations';
import { sampleRequestCases, sampleResponseCases } from '../../../common/isds/testing/messages';
import {
  SAMPLE_DM_ID,
  sampleOutgoingMessage,
  sampleRecord,
} from '../../../common/isds/testing/samples';
import { validateXml } from '../../../scripts/testing/xmllint';
import { SoapTransport } from '../essl/transport';
import { startSoapServer, type TestServer } from '../essl/testing/soapServer';
import { AccountQueue } from './accountQueue';
import { IsdsError } from './errors';
import { IsdsClient, type IsdsExchangeHook } from './isdsClient';
import { OK, scriptedIsds, status } from './testing/fakeIsds';
import { schemaOfOperation } from './testing/schemas';

const USER = 'obecuser';
const PASSWORD = 'Heslo-Do-Schranky-1';

let server: TestServer;
let base: string;

beforeAll(async () => {
  server = await startSoapServer({ path: '' });
  base = `${server.url}/DS`;
});
afterAll(() => server.close());

interface Built {
  client: IsdsClient;
  sent: Array<{ op: OperationName; xml: string }>;
}

function build(
  options: { user?: string; queue?: AccountQueue; busyDelaysMs?: number[]; url?: string } = {},
): Built {
  const sent: Built['sent'] = [];
  const onExchange: IsdsExchangeHook = (op, xml) => sent.push({ op, xml });
  const user = options.user ?? USER;
  const url = options.url ?? base;
  const client = new IsdsClient({
    transport: new SoapTransport({
      url,
      user,
      password: PASSWORD,
      responseTimeoutMs: 2_000,
      connectTimeoutMs: 2_000,
      env: {},
    }),
    accountKey: `${url}\n${user}`,
    queue: options.queue ?? new AccountQueue(),
    onExchange,
    busyDelaysMs: options.busyDelaysMs ?? [5, 5, 5],
  });
  return { client, sent };
}

async function failure(promise: Promise<unknown>): Promise<IsdsError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof IsdsError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

function firstOk<O extends OperationName>(op: O): Answer<O> {
  const found = sampleResponseCases().find(
    (item) => item.op === op && item.answer.status.code === '0000',
  );
  if (!found) throw new Error(`no OK sample for ${op}`);
  return found.answer as Answer<O>;
}

describe('every operation over HTTP', () => {
  it('sends each of the 17 operations to its service with HTTP Basic, valid against the schema', async () => {
    const script = Object.fromEntries(operationNames.map((op) => [op, () => firstOk(op)]));
    server.answer(scriptedIsds(script));
    const { client, sent } = build();
    const cases = sampleRequestCases();
    const before = server.requests.length;
    for (const op of operationNames) {
      const item = cases.find((candidate) => candidate.op === op);
      if (!item) throw new Error(`no request sample for ${op}`);
      const answer = await client.call(op, item.request as never);
      expect(answer.status.code, op).toBe('0000');
    }
    const received = server.requests.slice(before);
    expect(received.map((request) => request.url)).toEqual(
      operationNames.map((op) => `/DS/${operationServices[op]}`),
    );
    const basic = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;
    for (const request of received) {
      expect(request.headers.authorization).toBe(basic);
      expect(request.headers.soapaction).toBe('""');
    }
    expect(sent.map((item) => item.op)).toEqual(operationNames);
    const problems: string[] = [];
    for (const item of sent) {
      const result = await validateXml(soapBodyXml(item.xml), schemaOfOperation(item.op));
      if (!result.valid) problems.push(`${item.op}: ${result.errors.join('; ')}`);
    }
    expect(problems).toEqual([]);
    client.close();
  });

  it('reads the typed answers, and the statuses that mean "nothing"', async () => {
    server.answer(
      scriptedIsds({
        GetListOfReceivedMessages: () => ({ status: status('0002'), data: { records: [] } }),
        GetListOfSentMessages: () => ({ status: OK, data: { records: [sampleRecord(1)] } }),
        GetDeliveryInfo: () => ({ status: status('1222'), data: { delivery: null } }),
        CheckDataBox: () => ({ status: status('5001'), data: { dbState: null } }),
        CreateMessage: () => ({ status: OK, data: { dmID: '900001' } }),
        MessageEnvelopeDownload: () => ({
          status: status('1211', 'Zpráva neexistuje.'),
          data: { envelope: null },
        }),
        SignedMessageDownload: () => ({ status: OK, data: { dmSignature: null } }),
      }),
    );
    const { client } = build();
    const query = {
      dmFromTime: null,
      dmToTime: null,
      dmStatusFilter: -1,
      dmOffset: null,
      dmLimit: null,
    };
    expect(await client.listReceived(query)).toEqual([]);
    expect(await client.listSent(query)).toHaveLength(1);
    expect(await client.deliveryInfo(SAMPLE_DM_ID)).toBeNull();
    expect(await client.checkDataBox('k2m4pq9')).toBe(0);
    expect(await client.createMessage(sampleOutgoingMessage())).toBe('900001');

    const refused = await failure(client.envelope(SAMPLE_DM_ID));
    expect(refused.kind).toBe('status');
    expect(refused.params).toMatchObject({
      kind: 'status',
      retryable: 'no',
      operation: 'MessageEnvelopeDownload',
      statusCode: '1211',
      description: 'Zpráva neexistuje.',
    });
    expect(refused.toServiceError().code).toBe('errors.isds.status');

    const noSignature = await failure(client.signedMessage(SAMPLE_DM_ID));
    expect(noSignature.kind).toBe('invalid');
    expect(noSignature.operation).toBe('SignedMessageDownload');
    client.close();
  });
});

describe('one request at a time per account', () => {
  it('never has two requests of an account on the wire, but lets other accounts run', async () => {
    let running = 0;
    let most = 0;
    const order: string[] = [];
    const slow = scriptedIsds({ DummyOperation: () => firstOk('DummyOperation') });
    server.answer(async (request, response) => {
      const user = Buffer.from(
        (request.headers.authorization ?? '').replace(/^Basic /, ''),
        'base64',
      )
        .toString()
        .split(':')[0];
      running++;
      most = Math.max(most, running);
      order.push(`start ${user}`);
      await new Promise((resolve) => setTimeout(resolve, 60));
      order.push(`end ${user}`);
      running--;
      await slow(request, response);
    });
    const queue = new AccountQueue();
    const first = build({ queue });
    // A second client of the same account (another box set up with the same login).
    const second = build({ queue });
    await Promise.all([first.client.dummy(), second.client.dummy(), first.client.dummy()]);
    expect(most).toBe(1);
    expect(order).toEqual([
      'start obecuser',
      'end obecuser',
      'start obecuser',
      'end obecuser',
      'start obecuser',
      'end obecuser',
    ]);

    most = 0;
    const other = build({ queue, user: 'skolauser' });
    await Promise.all([first.client.dummy(), other.client.dummy()]);
    expect(most).toBe(2);
    expect(queue.busyAccounts).toBe(0);
    for (const built of [first, second, other]) built.client.close();
  });

  it('goes on with the next request after a failed one', async () => {
    let calls = 0;
    const ok = scriptedIsds({ DummyOperation: () => firstOk('DummyOperation') });
    server.answer((request, response) => {
      calls++;
      if (calls === 1) {
        response.writeHead(401, { 'Content-Type': 'text/html' });
        response.end('<html><body>Unauthorized</body></html>');
        return;
      }
      return ok(request, response);
    });
    const { client } = build();
    const results = await Promise.allSettled([client.dummy(), client.dummy()]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'fulfilled']);
    client.close();
  });
});

describe('3009: another request of the account is running', () => {
  it('waits and asks again', async () => {
    let calls = 0;
    server.answer((request, response) => {
      calls++;
      const answer =
        calls < 3
          ? { status: status('3009', 'Souběžný požadavek.'), data: { owner: null } }
          : firstOk('GetOwnerInfoFromLogin');
      return scriptedIsds({ GetOwnerInfoFromLogin: () => answer })(request, response);
    });
    const { client } = build({ busyDelaysMs: [5, 5, 5] });
    const owner = await client.ownerInfo();
    expect(owner?.dbID).toBeTruthy();
    expect(calls).toBe(3);
    client.close();
  });

  it('gives up as busy (retryable) when it persists', async () => {
    let calls = 0;
    server.answer((request, response) => {
      calls++;
      return scriptedIsds({
        DummyOperation: () => ({ status: status('3009'), data: {} }),
      })(request, response);
    });
    const { client } = build({ busyDelaysMs: [1, 2, 3] });
    const error = await failure(client.dummy());
    expect(error.kind).toBe('busy');
    expect(error.retryable).toBe(true);
    expect(error.params).toMatchObject({
      kind: 'busy',
      retryable: 'yes',
      operation: 'DummyOperation',
    });
    expect(calls).toBe(4);
    client.close();
  });
});

describe('failures', () => {
  it('a wrong password (HTML 401 as the real ISDS answers) is an auth error in Czech', async () => {
    server.answer((_request, response) => {
      response.writeHead(401, {
        'Content-Type': 'text/html; charset=utf-8',
        'WWW-Authenticate': 'Basic realm="ISDS"',
      });
      response.end('<!DOCTYPE html><html><body><h1>401 Unauthorized</h1></body></html>');
    });
    const { client } = build();
    const error = await failure(client.dummy());
    expect(error.kind).toBe('auth');
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(/^Přihlášení do datové schránky selhalo/);
    expect(error.params).toMatchObject({ httpStatus: 401, operation: 'DummyOperation' });
    expect(error.toServiceError().code).toBe('errors.isds.auth');
    client.close();
  });

  it('an HTML page with 200 is an auth error too', async () => {
    server.answer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html' });
      response.end('<html><head><title>Přihlášení</title></head><body>login</body></html>');
    });
    const { client } = build();
    expect((await failure(client.dummy())).kind).toBe('auth');
    client.close();
  });

  it('a redirect is an auth error, not followed', async () => {
    const before = server.requests.length;
    server.answer((_request, response) => {
      response.writeHead(302, { Location: 'https://login.example/sso?ticket=secret' });
      response.end();
    });
    const { client } = build();
    const error = await failure(client.dummy());
    expect(error.kind).toBe('auth');
    expect(error.detail).not.toContain('secret');
    expect(server.requests.length - before).toBe(1);
    client.close();
  });

  it('an XML bomb is malformed and never expanded', async () => {
    const bomb = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">',
      '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">',
      '<!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>',
      '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>',
      '<DummyOperationResponse xmlns="http://isds.czechpoint.cz/v20"><dmStatus><dmStatusCode>&lol9;</dmStatusCode>',
      '<dmStatusMessage>x</dmStatusMessage></dmStatus></DummyOperationResponse></soap:Body></soap:Envelope>',
    ].join('');
    server.answer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/xml' });
      response.end(bomb);
    });
    const { client } = build();
    const started = performance.now();
    const error = await failure(client.dummy());
    expect(error.kind).toBe('malformed');
    expect(performance.now() - started).toBeLessThan(1_000);
    client.close();
  });

  it('not XML at all is malformed; a SOAP Fault is malformed with its code', async () => {
    server.answer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/xml' });
      response.end('this is not xml');
    });
    const { client } = build();
    expect((await failure(client.dummy())).kind).toBe('malformed');

    server.answer((_request, response) => {
      response.writeHead(500, { 'Content-Type': 'text/xml' });
      response.end(
        '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault>' +
          '<faultcode>soap:Server</faultcode><faultstring>Interní chyba</faultstring></soap:Fault></soap:Body></soap:Envelope>',
      );
    });
    const fault = await failure(client.dummy());
    expect(fault.kind).toBe('malformed');
    expect(fault.statusCode).toBe('soap:Server');
    expect(fault.retryable).toBe(true);
    client.close();
  });

  it('the wrong response element is invalid', async () => {
    const { client } = build();
    // The server answers another operation than the one asked.
    server.answer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/xml; charset=utf-8' });
      response.end(encodeResponse('GetPasswordInfo', firstOk('GetPasswordInfo')));
    });
    const error = await failure(client.dummy());
    expect(error.kind).toBe('invalid');
    client.close();
  });

  it('a server that is down is a retryable transport error', async () => {
    const gone = await startSoapServer({ path: '' });
    const url = `${gone.url}/DS`;
    await gone.close();
    const { client } = build({ url });
    const error = await failure(client.dummy());
    expect(error.kind).toBe('transport');
    expect(error.retryable).toBe(true);
    expect(error.params.retryable).toBe('yes');
    expect(error.message).toContain('datových schránek');
    client.close();
  });

  it('HTTP 503 is a retryable transport error', async () => {
    server.answer((_request, response) => {
      response.writeHead(503);
      response.end();
    });
    const { client } = build();
    const error = await failure(client.dummy());
    expect(error).toMatchObject({ kind: 'transport', retryable: true, httpStatus: 503 });
    client.close();
  });

  it('an answer above the size cap is refused', async () => {
    server.answer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/xml' });
      response.end(`<x>${'a'.repeat(4096)}</x>`);
    });
    const transport = new SoapTransport({
      url: base,
      user: USER,
      password: PASSWORD,
      maxResponseBytes: 1024,
      env: {},
    });
    const client = new IsdsClient({ transport, accountKey: 'k', queue: new AccountQueue() });
    const error = await failure(client.dummy());
    expect(error.kind).toBe('malformed');
    expect(error.retryable).toBe(false);
    client.close();
  });
});
