import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import type { Duplex } from 'node:stream';
import type { EsslError } from './errors';
import { configError, transportError } from './errors';

/**
 * Connection pools for the eSSL: keep-alive (a sync run makes hundreds of calls, and a
 * TLS handshake per call would cost more than the calls), a connect timeout that
 * covers the TCP connect, a proxy's CONNECT and the TLS handshake, and certificate
 * checks that are always on.
 */
export interface AgentSettings {
  connectTimeoutMs: number;
  /** Extra trusted CA (PEM), added to Node's own list, never replacing it. */
  caPem: string | null;
  proxy: URL | null;
  /** A client certificate (PKCS#12) presented in the TLS handshake, e.g. an ISDS system certificate. */
  clientCertificate?: ClientCertificate | null;
}

export interface ClientCertificate {
  pfx: Uint8Array;
  passphrase: string;
}

/** The TLS options that present the client certificate (none when there is none). */
function clientTlsOptions(certificate: ClientCertificate | null | undefined): {
  pfx?: Buffer;
  passphrase?: string;
} {
  if (!certificate) return {};
  return { pfx: Buffer.from(certificate.pfx), passphrase: certificate.passphrase };
}

/** How long an idle pooled connection is kept; servers often close theirs after 5 s. */
const FREE_SOCKET_MS = 4_000;
const MAX_SOCKETS = 8;
const MAX_PROXY_HEADER = 16 * 1024;

export function trustedCas(caPem: string | null): string[] | undefined {
  if (!caPem) return undefined;
  if (!caPem.includes('-----BEGIN CERTIFICATE-----'))
    throw configError('extra CA is not a PEM certificate', CA_MESSAGE);
  const ca = [...tls.rootCertificates, caPem];
  try {
    tls.createSecureContext({ ca });
  } catch (error) {
    throw configError(`extra CA unusable: ${String(error)}`, CA_MESSAGE);
  }
  return ca;
}

const CA_MESSAGE =
  'Certifikát certifikační autority v Nastavení → Připojení není platný (očekává se certifikát ve formátu PEM).';

function connectTimeout(ms: number): Error {
  return Object.assign(new Error(`connect timed out after ${ms} ms`), { code: 'ECONNECTTIMEDOUT' });
}

/** Destroys `socket` unless `readyEvent` comes within `ms`. */
function armConnectTimer(socket: Duplex, readyEvent: string, ms: number): () => void {
  const timer = setTimeout(() => socket.destroy(connectTimeout(ms)), ms);
  const clear = () => clearTimeout(timer);
  socket.once(readyEvent, clear);
  socket.once('close', clear);
  return clear;
}

const baseOptions = {
  keepAlive: true,
  keepAliveMsecs: 1_000,
  maxSockets: MAX_SOCKETS,
  timeout: FREE_SOCKET_MS,
};

class TimedHttpAgent extends http.Agent {
  constructor(private readonly connectTimeoutMs: number) {
    super(baseOptions);
  }

  override createConnection(
    options: http.ClientRequestArgs,
    callback?: (err: Error | null, stream: Duplex) => void,
  ): Duplex | null | undefined {
    const socket = super.createConnection(options, callback);
    if (socket) armConnectTimer(socket, 'connect', this.connectTimeoutMs);
    return socket;
  }
}

class TimedHttpsAgent extends https.Agent {
  constructor(
    private readonly connectTimeoutMs: number,
    ca: string[] | undefined,
    certificate?: ClientCertificate | null,
  ) {
    super({
      ...baseOptions,
      ...clientTlsOptions(certificate),
      ca,
      rejectUnauthorized: true,
      minVersion: 'TLSv1.2',
    });
  }

  override createConnection(
    options: https.RequestOptions,
    callback?: (err: Error | null, stream: Duplex) => void,
  ): Duplex | null | undefined {
    const socket = super.createConnection(options, callback);
    if (socket) armConnectTimer(socket, 'secureConnect', this.connectTimeoutMs);
    return socket;
  }
}

/** HTTPS through an HTTP(S) proxy: a CONNECT tunnel, then TLS to the eSSL inside it. */
class TunnelAgent extends https.Agent {
  constructor(
    private readonly proxy: URL,
    private readonly connectTimeoutMs: number,
    private readonly ca: string[] | undefined,
    private readonly certificate?: ClientCertificate | null,
  ) {
    super({
      ...baseOptions,
      ...clientTlsOptions(certificate),
      ca,
      rejectUnauthorized: true,
      minVersion: 'TLSv1.2',
    });
  }

