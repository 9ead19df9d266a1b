import net, { type AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EsslError } from './errors';
import { SoapTransport, type TransportSettings } from './transport';
import { makeTestPki, type TestPki } from './testing/certificates';
import { startTestProxy, type TestProxy } from './testing/proxyServer';
import { soapAnswer, startSoapServer, type TestServer } from './testing/soapServer';

const ENVELOPE =
  '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body/></soap:Envelope>';
const REPLY =
  '<?xml version="1.0" encoding="UTF-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body/></soap:Envelope>';
const LOGIN_PAGE =
  '<!DOCTYPE html>\n<html lang="cs"><head><title>Přihlášení</title></head><body><form method="post"><input name="j_username"></form></body></html>';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function server(options?: Parameters<typeof startSoapServer>[0]): Promise<TestServer> {
  const started = await startSoapServer(options);
  cleanups.push(() => started.close());
  return started;
}

function transport(settings: Partial<TransportSettings> & { url: string }): SoapTransport {
  const created = new SoapTransport({
    user: 'novakova',
    password: 'tajné-heslo',
    env: {},
    ...settings,
  });
  cleanups.push(() => created.close());
  return created;
}

async function failure(promise: Promise<unknown>): Promise<EsslError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof EsslError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('SoapTransport: the request', () => {
  it('posts SOAP 1.1 with SOAPAction and HTTP Basic of the login (UTF-8)', async () => {
    const essl = await server();
    essl.answer(soapAnswer(REPLY, 200, { Date: 'Tue, 03 Mar 2026 10:15:00 GMT' }));
    const reply = await transport({ url: essl.url, password: 'Žluťoučký:kůň' }).post(
      'WsTest',
      ENVELOPE,
    );

    expect(reply).toEqual({ httpStatus: 200, body: REPLY, serverDate: '2026-03-03T10:15:00.000Z' });
    const [request] = essl.requests;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/erms');
    expect(request?.headers['content-type']).toBe('text/xml; charset=utf-8');
    expect(request?.headers.soapaction).toBe('"WsTest"');
    expect(request?.body).toBe(ENVELOPE);
    const basic = /^Basic (.+)$/.exec(request?.headers.authorization ?? '')?.[1] ?? '';
    expect(Buffer.from(basic, 'base64').toString('utf8')).toBe('novakova:Žluťoučký:kůň');
  });

  it('reuses one kept-alive connection for consecutive calls', async () => {
    const essl = await server();
    essl.answer(soapAnswer(REPLY));
    const client = transport({ url: essl.url });
    for (let call = 0; call < 5; call++) await client.post('WsTest', ENVELOPE);
    expect(essl.requests).toHaveLength(5);
    expect(essl.connections()).toBe(1);
    expect(new Set(essl.requests.map((request) => request.connection))).toEqual(new Set([1]));
  });

  it('keeps parallel calls to a few connections and reuses them afterwards', async () => {
    const essl = await server();
    essl.answer((_request, response) => {
      setTimeout(() => soapAnswer(REPLY)(_request, response), 30);
    });
    const client = transport({ url: essl.url });
    await Promise.all(Array.from({ length: 6 }, () => client.post('WsTest', ENVELOPE)));
    const afterBurst = essl.connections();
    expect(afterBurst).toBeLessThanOrEqual(6);
    await Promise.all(Array.from({ length: 6 }, () => client.post('WsTest', ENVELOPE)));
    expect(essl.connections()).toBe(afterBurst);
  });

  it('retries once on a fresh connection when a kept-alive one turns out closed', async () => {
    const essl = await server();
    let dropped = 0;
    essl.answer((request, response) => {
      // The second request on the first connection: the server has just given up on it.
      if (
        request.connection === 1 &&
        essl.requests.filter((r) => r.connection === 1).length === 2
      ) {
        dropped++;
        response.socket?.destroy();
        return;
      }
      soapAnswer(REPLY)(request, response);
    });
    const client = transport({ url: essl.url });
    await client.post('WsTest', ENVELOPE);
    const reply = await client.post('WsTest', ENVELOPE);
    expect(reply.httpStatus).toBe(200);
    expect(dropped).toBe(1);
    expect(essl.connections()).toBe(2);
  });

  it('is sent by axios: the transport’s interceptors see the call and its answer', async () => {
    const essl = await server();
    essl.answer(soapAnswer(REPLY));
    const client = transport({ url: essl.url });
    const answered: Array<{ action: unknown; status: number }> = [];
    client.interceptors.request.use((config) => {
      config.headers.set('X-Trace', 'call-1');
      return config;
    });
    client.interceptors.response.use((response) => {
      answered.push({ action: response.config.headers.get('SOAPAction'), status: response.status });
      return response;
    });
    await client.post('WsTest', ENVELOPE);
    // Only a request that really went out through this axios instance carries the header.
    expect(essl.requests[0]?.headers['x-trace']).toBe('call-1');
    expect(answered).toEqual([{ action: '"WsTest"', status: 200 }]);
  });

  it('reads a gzip-compressed answer', async () => {
    const essl = await server();
    essl.answer((_request, response) => {
      response.writeHead(200, {
        'Content-Type': 'text/xml; charset=utf-8',
        'Content-Encoding': 'gzip',
      });
      response.end(gzipSync(Buffer.from(REPLY)));
    });
    expect((await transport({ url: essl.url }).post('WsTest', ENVELOPE)).body).toBe(REPLY);
  });
});

