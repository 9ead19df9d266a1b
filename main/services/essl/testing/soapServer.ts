/**
 * A tiny SOAP server for the eSSL client's tests (not the simulator): each test
 * decides the answer, and the server records what arrived and on which connection.
 * Tests only.
 */
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** Which TCP connection carried it (1, 2, … in order of arrival). */
  connection: number;
}

export type Answer = (
  request: ReceivedRequest,
  response: http.ServerResponse,
) => void | Promise<void>;

export interface TestServer {
  url: string;
  port: number;
  requests: ReceivedRequest[];
  connections(): number;
  /** The answer for the following requests. */
  answer(handler: Answer): void;
  close(): Promise<void>;
}

export async function startSoapServer(
  options: { tls?: { key: string; cert: string }; path?: string } = {},
): Promise<TestServer> {
  let handler: Answer = (_request, response) => {
    response.writeHead(500);
    response.end();
  };
  const requests: ReceivedRequest[] = [];
  const sockets = new Set<Socket>();
  const ids = new WeakMap<Socket, number>();
  let connectionCount = 0;

  const listener = (incoming: http.IncomingMessage, response: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const received: ReceivedRequest = {
        method: incoming.method ?? '',
        url: incoming.url ?? '',
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        connection: ids.get(incoming.socket) ?? 0,
      };
      requests.push(received);
      // A handler that throws (a test's own mistake) drops the connection instead of the process.
      void Promise.resolve()
        .then(() => handler(received, response))
        .catch(() => response.destroy());
    });
  };
  const server = options.tls
    ? https.createServer({ key: options.tls.key, cert: options.tls.cert }, listener)
    : http.createServer(listener);
  server.keepAliveTimeout = 30_000;
  server.on(options.tls ? 'secureConnection' : 'connection', (socket: Socket) => {
    ids.set(socket, ++connectionCount);
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const scheme = options.tls ? 'https' : 'http';
  return {
    url: `${scheme}://127.0.0.1:${port}${options.path ?? '/erms'}`,
    port,
    requests,
    connections: () => connectionCount,
    answer(next) {
      handler = next;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Answers with `body` as a SOAP 1.1 message. */
export function soapAnswer(
  body: string,
  status = 200,
  headers: http.OutgoingHttpHeaders = {},
): Answer {
  return (_request, response) => {
    response.writeHead(status, { 'Content-Type': 'text/xml; charset=utf-8', ...headers });
    response.end(body);
  };
}