  override createConnection(
    options: https.RequestOptions,
    callback?: (err: Error | null, stream: Duplex) => void,
  ): Duplex | null | undefined {
    const done = once(callback);
    const host = options.hostname ?? options.host ?? 'localhost';
    const port = Number(options.port ?? 443);
    const proxySocket = connectToProxy(this.proxy, this.ca);
    const timer = setTimeout(() => {
      const error = connectTimeout(this.connectTimeoutMs);
      proxySocket.destroy(error);
      done(error);
    }, this.connectTimeoutMs);
    const fail = (error: Error) => {
      clearTimeout(timer);
      proxySocket.destroy();
      done(error);
    };
    proxySocket.once('error', fail);
    proxySocket.once(this.proxy.protocol === 'https:' ? 'secureConnect' : 'connect', () => {
      const authority = `${net.isIP(host) === 6 ? `[${host}]` : host}:${port}`;
      proxySocket.write(
        `CONNECT ${authority} HTTP/1.1\r\nHost: ${authority}\r\n${proxyAuthorization(this.proxy)}\r\n`,
      );
    });
    readProxyAnswer(proxySocket, (error) => {
      if (error) return fail(error);
      proxySocket.removeListener('error', fail);
      const secure = tls.connect({
        ...clientTlsOptions(this.certificate),
        socket: proxySocket,
        servername: net.isIP(host) ? undefined : host,
        ca: this.ca,
        rejectUnauthorized: true,
        minVersion: 'TLSv1.2',
      });
      secure.once('error', (tlsError) => {
        clearTimeout(timer);
        done(tlsError);
      });
      secure.once('secureConnect', () => {
        clearTimeout(timer);
        done(null, secure);
      });
    });
    return undefined;
  }
}

function once(
  callback: ((err: Error | null, stream: Duplex) => void) | undefined,
): (err: Error | null, stream?: Duplex) => void {
  let called = false;
  return (err, stream) => {
    if (called || !callback) return;
    called = true;
    // The agent ignores the stream when err is set; it only needs the argument.
    callback(err, stream as Duplex);
  };
}

function connectToProxy(proxy: URL, ca: string[] | undefined): net.Socket {
  const port = Number(proxy.port || (proxy.protocol === 'https:' ? 443 : 80));
  const host = proxy.hostname.replace(/^\[|\]$/g, '');
  return proxy.protocol === 'https:'
    ? tls.connect({
        host,
        port,
        servername: net.isIP(host) ? undefined : host,
        ca,
        rejectUnauthorized: true,
      })
    : net.connect({ host, port });
}

export function proxyAuthorization(proxy: URL): string {
  if (!proxy.username) return '';
  const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
  return `Proxy-Authorization: Basic ${Buffer.from(credentials, 'utf8').toString('base64')}\r\n`;
}

/** Reads the proxy's answer to CONNECT up to the blank line; anything but 2xx is a failure. */
function readProxyAnswer(socket: net.Socket, then: (error: Error | null) => void): void {
  let buffered = Buffer.alloc(0);
  const onData = (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    const end = buffered.indexOf('\r\n\r\n');
    if (end < 0) {
      if (buffered.length > MAX_PROXY_HEADER)
        finish(proxyFailure('oversized CONNECT answer', null));
      return;
    }
    const statusLine = buffered.subarray(0, buffered.indexOf('\r\n')).toString('latin1');
    const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? NaN);
    const rest = buffered.subarray(end + 4);
    if (status >= 200 && status < 300) {
      if (rest.length) socket.unshift(rest);
      finish(null);
    } else
      finish(proxyFailure(`proxy answered CONNECT with "${statusLine.slice(0, 100)}"`, status));
  };
  const onClose = () => finish(proxyFailure('proxy closed the connection during CONNECT', null));
  const finish = (error: Error | null) => {
    socket.removeListener('data', onData);
    socket.removeListener('close', onClose);
    then(error);
  };
  socket.on('data', onData);
  socket.once('close', onClose);
}

