import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { request, createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyZfo } from '../../../main/services/isds/zfo/readZfo';
import {
  opensslVerifyTimestamp,
  opensslVerifyWithCa,
} from '../../../main/services/isds/zfo/testing/openssl';
import {
  caDirectory,
  computeDmHash,
  dmDmElement,
  openSealAuthority,
  type SealAuthority,
} from './index';
import { certificatePem } from './pki';
import { loadAuthority } from './authority';
import { sealSampleMessage } from './samples';

let dataDir: string;
let authority: SealAuthority;
/** Another simulator's authority, whose root must not verify this one's seals. */
let stranger: SealAuthority;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sim-seal-'));
  [authority, stranger] = await Promise.all([
    openSealAuthority({ dataDir }),
    openSealAuthority({ dataDir: null }),
  ]);
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the simulator’s seal', () => {
  it('makes ZFOs that openssl verifies against the simulator CA', async () => {
    const sealed = await sealSampleMessage(authority, '880001', 5000);
    const content = opensslVerifyWithCa(sealed.zfo, authority.caCertPem);
    expect(new TextDecoder().decode(content)).toBe(sealed.xml);
    expect(() => opensslVerifyWithCa(sealed.zfo, stranger.caCertPem)).toThrow();
  });

  it('timestamps dmHash with a token openssl ts accepts', async () => {
    const sealed = await sealSampleMessage(authority, '880002', 100);
    const message = sealed.content.kind === 'received' ? sealed.content.message : null;
    const hex = Buffer.from(message!.dmHash.value, 'base64').toString('hex');
    opensslVerifyTimestamp(message!.dmQTimestamp!, hex, authority.caCertPem);
    expect(() =>
      opensslVerifyTimestamp(
        message!.dmQTimestamp!,
        hex.replace(/^./, (c) => (c === '0' ? '1' : '0')),
        authority.caCertPem,
      ),
    ).toThrow();
  });

  it('hashes the dmDm element as it stands in the sealed XML (SHA-256, base64)', async () => {
    const sealed = await sealSampleMessage(authority, '880003', 100);
    const element = dmDmElement(sealed.xml);
    expect(element).toMatch(
      /^<p:dmDm xmlns:p="http:\/\/isds\.czechpoint\.cz\/v20">[\s\S]*<\/p:dmDm>$/,
    );
    expect(element).toContain('<p:dmID>880003</p:dmID>');
    const expected = createHash('sha256').update(Buffer.from(element, 'utf8')).digest('base64');
    expect(computeDmHash(element)).toEqual({ algorithm: 'SHA-256', value: expected });
    expect(sealed.xml).toContain(expected);
  });

  it('keeps its keys in the data directory, so old ZFOs stay verifiable after a restart', async () => {
    const dir = caDirectory(dataDir);
    expect(statSync(join(dir, 'seal.key')).mode & 0o077).toBe(0);
    const before = await sealSampleMessage(authority, '880004', 100);
    const reloaded = await loadAuthority(dir);
    expect(certificatePem(reloaded!.ca.certificate)).toBe(authority.caCertPem);
    expect(certificatePem(reloaded!.seal.certificate)).toBe(authority.sealCertPem);
    // The same directory opened again in this process is the same authority.
    expect((await openSealAuthority({ dataDir })).caCertPem).toBe(authority.caCertPem);
    const report = await verifyZfo(before.zfo, {
      trustAnchors: [certificatePem(reloaded!.ca.certificate)],
    });
    expect(report.seal.trusted).toBe(true);
    expect(report.timestamp).toMatchObject({ valid: true, trusted: true, hashMatches: true });
  });

  it('makes a fresh authority in memory when there is no data directory', async () => {
    const [one, two] = await Promise.all([
      openSealAuthority({ dataDir: null }),
      openSealAuthority({ dataDir: null }),
    ]);
    expect(one.caCertPem).not.toBe(two.caCertPem);
  });
});

describe('TLS certificates from the simulator CA', () => {
  it('let a client with its PKCS#12 bundle in and keep one without a certificate out', async () => {
    const server = await authority.issueTlsServerCert(['localhost', '127.0.0.1']);
    const client = await authority.issueClientCert('Obec Horní Lhota — systémový certifikát');
    const https = createServer(
      {
        key: server.keyPem,
        cert: server.certPem,
        ca: authority.caCertPem,
        requestCert: true,
        rejectUnauthorized: true,
      },
      (req, res) => {
        const peer = (req.socket as TLSSocket).getPeerCertificate();
        res.end(String(peer.subject?.CN ?? ''));
      },
    );
    await new Promise<void>((resolve) => https.listen(0, '127.0.0.1', resolve));
    const { port } = https.address() as AddressInfo;
    const get = (options: { pfx?: Buffer; passphrase?: string }) =>
      new Promise<string>((resolve, reject) => {
        const call = request(
          { host: '127.0.0.1', port, path: '/', ca: authority.caCertPem, agent: false, ...options },
          (res) => {
            let body = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => (body += chunk));
            res.on('end', () => resolve(body));
          },
        );
        call.on('error', reject);
        call.end();
      });
    try {
      expect(await get({ pfx: Buffer.from(client.p12), passphrase: client.passphrase })).toBe(
        'Obec Horní Lhota — systémový certifikát',
      );
      await expect(get({})).rejects.toThrow();
      await expect(
        get({ pfx: Buffer.from(client.p12), passphrase: 'špatné heslo' }),
      ).rejects.toThrow();
    } finally {
      await new Promise((resolve) => https.close(resolve));
    }
  });
});