describe('SoapTransport: failures become typed errors', () => {
  it.each([401, 403])('HTTP %i is a login failure, not retryable', async (status) => {
    const essl = await server();
    essl.answer((_request, response) => {
      response.writeHead(status, { 'WWW-Authenticate': 'Basic realm="eSSL"' });
      response.end('Unauthorized');
    });
    const error = await failure(transport({ url: essl.url }).post('WsTest', ENVELOPE));
    expect(error).toMatchObject({ kind: 'auth', retryable: false, httpStatus: status });
    expect(error.message).toMatch(/^Přihlášení k eSSL selhalo/);
  });

  it.each([200, 401])('an HTML login page (HTTP %i) is a login failure', async (status) => {
    const essl = await server();
    essl.answer((_request, response) => {
      response.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(LOGIN_PAGE);
    });
    const error = await failure(transport({ url: essl.url }).post('WsTest', ENVELOPE));
    expect(error).toMatchObject({ kind: 'auth', retryable: false });
    expect(error.message).toMatch(/^Přihlášení k eSSL selhalo/);
    if (status === 200) expect(error.message).toContain('přihlašovací stránka');
  });

  it('an HTML page sent as text/xml is still recognised as a login page', async () => {
    const essl = await server();
    essl.answer(soapAnswer(LOGIN_PAGE));
    expect(await failure(transport({ url: essl.url }).post('WsTest', ENVELOPE))).toMatchObject({
      kind: 'auth',
    });
  });

  it('a redirect (to single sign-on) is a login failure; the log gets only its origin', async () => {
    const essl = await server();
    essl.answer((_request, response) => {
      response.writeHead(302, { Location: 'https://sso.orp.example/login?ticket=SECRET' });
      response.end();
    });
    const error = await failure(transport({ url: essl.url }).post('WsTest', ENVELOPE));
    expect(error).toMatchObject({ kind: 'auth', retryable: false, httpStatus: 302 });
    expect(error.detail).toContain('https://sso.orp.example');
    expect(error.detail).not.toContain('SECRET');
  });

  it.each([502, 503, 504])(
    'HTTP %i from a gateway is a retryable transport failure',
    async (status) => {
      const essl = await server();
      essl.answer((_request, response) => {
        response.writeHead(status, { 'Content-Type': 'text/html' });
        response.end('<html><body><h1>Bad Gateway</h1></body></html>');
      });
      const error = await failure(transport({ url: essl.url }).post('WsTest', ENVELOPE));
      expect(error).toMatchObject({ kind: 'transport', retryable: true, httpStatus: status });
    },
  );

  it('an HTML error page with HTTP 500 is a server failure, not a login page', async () => {
    const essl = await server();
    essl.answer((_request, response) => {
      response.writeHead(500, { 'Content-Type': 'text/html' });
      response.end('<!DOCTYPE html><html><body>Internal Server Error</body></html>');
    });
    expect(await failure(transport({ url: essl.url }).post('WsTest', ENVELOPE))).toMatchObject({
      kind: 'transport',
      retryable: true,
      httpStatus: 500,
    });
  });

  it('a server that never answers times out (retryable)', async () => {
    const essl = await server();
    essl.answer(() => undefined);
    const started = Date.now();
    const error = await failure(
      transport({ url: essl.url, responseTimeoutMs: 200 }).post('WsTest', ENVELOPE),
    );
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(error).toMatchObject({ kind: 'transport', retryable: true });
    expect(error.message).toContain('neodpověděla včas');
  });

  it('a server that stalls in the middle of its answer times out too', async () => {
    const essl = await server();
    essl.answer((_request, response) => {
      response.writeHead(200, {
        'Content-Type': 'text/xml; charset=utf-8',
        'Content-Length': 10_000,
      });
      response.write(REPLY.slice(0, 40));
    });
    const error = await failure(
      transport({ url: essl.url, responseTimeoutMs: 200 }).post('WsTest', ENVELOPE),
    );
    expect(error).toMatchObject({ kind: 'transport', retryable: true });
    expect(error.message).toContain('neodpověděla včas');
  });

  it('a TLS handshake that never completes hits the connect timeout', async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    cleanups.push(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    });
    const { port } = silent.address() as AddressInfo;
    const started = Date.now();
    const error = await failure(
      transport({
        url: `https://127.0.0.1:${port}/erms`,
        connectTimeoutMs: 200,
        responseTimeoutMs: 10_000,
      }).post('WsTest', ENVELOPE),
    );
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(error).toMatchObject({ kind: 'transport', retryable: true });
    expect(error.detail).toContain('connect timed out');
  });

  it('a refused connection is a retryable transport failure', async () => {
    const closed = await startSoapServer();
    const { url } = closed;
    await closed.close();
    const error = await failure(transport({ url }).post('WsTest', ENVELOPE));
    expect(error).toMatchObject({ kind: 'transport', retryable: true });
    expect(error.message).toContain('odmítl spojení');
  });

  it('a connection dropped in the middle of the answer is a retryable transport failure', async () => {
    const essl = await server();
    essl.answer((_request, response) => {
      response.writeHead(200, {
        'Content-Type': 'text/xml; charset=utf-8',
        'Content-Length': 5_000,
      });
      response.write(REPLY.slice(0, 60), () => setTimeout(() => response.socket?.destroy(), 20));
    });
    const error = await failure(transport({ url: essl.url }).post('WsTest', ENVELOPE));
    expect(error).toMatchObject({ kind: 'transport', retryable: true });
    expect(error.message).toContain('přerušilo');
  });

  it('refuses an answer over the size cap, declared or streamed', async () => {
    const essl = await server();
    const big = `${REPLY}<!--${'x'.repeat(5_000)}-->`;
    essl.answer(soapAnswer(big));
    const declared = await failure(
      transport({ url: essl.url, maxResponseBytes: 1_000 }).post('WsTest', ENVELOPE),
    );
    expect(declared).toMatchObject({ kind: 'malformed', retryable: false });
    expect(declared.message).toContain('příliš velká');

    essl.answer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/xml; charset=utf-8' });
      response.write(big.slice(0, 2_000));
      response.end(big.slice(2_000));
    });
    expect(
      await failure(transport({ url: essl.url, maxResponseBytes: 1_000 }).post('WsTest', ENVELOPE)),
    ).toMatchObject({ kind: 'malformed', retryable: false });
  });

  it('counts the cap after decompression (a gzip bomb is stopped)', async () => {
    const essl = await server();
    const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(100_000);
    essl.answer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/xml', 'Content-Encoding': 'gzip' });
      response.end(bomb);
    });
    expect(
      await failure(
        transport({ url: essl.url, maxResponseBytes: 1024 * 1024 }).post('WsTest', ENVELOPE),
      ),
    ).toMatchObject({ kind: 'malformed', retryable: false });
  });

  it('a body that claims gzip but is not gzip is malformed', async () => {
    const essl = await server();
    essl.answer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/xml', 'Content-Encoding': 'gzip' });
      response.end(REPLY);
    });
    const error = await failure(transport({ url: essl.url }).post('WsTest', ENVELOPE));
    expect(error).toMatchObject({ kind: 'malformed', retryable: true });
    expect(error.detail).toContain('bad compressed body');
  });

  it('an encoding that was not asked for and cannot be decoded is malformed', async () => {
    const essl = await server();
    essl.answer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/xml', 'Content-Encoding': 'exotic' });
      response.end(REPLY);
    });
    const error = await failure(transport({ url: essl.url }).post('WsTest', ENVELOPE));
    expect(error).toMatchObject({ kind: 'malformed' });
    expect(error.detail).toContain('unsupported Content-Encoding exotic');
  });

  it('an answer that is not valid in its declared charset is malformed', async () => {
    const essl = await server();
    essl.answer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/xml; charset=utf-8' });
      response.end(Buffer.from([0x3c, 0x61, 0x3e, 0xff, 0xfe, 0x3c, 0x2f, 0x61, 0x3e]));
    });
    expect(await failure(transport({ url: essl.url }).post('WsTest', ENVELOPE))).toMatchObject({
      kind: 'malformed',
    });
  });

  it('an unusable address is a configuration error', () => {
    expect(() => transport({ url: 'ftp://essl.example/' })).toThrow(EsslError);
    expect(() => transport({ url: 'not a url' })).toThrow(/nastavené/);
  });
});

