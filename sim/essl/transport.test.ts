import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeResponse, encodeRequest } from '../../common/erms/codec';
import type { OperationName } from '../../common/erms/operations';
import type { RunningSim } from '../server';
import type { EsslAccount } from './accounts';
import { MAX_BODY_BYTES } from './constants';
import { TEST_ROUTE, authOf, basic, call, postErms, soapHeaders } from './testing/client';
import { newDocument, startTestSim, usersOf } from './testing/fixture';

let sim: RunningSim;
let clerk: EsslAccount;
const exchanges: Array<{ op: OperationName | null; requestXml: string; responseXml: string }> = [];

beforeAll(async () => {
  sim = await startTestSim({
    onExchange: (op, requestXml, responseXml) => exchanges.push({ op, requestXml, responseXml }),
  });
  ({ clerk } = usersOf(sim));
});
afterAll(async () => {
  await sim.close();
});

function wsTestXml(login: EsslAccount): string {
  return encodeRequest('WsTest', TEST_ROUTE, { testId: '1', auth: authOf(login) });
}

/** The SOAP Fault a reply carries, or a thrown error. */
function faultOf(text: string): { faultCode: string; faultString: string } {
  const decoded = decodeResponse('WsTest', text);
  if (decoded.ok || decoded.failure.kind !== 'fault') {
    throw new Error(`expected a SOAP Fault, got ${text.slice(0, 200)}`);
  }
  return decoded.failure;
}

describe('login', () => {
  it('refuses a wrong password or no login with 401 and a Basic challenge', async () => {
    for (const authorization of [basic({ username: clerk.username, password: 'spatne' }), null]) {
      const headers = soapHeaders(clerk, 'WsTest');
      if (authorization) headers.Authorization = authorization;
      else delete headers.Authorization;
      const reply = await postErms(sim.url, wsTestXml(clerk), headers);
      expect(reply.status).toBe(401);
      expect(reply.headers.get('www-authenticate')).toMatch(/^Basic realm="eSSL"/);
    }
  });

  it('lets every generated account in', async () => {
    for (const account of sim.essl.accounts()) {
      const reply = await call(sim.url, account, 'WsTest', { testId: 'x', auth: authOf(account) });
      expect(reply.status).toBe(200);
    }
  });

  it('serves the demo accounts, the clerk first', async () => {
    const response = await fetch(`${sim.url}/demo/accounts`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { essl: EsslAccount[] };
    expect(body.essl).toEqual(sim.essl.accounts());
    expect(body.essl[0]).toMatchObject({ username: 'jdvorakova', name: 'Jana Dvořáková' });
    expect(body.essl.length).toBeGreaterThanOrEqual(2);
    expect(new Set(body.essl.map((account) => account.password)).size).toBe(body.essl.length);
  });
});

describe('transport', () => {
  it('answers other methods than POST with 405', async () => {
    const response = await fetch(`${sim.url}/erms`);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('answers a request that does not decode with a soap:Client Fault in Czech (HTTP 500)', async () => {
    const reply = await postErms(sim.url, '<nejaky>nesmysl</nejaky>', soapHeaders(clerk, 'WsTest'));
    expect(reply.status).toBe(500);
    expect(reply.headers.get('content-type')).toBe('text/xml; charset=utf-8');
    const fault = faultOf(reply.text);
    expect(fault.faultCode).toBe('soap:Client');
    expect(fault.faultString).toMatch(/^Požadavek nelze zpracovat/);
    expect(
      exchanges.some((exchange) => exchange.op === null && exchange.requestXml.includes('nesmysl')),
    ).toBe(true);
  });

  it('checks SOAPAction against the body element', async () => {
    const missing = await call(
      sim.url,
      clerk,
      'WsTest',
      { testId: '1', auth: authOf(clerk) },
      { soapAction: null },
    );
    expect(missing.status).toBe(500);
    expect(faultOf(missing.text).faultString).toMatch(/Chybí hlavička SOAPAction/);
    const wrong = await call(
      sim.url,
      clerk,
      'WsTest',
      { testId: '1', auth: authOf(clerk) },
      { soapAction: 'DokumentZalozeni' },
    );
    expect(faultOf(wrong.text)).toMatchObject({
      faultCode: 'soap:Client',
      faultString: 'Hlavička SOAPAction „DokumentZalozeni“ neodpovídá operaci WsTest.',
    });
  });

  it('wants text/xml', async () => {
    const headers = { ...soapHeaders(clerk, 'WsTest'), 'Content-Type': 'application/json' };
    const reply = await postErms(sim.url, wsTestXml(clerk), headers);
    expect(reply.status).toBe(415);
  });

  it('refuses a body over the limit before reading it', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        `${sim.url}/erms`,
        {
          method: 'POST',
          headers: {
            ...soapHeaders(clerk, 'WsTest'),
            'Content-Length': String(MAX_BODY_BYTES + 1),
          },
        },
        (res) => {
          resolve(res.statusCode ?? 0);
          res.resume();
          req.destroy();
        },
      );
      req.on('error', reject);
      req.flushHeaders();
    });
    expect(status).toBe(413);
  });

  it('reports every SOAP exchange to onExchange', async () => {
    const before = exchanges.length;
    const reply = await call(sim.url, clerk, 'DokumentZalozeni', {
      preceding: [],
      document: newDocument(),
      auth: authOf(clerk),
    });
    expect(exchanges.length).toBe(before + 1);
    expect(exchanges.at(-1)).toEqual({
      op: 'DokumentZalozeni',
      requestXml: reply.requestXml,
      responseXml: reply.text,
    });
  });
});