function proxyFailure(detail: string, status: number | null): EsslError {
  if (status === 407)
    return transportError(detail, {
      networkCode: 'EPROXYAUTH',
      retryable: false,
      message:
        'Proxy server vyžaduje přihlášení. Doplňte jméno a heslo do adresy proxy v Nastavení → Připojení.',
    });
  return transportError(detail, {
    networkCode: 'EPROXY',
    message:
      'Proxy server nepropustil spojení k eSSL. Zkuste to prosím později, případně zkontrolujte nastavení proxy.',
  });
}

/**
 * What axios calls to start a request it has prepared (its `transport` option): Node's
 * own `request`, over the pool's agents and routed through the proxy where one applies.
 */
export interface RequestStarter {
  request(
    options: http.RequestOptions,
    onResponse: (response: http.IncomingMessage) => void,
  ): http.ClientRequest;
}

export interface AgentPool {
  /** For axios's `httpAgent` / `httpsAgent`; the one the target's scheme does not use is absent. */
  readonly httpAgent: http.Agent | undefined;
  readonly httpsAgent: https.Agent | undefined;
  readonly transport: RequestStarter;
  destroy(): void;
}

export function createAgentPool(protocol: string, settings: AgentSettings): AgentPool {
  const ca = trustedCas(settings.caPem);
  const { proxy, connectTimeoutMs } = settings;
  const certificate = settings.clientCertificate ?? null;

  // axios builds a fresh options object (null prototype) for every request; it is
  // adjusted in place, as axios's own proxy code does. The agent is set here as well
  // as handed to axios, so no request can leave without the pool's certificate checks.
  if (protocol === 'https:') {
    const agent = proxy
      ? new TunnelAgent(proxy, connectTimeoutMs, ca, certificate)
      : new TimedHttpsAgent(connectTimeoutMs, ca, certificate);
    return {
      httpAgent: undefined,
      httpsAgent: agent,
      transport: {
        request: (options, onResponse) => https.request(using(options, agent), onResponse),
      },
      destroy: () => agent.destroy(),
    };
  }
  if (!proxy) {
    const agent = new TimedHttpAgent(connectTimeoutMs);
    return {
      httpAgent: agent,
      httpsAgent: undefined,
      transport: {
        request: (options, onResponse) => http.request(using(options, agent), onResponse),
      },
      destroy: () => agent.destroy(),
    };
  }

  // Plain http to the eSSL through a proxy: the proxy gets the absolute URL.
  const agent =
    proxy.protocol === 'https:'
      ? new TimedHttpsAgent(connectTimeoutMs, ca)
      : new TimedHttpAgent(connectTimeoutMs);
  const send = proxy.protocol === 'https:' ? https.request : http.request;
  const authorization = proxyAuthorization(proxy).replace(/^Proxy-Authorization: |\r\n$/g, '');
  const proxyHost = proxy.hostname.replace(/^\[|\]$/g, '');
  const proxyPort = Number(proxy.port || (proxy.protocol === 'https:' ? 443 : 80));
  return {
    httpAgent: agent,
    httpsAgent: undefined,
    transport: {
      request: (options, onResponse) => {
        const target = targetOf(options);
        const headers = Array.isArray(options.headers) ? {} : { ...options.headers };
        Object.assign(using(options, agent), {
          protocol: proxy.protocol,
          hostname: proxyHost,
          host: proxyHost,
          port: proxyPort,
          path: target.href,
          headers: {
            ...headers,
            Host: target.host,
            ...(authorization ? { 'Proxy-Authorization': authorization } : {}),
          },
        });
        return send(options, onResponse);
      },
    },
    destroy: () => agent.destroy(),
  };
}

function using(options: http.RequestOptions, agent: http.Agent): http.RequestOptions {
  options.agent = agent;
  return options;
}

/** The URL axios meant to reach, rebuilt from the options it prepared for Node. */
function targetOf(options: http.RequestOptions): URL {
  const host = options.hostname ?? options.host ?? 'localhost';
  const authority = `${net.isIP(host) === 6 ? `[${host}]` : host}${options.port ? `:${options.port}` : ''}`;
  // Concatenated, not resolved: a path starting with `//` must not become a host.
  return new URL(`${options.protocol ?? 'http:'}//${authority}${options.path ?? '/'}`);
}
