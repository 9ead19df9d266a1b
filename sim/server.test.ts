import { request } from 'node:http';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoSeed } from '../common/contract/types';
import { parsePlanXml } from '../common/nsesss/planXml';
import { readDemoPlanXml } from './demoPlan';
import type { SimLogger } from './http/logger';
import { SIM_STATE_FILE, startSim, type RunningSim } from './server';

const TODAY = new Date('2026-05-14T08:12:00Z');

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A plain request, so that compression is visible (fetch would undo it). */
function raw(
  url: string,
  method = 'GET',
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

function memoryLogger(): SimLogger & {
  lines: Array<{ message: string; context?: Record<string, unknown> }>;
} {
  const lines: Array<{ message: string; context?: Record<string, unknown> }> = [];
  const push = (message: string, context?: Record<string, unknown>) =>
    lines.push({ message, context });
  return { lines, info: push, warn: push, error: push };
}

describe('startSim', () => {
  let sim: RunningSim;
  const logger = memoryLogger();

  beforeAll(async () => {
    sim = await startSim({ port: 0, today: TODAY, logger });
  });
  afterAll(async () => {
    await sim.close();
  });

  it('listens on loopback on a free port', () => {
    expect(sim.port).toBeGreaterThan(0);
    expect(sim.url).toBe(`http://127.0.0.1:${sim.port}`);
  });

  it('answers GET /health', async () => {
    const response = await fetch(`${sim.url}/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      status: 'ok',
      service: 'uradovna-sim',
      services: ['demo', 'essl', 'isds', 'tsa', 'conversionRegister'],
    });
    expect(typeof body.version).toBe('string');
    expect(Number.isNaN(Date.parse(String(body.startedAt)))).toBe(false);
  });

  it('serves the demo seed as JSON', async () => {
    const response = await fetch(`${sim.url}/demo/seed`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const seed = (await response.json()) as DemoSeed;
    expect(seed.documents).toHaveLength(2000);
    expect(seed.organization.abbreviation).toBe('OUHL');
    const plan = parsePlanXml(seed.filePlanXml);
    expect(plan.ok && plan.value.groups.length).toBeGreaterThan(50);
    expect(seed.currentUser).toBe(seed.handlers[0]);
  });

  it('compresses the seed for clients that accept gzip, and only for them', async () => {
    const zipped = await raw(`${sim.url}/demo/seed`, 'GET', { 'Accept-Encoding': 'gzip, deflate' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    const fromZip = gunzipSync(zipped.body).toString('utf8');

    const plain = await raw(`${sim.url}/demo/seed`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(fromZip);
    expect(zipped.body.length).toBeLessThan(plain.body.length / 3);
    expect(Number(plain.headers['content-length'])).toBe(plain.body.length);
  });

  it('answers unknown paths with 404 JSON', async () => {
    const response = await fetch(`${sim.url}/nothing/here`);
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as { error: string; message: string };
    expect(body.error).toBe('not_found');
    expect(body.message).toContain('/nothing/here');
  });

  it('answers a wrong method with 405 and the allowed ones', async () => {
    const response = await fetch(`${sim.url}/health`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(((await response.json()) as { error: string }).error).toBe('method_not_allowed');
    expect((await fetch(`${sim.url}/demo/seed`, { method: 'DELETE' })).status).toBe(405);
  });

  it('answers HEAD like GET without a body', async () => {
    const head = await raw(`${sim.url}/health`, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
  });

  it('logs one line per request', async () => {
    const before = logger.lines.filter((line) => line.message === 'sim.request').length;
    await (await fetch(`${sim.url}/health?x=1`)).text();
    const requests = logger.lines.filter((line) => line.message === 'sim.request');
    expect(requests).toHaveLength(before + 1);
    expect(requests.at(-1)?.context).toMatchObject({ method: 'GET', path: '/health', status: 200 });
  });
});

describe('startSim with options', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('creates the data directory, records itself in sim.json and removes it on close', async () => {
    const base = await mkdtemp(join(tmpdir(), 'uradovna-sim-'));
    dirs.push(base);
    const dataDir = join(base, 'nested', 'data');
    const sim = await startSim({ dataDir, documents: 50, today: TODAY });
    const state = JSON.parse(await readFile(join(dataDir, SIM_STATE_FILE), 'utf8')) as Record<
      string,
      string
    >;
    expect(state.url).toBe(sim.url);
    expect(Number.isNaN(Date.parse(state.startedAt ?? ''))).toBe(false);
    const seed = (await (await fetch(`${sim.url}/demo/seed`)).json()) as DemoSeed;
    expect(seed.documents).toHaveLength(50);
    await sim.close();
    await expect(stat(join(dataDir, SIM_STATE_FILE))).rejects.toThrow();
    expect((await stat(dataDir)).isDirectory()).toBe(true);
  });

  it('closes even with a keep-alive connection open, and twice without harm', async () => {
    const sim = await startSim({ documents: 5, today: TODAY });
    const response = await fetch(`${sim.url}/health`, { headers: { Connection: 'keep-alive' } });
    await response.text();
    await sim.close();
    await sim.close();
    await expect(fetch(`${sim.url}/health`)).rejects.toThrow();
  });

  it('serves the plan it is given, and refuses to start with one that is not a plan', async () => {
    const planXml = readDemoPlanXml().replace(
      'OUHL-SSP-2024</Identifikator>',
      'OUHL-SSP-2026</Identifikator>',
    );
    const sim = await startSim({ documents: 1, today: TODAY, planXml });
    const seed = (await (await fetch(`${sim.url}/demo/seed`)).json()) as DemoSeed;
    expect(seed.filePlanXml).toBe(planXml);
    await sim.close();
    await expect(startSim({ documents: 1, today: TODAY, planXml: 'není XML' })).rejects.toThrow(
      /filePlan\.import\.notWellFormed/,
    );
  });

  it('refuses a port that is taken', async () => {
    const first = await startSim({ documents: 1, today: TODAY });
    await expect(startSim({ port: first.port, documents: 1, today: TODAY })).rejects.toMatchObject({
      code: 'EADDRINUSE',
    });
    await first.close();
  });
});
