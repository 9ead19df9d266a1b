import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSealAuthority } from '../../../../sim/isds/seal';
import { startTestTsa, type TestTsa } from '../testing/tsaServer';
import { TimestampClient } from './timestampClient';
import { TimestampFailure } from './timestampFailure';
import { timestampRequest } from './timestampToken';

let tsa: TestTsa;
const digest = createHash('sha256').update('dokument').digest();

beforeAll(async () => {
  tsa = await startTestTsa();
});

afterAll(async () => {
  await tsa.close();
});

async function failureOf(client: TimestampClient): Promise<TimestampFailure> {
  const error: unknown = await client.timestamp(digest, 'SHA-256').then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TimestampFailure);
  return error as TimestampFailure;
}

async function withServer(
  answer: (body: Buffer) => { status: number; body: Buffer },
  use: (url: string) => Promise<void>,
): Promise<void> {
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const reply = answer(Buffer.concat(chunks));
      res.writeHead(reply.status, { 'Content-Type': 'application/timestamp-reply' });
      res.end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}/tsa`);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

describe('TimestampClient', () => {
  it('gets a token over the digest, with genTime and the authority', async () => {
    tsa.authority.setMode('ok');
    const client = new TimestampClient({ url: tsa.url });
    const token = await client.timestamp(digest, 'SHA-256');
    expect(token[0]).toBe(0x30);
    expect(client.lastAccepted?.authority).toBe('Simulátor ISDS — časové razítko');
    expect(Math.abs(client.lastAccepted!.genTime.getTime() - Date.now())).toBeLessThan(60_000);
    client.close();
  });

  it.each([
    ['down', 'unreachable'],
    ['wrongImprint', 'refused'],
    ['wrongNonce', 'refused'],
    ['badSignature', 'refused'],
  ] as const)('mode %s → %s', async (mode, kind) => {
    tsa.authority.setMode(mode);
    const failure = await failureOf(new TimestampClient({ url: tsa.url }));
    tsa.authority.setMode('ok');
    expect(failure.kind).toBe(kind);
  });

  it('is unreachable when nothing listens', async () => {
    const failure = await failureOf(new TimestampClient({ url: 'http://127.0.0.1:1/tsa' }));
    expect(failure.kind).toBe('unreachable');
  });

  it('is unreachable on HTTP 404', async () => {
    await withServer(
      () => ({ status: 404, body: Buffer.from('nic') }),
      async (url) =>
        expect((await failureOf(new TimestampClient({ url }))).kind).toBe('unreachable'),
    );
  });

  it('refuses an answer that is not a TimeStampResp', async () => {
    await withServer(
      () => ({ status: 200, body: Buffer.from('<html>přihlášení</html>') }),
      async (url) => expect((await failureOf(new TimestampClient({ url }))).kind).toBe('refused'),
    );
  });

  it('refuses a token replayed for another request (its nonce differs)', async () => {
    tsa.authority.setMode('ok');
    // Record a genuine response, then serve it again to a second request.
    let recorded: Buffer | null = null;
    await withServer(
      (body) => {
        if (!recorded) throw new Error('no recording');
        void body;
        return { status: 200, body: recorded };
      },
      async (url) => {
        const reply = await tsa.authority.handle(timestampRequest(digest, 'SHA-256').der);
        recorded = reply.body;
        expect((await failureOf(new TimestampClient({ url }))).kind).toBe('refused');
      },
    );
  });

  it('over https trusts only the configured extra CA; certificate checks stay on', async () => {
    const seal = await openSealAuthority({ dataDir: null });
    const issued = await seal.issueTlsServerCert(['127.0.0.1']);
    const server = createHttpsServer({ key: issued.keyPem, cert: issued.certPem }, (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        void tsa.authority.handle(Buffer.concat(chunks)).then((reply) => {
          res.writeHead(reply.status, { 'Content-Type': reply.contentType });
          res.end(reply.body);
        });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/tsa`;
    try {
      tsa.authority.setMode('ok');
      expect((await failureOf(new TimestampClient({ url }))).kind).toBe('unreachable');
      const trusting = new TimestampClient({ url, caPem: issued.caPem });
      expect((await trusting.timestamp(digest, 'SHA-256'))[0]).toBe(0x30);
      trusting.close();
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
