/**
 * A forward proxy for tests: CONNECT tunnels and absolute-URL HTTP requests. Every
 * host it is asked for is reached on 127.0.0.1 (same port), so a request for
 * `essl.test` can only arrive if it really went through the proxy. Tests only.
 */
import http from 'node:http';
import net, { type AddressInfo, type Socket } from 'node:net';

export interface ProxySeen {
  method: string;
  target: string;
  proxyAuthorization: string | null;
}

export interface TestProxy {
  url: string;
  seen: ProxySeen[];
  close(): Promise<void>;
}

export async function startTestProxy(): Promise<TestProxy> {
  const seen: ProxySeen[] = [];
  const sockets = new Set<Socket>();
  const server = http.createServer((request, response) => {
    const target = new URL(request.url ?? '/');
    seen.push({
      method: request.method ?? '',
      target: target.href,
      proxyAuthorization: request.headers['proxy-authorization'] ?? null,
    });
    const headers = { ...request.headers };
    delete headers['proxy-authorization'];
    const forward = http.request(
      {
        host: '127.0.0.1',
        port: Number(target.port || 80),
        method: request.method,
        path: `${target.pathname}${target.search}`,
        headers,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    forward.on('error', () => response.destroy());
    request.pipe(forward);
  });
  server.on('connect', (request: http.IncomingMessage, client: Socket, head: Buffer) => {
    seen.push({
      method: 'CONNECT',
      target: request.url ?? '',
      proxyAuthorization: request.headers['proxy-authorization'] ?? null,
    });
    const port = Number((request.url ?? '').split(':').pop());
    const upstream = net.connect({ host: '127.0.0.1', port }, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    sockets.add(client);
    sockets.add(upstream);
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
