import { fakePdfService } from '../main/services/pdf/testing/fakePdfService';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { TOKEN_HEADER } from '../common/contract/http';
import { methodNames } from '../common/contract/methods';
import { fromWire, toWire } from '../common/contract/wire';
import type { Envelope } from '../common/contract/envelope';
import { createMemoryLogger } from '../main/services/log/logger';
import type { PdfService } from '../main/services/pdf';
import { startSim } from '../sim/server';
import { startWebhost, type Webhost } from './server';

let host: Webhost;
let dir: string;
let sim: Awaited<ReturnType<typeof startSim>>;
const logger = createMemoryLogger();
const pdf: PdfService = fakePdfService();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'webhost-test-'));
  const renderer = join(dir, 'renderer');
  await mkdir(join(renderer, 'assets'), { recursive: true });
  await writeFile(
    join(renderer, 'index.html'),
    '<!doctype html><html><head><title>t</title></head><body></body></html>',
  );
  await writeFile(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(dir, 'secret.txt'), 'do not serve');
  sim = await startSim({ port: 0, documents: 20 });
  host = await startWebhost({
    port: 0,
    rendererDir: renderer,
    assetsDir: join(process.cwd(), 'assets'),
    dataDir: join(dir, 'data'),
    simUrl: sim.url,
    version: '0.0.0-test',
    configOverrides: { mode: 'demo' },
    logger,
    pdf,
  });
});

afterAll(async () => {
  await host.close();
  await sim.close();
  await rm(dir, { recursive: true, force: true });
});

async function call(method: string, args: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${host.url}/api/${method}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      [TOKEN_HEADER]: host.token,
      Origin: host.url,
      ...headers,
    },
    body: toWire(args),
  });
  const text = await response.text();
  return {
    status: response.status,
    envelope: (response.status === 403 ? null : fromWire(text)) as Envelope<unknown> | null,
  };
}

describe('static files', () => {
  it('serves index.html with the session token and a strict CSP', async () => {
    const response = await fetch(`${host.url}/`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain(`content="${host.token}"`);
  });

  it('serves built assets with their type', async () => {
    const response = await fetch(`${host.url}/assets/app.js`);
    expect(response.headers.get('content-type')).toContain('text/javascript');
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%5c..%5csecret.txt',
  ])('refuses the traversal %s', async (path) => {
    const response = await fetch(`${host.url}${path}`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('do not serve');
  });
});

describe('the contract over HTTP', () => {
  it('answers a valid call', async () => {
    const { status, envelope } = await call('app.getInfo', {});
    expect(status).toBe(200);
    expect(envelope).toMatchObject({
      ok: true,
      value: { platform: 'web', demo: true, version: '0.0.0-test' },
    });
  });

  it('refuses calls without the token or from another origin', async () => {
    expect((await call('app.getInfo', {}, { [TOKEN_HEADER]: 'wrong' })).status).toBe(403);
    expect((await call('app.getInfo', {}, { Origin: 'http://evil.example' })).status).toBe(403);
  });

  it('rejects a malformed argument before the service runs, and logs it', async () => {
    const { status, envelope } = await call('stamp.render', { pid: 42 });
    expect(status).toBe(400);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'errors.invalidArguments' } });
    expect(pdf.renderIntakeStamp).not.toHaveBeenCalled();
    expect(
      logger.entries.some(
        (entry) => entry.level === 'warn' && entry.context?.method === 'stamp.render',
      ),
    ).toBe(true);
  });

  it('has a validating route for every contract method', async () => {
    for (const name of methodNames) {
      const { status, envelope } = await call(name, { unexpectedField: true });
      expect([name, status]).toEqual([name, 400]);
      expect(envelope).toMatchObject({ ok: false, error: { code: 'errors.invalidArguments' } });
    }
    expect((await call('no.suchMethod', {})).status).toBe(404);
  });

  it('carries bytes both ways', async () => {
    const { envelope } = await call('stamp.render', {
      organizationName: 'Obec',
      pid: 'OUHL2345678X',
      referenceNumber: 'OUHL 1/2026',
      receivedAt: '2026-03-01T09:00:00Z',
      sheets: 1,
      attachmentsCount: 0,
      attachmentsKind: 'paper',
      attachmentsDescription: null,
      handler: null,
      fileMark: null,
    });
    expect(envelope?.ok && (envelope.value as { pdf: Uint8Array }).pdf).toEqual(
      new Uint8Array([37, 80, 68, 70]),
    );
  });

  it('refuses to store secrets without a keychain, in Czech', async () => {
    const { envelope } = await call('credentials.store', { account: 'essl', secret: 'heslo' });
    expect(envelope).toMatchObject({
      ok: false,
      error: { code: 'errors.credentials.unavailable' },
    });
    expect(envelope && !envelope.ok && envelope.error.message).toMatch(/klíčenku/);
  });

  it('hands the demo seed over from the simulator', async () => {
    const { envelope } = await call('demo.loadSeed', {});
    expect(envelope?.ok && (envelope.value as { documents: unknown[] }).documents).toHaveLength(20);
  });
});

describe('events', () => {
  it('pushes events to the page over the WebSocket, only with the token', async () => {
    const refused = new WebSocket(`${host.url.replace('http', 'ws')}/api/events?token=wrong`, {
      headers: { Origin: host.url },
    });
    await new Promise<void>((resolve) => refused.on('error', () => resolve()));

    const socket = new WebSocket(
      `${host.url.replace('http', 'ws')}/api/events?token=${host.token}`,
      { headers: { Origin: host.url } },
    );
    await new Promise<void>((resolve) => socket.on('open', () => resolve()));
    const received = new Promise<unknown>((resolve) =>
      socket.on('message', (data) => resolve(fromWire(String(data)))),
    );
    await call('connectivity.check', {});
    expect(await received).toMatchObject({
      event: 'connectivity.changed',
      payload: { online: true },
    });
    socket.close();
  });
});
