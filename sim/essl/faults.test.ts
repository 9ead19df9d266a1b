import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { decodeResponse, encodeRequest } from '../../common/erms/codec';
import type { RunningSim } from '../server';
import type { EsslAccount } from './accounts';
import {
  DEFAULT_FAULT_KINDS,
  createFaultPlan,
  faultKinds,
  parseFaults,
  type FaultKind,
} from './faults';
import { TEST_ROUTE, authOf, call, postErms, soapHeaders } from './testing/client';
import { newDocument, startTestSim, usersOf } from './testing/fixture';

describe('parseFaults', () => {
  it('reads a rate and a list of kinds', () => {
    expect(parseFaults('rate=0.1,kinds=500,timeout,html')).toEqual({
      ok: true,
      value: { rate: 0.1, kinds: ['500', 'timeout', 'html'] },
    });
    expect(parseFaults('kinds=drop')).toEqual({ ok: true, value: { rate: 0.1, kinds: ['drop'] } });
    expect(parseFaults('rate=1')).toEqual({
      ok: true,
      value: { rate: 1, kinds: [...DEFAULT_FAULT_KINDS] },
    });
    expect(DEFAULT_FAULT_KINDS).not.toContain('drop');
  });

  it.each([
    ['', /prázdný/],
    ['rate=1.5', /Neplatná četnost chyb rate=„1.5“/],
    ['rate=-0.1', /Neplatná četnost/],
    ['rate=abc', /Neplatná četnost/],
    ['rate=', /Neplatná četnost/],
    ['kinds=500,boom', /Neznámý druh chyby „boom“/],
    ['kinds=', /aspoň jeden druh/],
    ['speed=2', /Neznámý klíč „speed“/],
    ['500,timeout', /Nečekaná položka „500“/],
    ['rate=0.1,rate=0.2', /zadán dvakrát/],
  ])('refuses %j in Czech', (text, message) => {
    const parsed = parseFaults(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});

describe('createFaultPlan', () => {
  it('strikes at the rate and picks among the kinds', () => {
    const values = [0.05, 0.0, 0.5, 0.9, 0.2, 0.99];
    const plan = createFaultPlan({ rate: 0.3, kinds: ['500', 'html'] }, () => values.shift() ?? 1);
    expect(plan.draw()).toBe('500');
    expect(plan.draw()).toBeNull();
    expect(plan.draw()).toBeNull();
    expect(plan.draw()).toBe('html');
    plan.set(null);
    expect(plan.draw()).toBeNull();
    expect(() => plan.set({ rate: 2, kinds: ['500'] })).toThrow(RangeError);
  });
});

describe('injected faults', () => {
  let sim: RunningSim;
  let clerk: EsslAccount;

  beforeAll(async () => {
    sim = await startTestSim();
    ({ clerk } = usersOf(sim));
  });
  afterEach(() => sim.setFaults(null));
  afterAll(async () => {
    await sim.close();
  });

  const only = (kind: FaultKind) => sim.setFaults({ rate: 1, kinds: [kind] });

  /** A creation under the fault; says whether the eSSL applied it. */
  async function createUnder(kind: FaultKind, timeoutMs = 10_000) {
    only(kind);
    const document = newDocument();
    const xml = encodeRequest('DokumentZalozeni', TEST_ROUTE, {
      preceding: [],
      document,
      auth: authOf(clerk),
    });
    const began = performance.now();
    const reply = await postErms(
      sim.url,
      xml,
      soapHeaders(clerk, 'DokumentZalozeni'),
      AbortSignal.timeout(timeoutMs),
    ).then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    const ms = performance.now() - began;
    sim.setFaults(null);
    const applied = sim.essl.documents().some((doc) => doc.id.value === document.id.value);
    return { reply, ms, applied };
  }

  it('500: plain text, nothing applied', async () => {
    const { reply, applied } = await createUnder('500');
    if (!reply.ok) throw reply.error;
    expect(reply.value.status).toBe(500);
    expect(reply.value.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(applied).toBe(false);
  });

  it('html: 200 with a login page, nothing applied', async () => {
    const { reply, applied } = await createUnder('html');
    if (!reply.ok) throw reply.error;
    expect(reply.value.status).toBe(200);
    expect(reply.value.headers.get('content-type')).toMatch(/^text\/html/);
    expect(reply.value.text).toContain('<form');
    expect(applied).toBe(false);
  });

  it('malformed: 200 with XML cut short, nothing applied', async () => {
    const { reply, applied } = await createUnder('malformed');
    if (!reply.ok) throw reply.error;
    expect(reply.value.status).toBe(200);
    const decoded = decodeResponse('DokumentZalozeni', reply.value.text);
    expect(decoded.ok ? 'decoded' : decoded.failure.kind).toBe('malformed');
    expect(applied).toBe(false);
  });

  it('bomb: nested entities that a reader must refuse unexpanded, nothing applied', async () => {
    const { reply, applied } = await createUnder('bomb');
    if (!reply.ok) throw reply.error;
    expect(reply.value.status).toBe(200);
    expect(reply.value.text).toContain('<!ENTITY lol9');
    expect(reply.value.text.length).toBeLessThan(2_000);
    const started = performance.now();
    const decoded = decodeResponse('DokumentZalozeni', reply.value.text);
    expect(performance.now() - started).toBeLessThan(100);
    expect(decoded.ok ? 'decoded' : decoded.failure.kind).toBe('malformed');
    expect(applied).toBe(false);
  });

  it('invalid: well-formed SOAP the schema refuses, nothing applied', async () => {
    const { reply, applied } = await createUnder('invalid');
    if (!reply.ok) throw reply.error;
    expect(reply.value.status).toBe(200);
    const decoded = decodeResponse('DokumentZalozeni', reply.value.text);
    expect(decoded.ok ? 'decoded' : decoded.failure.kind).toBe('invalid');
    expect(applied).toBe(false);
  });

  it('soapfault: a soap:Server Fault, nothing applied', async () => {
    const { reply, applied } = await createUnder('soapfault');
    if (!reply.ok) throw reply.error;
    expect(reply.value.status).toBe(500);
    expect(reply.value.text).toContain('<faultcode>soap:Server</faultcode>');
    expect(applied).toBe(false);
  });

  it('timeout: no answer until the client gives up, nothing applied', async () => {
    const { reply, ms, applied } = await createUnder('timeout', 400);
    expect(reply.ok).toBe(false);
    expect(ms).toBeGreaterThanOrEqual(350);
    expect(applied).toBe(false);
  });

  it('drop: applied, then the connection is cut without an answer', async () => {
    const { reply, applied } = await createUnder('drop');
    expect(reply.ok).toBe(false);
    expect(applied).toBe(true);
  });

  it('slow: the right answer after about two seconds', async () => {
    const { reply, ms, applied } = await createUnder('slow');
    if (!reply.ok) throw reply.error;
    expect(reply.value.status).toBe(200);
    expect(ms).toBeGreaterThanOrEqual(1900);
    expect(applied).toBe(true);
  });

  it('switches off without a restart', async () => {
    only('500');
    sim.setFaults(null);
    const reply = await call(sim.url, clerk, 'WsTest', { testId: '1', auth: authOf(clerk) });
    expect(reply.status).toBe(200);
    expect(faultKinds).toContain('drop');
  });

  it('closes promptly while a timeout holds a connection', async () => {
    const held = await startTestSim({ faults: { rate: 1, kinds: ['timeout'] } });
    const [account] = held.essl.accounts();
    const pending = call(held.url, account!, 'WsTest', {
      testId: '1',
      auth: authOf(account!),
    }).then(
      () => 'answered',
      () => 'failed',
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const began = performance.now();
    await held.close();
    expect(performance.now() - began).toBeLessThan(2000);
    expect(await pending).toBe('failed');
  });
});
