import { X509Certificate } from 'node:crypto';
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { createSecureContext, TLSSocket, type SecureContext } from 'node:tls';

/** What the TLS listener needs, made on its first connection (keys cost a moment). */
export interface TlsMaterial {
  keyPem: string;
  certPem: string;
  caPem: string;
}

export interface TlsListener {
  port: number;
  close(): Promise<void>;
}

/**
 * An HTTPS listener in front of `server` that asks every client for a certificate
 * (verified against the sim's CA by `verifiedClientCert`, answered with 401 when it is
 * missing or foreign rather than a failed handshake, as a gateway does). Its server
 * certificate is made on the first connection, so that a sim that nobody calls over
 * TLS does not pay for the keys.
 */
export async function startTlsListener(
  server: HttpServer,
  material: () => Promise<TlsMaterial>,
  host: string,
  port: number,
  onError: (error: unknown) => void,
): Promise<TlsListener> {
  let context: Promise<SecureContext> | null = null;
  const contextOf = () =>
    (context ??= material().then((m) =>
      createSecureContext({ key: m.keyPem, cert: m.certPem, ca: m.caPem }),
    ));
  const sockets = new Set<Socket>();
  const outer = createNetServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    contextOf().then(
      (secureContext) => {
        if (socket.destroyed) return;
        const tlsSocket = new TLSSocket(socket, {
          isServer: true,
          secureContext,
          requestCert: true,
          rejectUnauthorized: false,
        });
        tlsSocket.on('error', () => tlsSocket.destroy());
        server.emit('connection', tlsSocket);
      },
      (error: unknown) => {
        onError(error);
        socket.destroy();
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    outer.once('error', reject);
    outer.listen(port, host, () => {
      outer.off('error', reject);
      resolve();
    });
  });
  return {
    port: (outer.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        outer.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

/**
 * The client certificate of a request on the TLS listener when it chains to `caPem`
 * and is valid now; null otherwise (plain HTTP, no certificate, a foreign one).
 */
export function verifiedClientCert(req: IncomingMessage, caPem: string): X509Certificate | null {
  const socket = req.socket;
  if (!(socket instanceof TLSSocket)) return null;
  const peer = socket.getPeerCertificate();
  if (!peer?.raw) return null;
  try {
    const certificate = new X509Certificate(peer.raw);
    const ca = new X509Certificate(caPem);
    const now = Date.now();
    if (Date.parse(certificate.validFrom) > now || Date.parse(certificate.validTo) < now)
      return null;
    if (!certificate.checkIssued(ca) || !certificate.verify(ca.publicKey)) return null;
    return certificate;
  } catch {
    return null;
  }
}