describe('SoapTransport: TLS', () => {
  let pki: TestPki;
  beforeAll(() => {
    pki = makeTestPki();
  });

  it('refuses a certificate from an unknown CA, not retryable', async () => {
    const essl = await server({ tls: { key: pki.serverKey, cert: pki.serverCert } });
    essl.answer(soapAnswer(REPLY));
    const error = await failure(transport({ url: essl.url }).post('WsTest', ENVELOPE));
    expect(error).toMatchObject({ kind: 'transport', retryable: false });
    expect(error.message).toContain('Certifikát serveru eSSL');
    expect(essl.requests).toHaveLength(0);
  });

  it('accepts it once that CA is configured', async () => {
    const essl = await server({ tls: { key: pki.serverKey, cert: pki.serverCert } });
    essl.answer(soapAnswer(REPLY));
    const reply = await transport({ url: essl.url, caPem: pki.caPem }).post('WsTest', ENVELOPE);
    expect(reply.body).toBe(REPLY);
  });

  it('times silence, not the whole call: a slow handshake, answer and body all get through', async () => {
    const essl = await server({ tls: { key: pki.serverKey, cert: pki.serverCert } });
    const pause = 300;
    essl.answer((_request, response) => {
      setTimeout(() => {
        response.writeHead(200, { 'Content-Type': 'text/xml; charset=utf-8' });
        response.write(REPLY.slice(0, 50));
        setTimeout(() => response.end(REPLY.slice(50)), pause);
      }, pause);
    });
    // A relay that holds every new connection back, so the TLS handshake takes a pause too.
    const relayed: net.Socket[] = [];
    const relay = net.createServer((client) => {
      client.pause();
      relayed.push(client);
      setTimeout(() => {
        const upstream = net.connect(essl.port, '127.0.0.1', () => {
          client.pipe(upstream);
          upstream.pipe(client);
          client.resume();
        });
        relayed.push(upstream);
        upstream.on('error', () => client.destroy());
        client.on('error', () => upstream.destroy());
      }, pause);
    });
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
    cleanups.push(async () => {
      for (const socket of relayed) socket.destroy();
      await new Promise<void>((resolve) => relay.close(() => resolve()));
    });
    const { port } = relay.address() as AddressInfo;

    const started = Date.now();
    const reply = await transport({
      url: `https://127.0.0.1:${port}/erms`,
      caPem: pki.caPem,
      connectTimeoutMs: 5_000,
      responseTimeoutMs: 2 * pause,
    }).post('WsTest', ENVELOPE);
    expect(reply.body).toBe(REPLY);
    // Three pauses in a row: more than the timeout in all, though none reached it.
    expect(Date.now() - started).toBeGreaterThan(2 * pause);
  });

  it('refuses an extra CA that is not a PEM certificate', () => {
    expect(() => transport({ url: 'https://essl.example/', caPem: 'nonsense' })).toThrow(
      expect.objectContaining({ kind: 'config' }),
    );
  });
});

