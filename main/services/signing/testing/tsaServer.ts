/**
 * The simulator's timestamp authority on 127.0.0.1 for tests: `POST /tsa` on a free
 * port, its mode switchable in process, the simulator CA's root to trust. Used by tests
 * only; close it when done.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadOrCreateAuthority } from '../../../../sim/isds/seal/authority';
import { certificatePem } from '../../../../sim/isds/seal/pki';
import {
  createTimestampAuthority,
  type SimTimestampAuthority,
} from '../../../../sim/tsa/authority';

export interface TestTsa {
  /** `http://127.0.0.1:<port>/tsa` */
  url: string;
  authority: SimTimestampAuthority;
  /** The simulator CA's root (PEM) the TSA certificate chains to. */
  caPem: string;
  tsaCertPem: string;
  close(): Promise<void>;
}

export async function startTestTsa(): Promise<TestTsa> {
  const ca = await loadOrCreateAuthority(null);
  const authority = createTimestampAuthority({ signer: () => Promise.resolve(ca.tsa) });
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/tsa') {
        res.writeHead(404).end();
        return;
      }
      authority.handle(Buffer.concat(chunks)).then(
        (reply) => {
          res.writeHead(reply.status, { 'Content-Type': reply.contentType });
          res.end(reply.body);
        },
        () => res.writeHead(500).end(),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/tsa`,
    authority,
    caPem: certificatePem(ca.ca.certificate),
    tsaCertPem: certificatePem(ca.tsa.certificate),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
