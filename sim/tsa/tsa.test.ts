import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPkcs12Signer } from '../../main/services/signing/pkcs12Signer';
import { requireTool } from '../../main/services/pdf/testTools';
import { createRouter } from '../http/routes';
import { loadOrCreateAuthority, type Authority } from '../isds/seal/authority';
import { certificatePem } from '../isds/seal/pki';
import { createTimestampAuthority, issueDemoSigningCertificate, createTsaService } from './index';

const run = promisify(execFile);
let authority: Authority;
let dir: string;

beforeAll(async () => {
  authority = await loadOrCreateAuthority(null);
  dir = await mkdtemp(join(tmpdir(), 'sim-tsa-'));
  await writeFile(join(dir, 'ca.pem'), certificatePem(authority.ca.certificate));
  await writeFile(join(dir, 'document.txt'), 'Obec Testov — usnesení č. 1/2026');
  await openssl(['ts', '-query', '-data', 'document.txt', '-sha256', '-cert', '-out', 'q.tsq']);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function openssl(args: string[]) {
  return run(requireTool('openssl', 'openssl'), args, { cwd: dir });
}

describe('the simulator TSA', () => {
  it('answers an openssl ts query with a token openssl ts -verify accepts', async () => {
    const tsa = createTimestampAuthority({ signer: () => Promise.resolve(authority.tsa) });
    const reply = await tsa.handle(await readFile(join(dir, 'q.tsq')));
    expect(reply.status).toBe(200);
    expect(reply.contentType).toBe('application/timestamp-reply');
    await writeFile(join(dir, 'r.tsr'), reply.body);
    const verified = await openssl([
      'ts',
      '-verify',
      '-queryfile',
      'q.tsq',
      '-in',
      'r.tsr',
      '-CAfile',
      'ca.pem',
    ]);
    expect(verified.stdout).toContain('Verification: OK');
    const text = await openssl(['ts', '-reply', '-in', 'r.tsr', '-text']);
    expect(text.stdout).toContain('Status: Granted.');
    expect(text.stdout).toMatch(/Nonce: 0x[0-9A-F]+/);
  });

  it('has a TSA certificate whose extended key usage is timeStamping, critical', async () => {
    await writeFile(join(dir, 'tsa.pem'), certificatePem(authority.tsa.certificate));
    const text = await openssl(['x509', '-in', 'tsa.pem', '-noout', '-ext', 'extendedKeyUsage']);
    expect(text.stdout).toContain('X509v3 Extended Key Usage: critical');
    expect(text.stdout).toContain('Time Stamping');
  });

  it('answers 503 when down and a rejection for a request it cannot read', async () => {
    const tsa = createTimestampAuthority({
      signer: () => Promise.resolve(authority.tsa),
      mode: 'down',
    });
    expect((await tsa.handle(new Uint8Array([1, 2, 3]))).status).toBe(503);
    tsa.setMode('ok');
    const rejected = await tsa.handle(new TextEncoder().encode('není to žádost'));
    await writeFile(join(dir, 'bad.tsr'), rejected.body);
    const text = await openssl(['ts', '-reply', '-in', 'bad.tsr', '-text']);
    expect(text.stdout).toContain('Status: Rejected.');
  });

  it('is mounted by its service at POST /tsa and switched at POST /tsa-admin/mode', async () => {
    const { service, authority: tsa } = createTsaService({ dataDir: null });
    const router = createRouter([service]);
    const server = createServer((req, res) => {
      void router(req, res, new URL(req.url ?? '/', 'http://sim.invalid'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const switched = await fetch(`${base}/tsa-admin/mode`, {
        method: 'POST',
        body: JSON.stringify({ mode: 'down' }),
      });
      expect(await switched.json()).toEqual({ mode: 'down' });
      expect(tsa.mode).toBe('down');
      const down = await fetch(`${base}/tsa`, { method: 'POST', body: new Uint8Array([0x30, 0]) });
      expect(down.status).toBe(503);
      const refused = await fetch(`${base}/tsa-admin/mode`, {
        method: 'POST',
        body: JSON.stringify({ mode: 'sometimes' }),
      });
      expect(refused.status).toBe(400);
      await fetch(`${base}/tsa-admin/mode`, { method: 'POST', body: '{"mode":"ok"}' });
      const query = await readFile(join(dir, 'q.tsq'));
      const granted = await fetch(`${base}/tsa`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/timestamp-query' },
        body: query,
      });
      expect(granted.status).toBe(200);
      expect(granted.headers.get('content-type')).toBe('application/timestamp-reply');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('the demo signing certificate', () => {
  it('is a PKCS#12 file openssl and the app open, with a qualified signing certificate', async () => {
    const demo = await issueDemoSigningCertificate(authority, 'Ing. Jan Novák', 'Demo-heslo-1');
    await writeFile(join(dir, 'demo.p12'), demo.p12);
    const info = await run(
      requireTool('openssl', 'openssl'),
      ['pkcs12', '-in', 'demo.p12', '-nokeys', '-passin', 'env:DEMO_PASS'],
      { cwd: dir, env: { ...process.env, DEMO_PASS: 'Demo-heslo-1' } },
    );
    expect(info.stdout).toContain('BEGIN CERTIFICATE');
    const signer = await openPkcs12Signer(demo.p12, 'Demo-heslo-1', new Date());
    expect(signer.check).toMatchObject({
      qualified: true,
      qcType: 'esign',
      blocking: [],
      warnings: [],
    });
    expect(signer.check.certificate.subjectName).toBe('Ing. Jan Novák');
    expect(signer.certificateChain).toHaveLength(1);
  });
});