describe('SoapTransport: proxies', () => {
  let pki: TestPki;
  let proxy: TestProxy;
  beforeAll(() => {
    pki = makeTestPki();
  });

  async function startProxy(): Promise<TestProxy> {
    proxy = await startTestProxy();
    cleanups.push(() => proxy.close());
    return proxy;
  }

  it('tunnels https through HTTPS_PROXY from the environment (with its login)', async () => {
    const essl = await server({ tls: { key: pki.serverKey, cert: pki.serverCert } });
    essl.answer(soapAnswer(REPLY));
    await startProxy();
    const withLogin = proxy.url.replace('http://', 'http://proxyuser:proxy%20heslo@');
    // `essl.test` does not resolve: the answer can only come through the proxy.
    const url = `https://essl.test:${essl.port}/erms`;
    const client = transport({ url, caPem: pki.caPem, env: { HTTPS_PROXY: withLogin } });
    expect((await client.post('WsTest', ENVELOPE)).body).toBe(REPLY);
    await client.post('WsTest', ENVELOPE);

    expect(proxy.seen).toEqual([
      {
        method: 'CONNECT',
        target: `essl.test:${essl.port}`,
        proxyAuthorization: `Basic ${Buffer.from('proxyuser:proxy heslo').toString('base64')}`,
      },
    ]);
    expect(essl.connections()).toBe(1);
  });

  it('still checks the eSSL certificate inside the tunnel', async () => {
    const essl = await server({ tls: { key: pki.serverKey, cert: pki.serverCert } });
    essl.answer(soapAnswer(REPLY));
    await startProxy();
    const url = `https://essl.test:${essl.port}/erms`;
    const error = await failure(
      transport({ url, env: { https_proxy: proxy.url } }).post('WsTest', ENVELOPE),
    );
    expect(error).toMatchObject({ kind: 'transport', retryable: false });
  });

  it('checks the host name against the certificate (a trusted CA is not enough)', async () => {
    const essl = await server({ tls: { key: pki.serverKey, cert: pki.serverCert } });
    essl.answer(soapAnswer(REPLY));
    await startProxy();
    // The proxy reaches the same server under a name its certificate does not carry.
    const url = `https://wrong.test:${essl.port}/erms`;
    const error = await failure(
      transport({ url, caPem: pki.caPem, env: { HTTPS_PROXY: proxy.url } }).post(
        'WsTest',
        ENVELOPE,
      ),
    );
    expect(error).toMatchObject({ kind: 'transport', retryable: false });
    expect(error.detail).toMatch(/wrong\.test/);
    expect(essl.requests).toHaveLength(0);
  });

  it('sends plain http to HTTP_PROXY with the absolute URL', async () => {
    const essl = await server();
    essl.answer(soapAnswer(REPLY));
    await startProxy();
    const url = `http://essl.test:${essl.port}/erms`;
    await transport({ url, env: { HTTP_PROXY: proxy.url } }).post('WsTest', ENVELOPE);
    expect(proxy.seen).toEqual([{ method: 'POST', target: url, proxyAuthorization: null }]);
    expect(essl.requests[0]?.headers.host).toBe(`essl.test:${essl.port}`);
  });

  it('prefers the proxy from the settings over the environment', async () => {
    const essl = await server();
    essl.answer(soapAnswer(REPLY));
    await startProxy();
    const url = `http://essl.test:${essl.port}/erms`;
    await transport({
      url,
      proxyUrl: proxy.url,
      env: { HTTP_PROXY: 'http://127.0.0.1:9' },
    }).post('WsTest', ENVELOPE);
    expect(proxy.seen).toHaveLength(1);
  });

  it('goes direct for NO_PROXY hosts and for loopback', async () => {
    const essl = await server();
    essl.answer(soapAnswer(REPLY));
    await startProxy();
    await transport({ url: essl.url, env: { HTTP_PROXY: proxy.url } }).post('WsTest', ENVELOPE);
    expect(proxy.seen).toHaveLength(0);

    const bypassed = `http://essl.test:${essl.port}/erms`;
    const error = await failure(
      transport({
        url: bypassed,
        env: { HTTP_PROXY: proxy.url, NO_PROXY: 'localhost,.test' },
      }).post('WsTest', ENVELOPE),
    );
    // Not through the proxy, so the made-up name has to be resolved — and cannot be.
    expect(error.kind).toBe('transport');
    expect(proxy.seen).toHaveLength(0);
  });

  it('a proxy that refuses the tunnel is a transport failure', async () => {
    const refusing = net.createServer((socket) => {
      socket.once('data', () => socket.end('HTTP/1.1 407 Proxy Authentication Required\r\n\r\n'));
    });
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => refusing.close(() => resolve())));
    const { port } = refusing.address() as AddressInfo;
    const error = await failure(
      transport({
        url: 'https://essl.test/erms',
        env: { HTTPS_PROXY: `http://127.0.0.1:${port}` },
      }).post('WsTest', ENVELOPE),
    );
    expect(error).toMatchObject({ kind: 'transport', retryable: false });
    expect(error.message).toContain('Proxy server vyžaduje přihlášení');
  });
});
