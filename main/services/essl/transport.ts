import type http from 'node:http';
import type { Readable } from 'node:stream';
import axios, { AxiosError, type AxiosInstance, type AxiosResponse } from 'axios';
import {
  createAgentPool,
  type AgentPool,
  type ClientCertificate,
  type RequestStarter,
} from './agents';
import type { EsslError } from './errors';
import { asEsslError, authError, configError, httpStatusError, malformedError } from './errors';
import { chooseProxy } from './proxy';

export interface TransportSettings {
  /** The eSSL's SOAP endpoint (http: only for the simulator on loopback, or a test). */
  url: string;
  /** HTTP Basic login; null = none is sent (a login by client certificate alone). */
  user: string | null;
  password: string | null;
  /** A client certificate for the TLS handshake (ISDS certificate logins). */
  clientCertificate?: ClientCertificate | null;
  /** TCP connect + proxy CONNECT + TLS handshake (default 20 s). */
  connectTimeoutMs?: number;
  /** The longest silence from the server: before the answer starts and between its parts (default 20 s). */
  responseTimeoutMs?: number;
  /** The largest answer accepted, after decompression (default 64 MiB). */
  maxResponseBytes?: number;
  /** Extra CA to trust (PEM), e.g. the ORP's own. */
  caPem?: string | null;
  /** Explicit proxy from the settings; otherwise the environment's is used. */
  proxyUrl?: string | null;
  /** Where proxy variables are read (default `process.env`). */
  env?: Readonly<Record<string, string | undefined>>;
  userAgent?: string;
}

export interface SoapReply {
  httpStatus: number;
  body: string;
  /** The HTTP Date header as an ISO instant (the eSSL's clock), null without one. */
  serverDate: string | null;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/** Node codes of a pooled connection the server had already closed when we reused it. */
const STALE_SOCKET_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED']);

/**
 * SOAP 1.1 over HTTP(S) to one eSSL endpoint, sent with axios: POST with `SOAPAction`,
 * HTTP Basic, keep-alive, timeouts, a size cap, certificate checks always on, the proxy
 * from the settings or the environment. Answers that are not a SOAP message at all
 * (login pages, gateway errors, a dropped connection) become an EsslError here;
 * everything XML is handed on for the codec to judge.
 */
export class SoapTransport {
  private readonly target: URL;
  private readonly pool: AgentPool;
  private readonly http: AxiosInstance;
  private readonly responseTimeoutMs: number;
  private readonly maxResponseBytes: number;

  constructor(settings: TransportSettings) {
    let target: URL;
    try {
      target = new URL(settings.url);
    } catch {
      throw configError('eSSL URL unparsable');
    }
    if (target.protocol !== 'https:' && target.protocol !== 'http:')
      throw configError(`eSSL URL protocol ${target.protocol}`);
    this.target = target;
    this.responseTimeoutMs = settings.responseTimeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.maxResponseBytes = settings.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    this.pool = createAgentPool(target.protocol, {
      connectTimeoutMs: settings.connectTimeoutMs ?? DEFAULT_TIMEOUT_MS,
      caPem: settings.caPem ?? null,
      proxy: chooseProxy(target, settings.proxyUrl ?? null, settings.env ?? process.env),
      clientCertificate: settings.clientCertificate ?? null,
    });
    this.http = axios.create({
      // The agents, the tunnel and the timeouts below are Node's; never XHR or fetch.
      adapter: 'http',
      httpAgent: this.pool.httpAgent,
      httpsAgent: this.pool.httpsAgent,
      // The pool chooses the proxy (settings, environment, NO_PROXY, loopback) and
      // tunnels https through it itself; axios must not add a second opinion.
      proxy: false,
      // A redirect is single sign-on in front of the eSSL: reported, never followed.
      maxRedirects: 0,
      ...(settings.user !== null
        ? { auth: { username: settings.user, password: settings.password ?? '' } }
        : {}),
      headers: {
        'Content-Type': 'text/xml; charset=utf-8',
        Accept: 'text/xml, application/soap+xml',
        'Accept-Encoding': 'gzip, deflate',
        'User-Agent': settings.userAgent ?? 'Uradovna',
      },
      // Every status is classified below (and by the codec), not thrown by axios.
      validateStatus: () => true,
      // Streamed, so the body is read (and its silences timed) here; axios decompresses
      // it and stops it past maxContentLength counted after decompression (a gzip bomb).
      responseType: 'stream',
      decompress: true,
      maxContentLength: this.maxResponseBytes,
      // Requests are not capped: what the eSSL accepts is the eSSL's to say.
      maxBodyLength: -1,
      // With a `transport` axios arms this as Node's socket idle timer (no wall clock),
      // so it is the longest silence, not the longest call: a large upload or download
      // on a slow line is not cut off while it flows. axios stops reacting to it once
      // the answer has started; Attempt takes over from there.
      timeout: this.responseTimeoutMs,
      timeoutErrorMessage: `server silent for ${this.responseTimeoutMs} ms`,
      // ETIMEDOUT, not ECONNABORTED: a timeout must not pass for a stale pooled socket.
      transitional: { clarifyTimeoutError: true },
    });
  }

  get url(): string {
    return this.target.href;
  }

  /**
   * The axios instance's interceptors, for tests and diagnostics (e.g. timing a call).
   * A request's config carries the login (`auth`): never log it whole.
   */
  get interceptors(): AxiosInstance['interceptors'] {
    return this.http.interceptors;
  }

  /**
   * Sends one envelope with `SOAPAction: "<action>"`; throws EsslError when no SOAP
   * answer came. `path` is appended to the URL (ISDS has one endpoint per service,
   * `…/dz`, `…/dx`, on the same host and so the same connections).
   */
  async post(action: string, envelope: string, path = ''): Promise<SoapReply> {
    const body = Buffer.from(envelope, 'utf8');
    const href = this.target.href.replace(/\/$/, '') + path;
    try {
      return await this.attempt(action, body, path ? href : this.target.href);
    } catch (error) {
      // A pooled connection the server closed a moment ago fails before a byte of the
      // answer; the eSSL operations are idempotent (by entity id or UdalostId), so one
      // more try on a fresh connection is safe.
      if (!(error instanceof StaleSocketError)) throw error;
    }
    try {
      return await this.attempt(action, body, path ? href : this.target.href);
    } catch (error) {
      // Stale again (the pool had several closed sockets): now it is a lost line.
      throw error instanceof StaleSocketError ? asEsslError(error.original) : error;
    }
  }

  close(): void {
    this.pool.destroy();
  }

  private async attempt(action: string, body: Buffer, href: string): Promise<SoapReply> {
    const attempt = new Attempt(this.pool.transport, this.responseTimeoutMs);
    let response: AxiosResponse<Readable>;
    try {
      response = await this.http.post<Readable>(href, body, {
        headers: { SOAPAction: `"${action}"` },
        transport: attempt,
      });
    } catch (error) {
      const cause = unwrap(error);
      if (attempt.reusedSocket && STALE_SOCKET_CODES.has(codeOf(cause) ?? ''))
        throw new StaleSocketError(cause);
      throw asEsslError(cause);
    }
    try {
      return await this.readReply(response, attempt);
    } catch (error) {
      throw asEsslError(attempt.silence ?? unwrap(error));
    }
  }

  private async readReply(response: AxiosResponse<Readable>, attempt: Attempt): Promise<SoapReply> {
    const status = response.status;
    const header = (name: string): string | undefined => {
      const value: unknown = response.headers[name];
      return typeof value === 'string' ? value : undefined;
    };
    const serverDate = isoDate(header('date'));
    if (status === 401 || status === 403) {
      discard(response.data);
      throw authError(`HTTP ${status}`, status, false);
    }
    if (status >= 300 && status < 400) {
      discard(response.data);
      throw authError(
        `HTTP ${status} redirect to ${originOf(header('location') ?? '')}`,
        status,
        true,
      );
    }
    if (status === 502 || status === 503 || status === 504) {
      discard(response.data);
      throw httpStatusError(status);
    }
    const contentType = header('content-type');
    let bytes: Buffer;
    try {
      bytes = await this.readBody(response.data, header);
    } catch (error) {
      attempt.abandon(response.data);
      throw error;
    }
    const text = decodeText(bytes, contentType);
    if (looksLikeHtml(text, contentType)) {
      // An HTML error page from a gateway is a server failure; anything else is the
      // login page of single sign-on standing in front of the eSSL.
      if (status >= 500) throw httpStatusError(status);
      throw authError(`HTML instead of SOAP (HTTP ${status})`, status, true);
    }
    return { httpStatus: status, body: text, serverDate };
  }

  private async readBody(
    data: Readable,
    header: (name: string) => string | undefined,
  ): Promise<Buffer> {
    const limit = this.maxResponseBytes;
    const declared = Number(header('content-length') ?? NaN);
    if (declared > limit) throw tooLarge(limit, `Content-Length ${declared}`);
    // axios removes the header of an encoding it has decoded; one left is one it could not.
    const encoding = (header('content-encoding') ?? 'identity').trim().toLowerCase();
    if (encoding !== 'identity' && encoding !== '')
      throw malformedError(`unsupported Content-Encoding ${encoding}`);

    const chunks: Buffer[] = [];
    try {
      for await (const chunk of data as AsyncIterable<unknown>) chunks.push(asBuffer(chunk));
    } catch (error) {
      const cause = unwrap(error);
      // In a streamed answer axios reports nothing else as ERR_BAD_RESPONSE.
      if (axios.isAxiosError(error) && error.code === AxiosError.ERR_BAD_RESPONSE)
        throw tooLarge(limit, `more than ${limit} bytes`);
      if (codeOf(cause)?.startsWith('Z_'))
        throw malformedError(`bad compressed body: ${describe(cause)}`);
      throw cause;
    }
    return Buffer.concat(chunks);
  }
}

/**
 * One try of a call, handed to axios as its `transport`: starts the request through
 * the pool and keeps what the retry and the silence timer need to know about it.
 */
class Attempt implements RequestStarter {
  private started: http.ClientRequest | null = null;
  private answered = false;
  silence: Error | null = null;

  constructor(
    private readonly pool: RequestStarter,
    private readonly timeoutMs: number,
  ) {}

  get reusedSocket(): boolean {
    return this.started?.reusedSocket ?? false;
  }

  request(
    options: http.RequestOptions,
    onResponse: (response: http.IncomingMessage) => void,
  ): http.ClientRequest {
    const started = this.pool.request(options, (response) => {
      this.answered = true;
      onResponse(response);
    });
    // Before the answer axios itself aborts on the idle timer; after, it no longer
    // listens, so a server that stalls in the middle of its answer is cut off here.
    started.on('timeout', () => {
      if (!this.answered || this.silence) return;
      this.silence = Object.assign(new Error(`server silent for ${this.timeoutMs} ms`), {
        code: 'ETIMEDOUT',
      });
      started.destroy(this.silence);
    });
    this.started = started;
    return started;
  }

  /** Drops an answer that will not be read to its end (and the connection it holds). */
  abandon(data: Readable): void {
    data.destroy();
    this.started?.destroy();
  }
}

/** Reads an answer that is not needed to its end, so its connection can be reused. */
function discard(data: Readable): void {
  data.on('error', () => undefined);
  data.resume();
}

/** The Node error behind an axios one (its code and message are what the user is told about). */
function unwrap(error: unknown): unknown {
  if (axios.isAxiosError(error) && error.cause instanceof Error) return error.cause;
  return error;
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function asBuffer(chunk: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk);
  return Buffer.from(String(chunk), 'utf8');
}

class StaleSocketError extends Error {
  constructor(readonly original: unknown) {
    super(describe(original));
  }
}

function tooLarge(limit: number, detail: string): EsslError {
  return malformedError(`answer too large: ${detail}`, {
    retryable: false,
    message: `Odpověď eSSL je příliš velká (víc než ${Math.round(limit / 1024 / 1024)} MiB), aplikace ji nepřijala. Obraťte se prosím na správce eSSL.`,
  });
}

function decodeText(bytes: Buffer, contentType: string | undefined): string {
  const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(charset, { fatal: true }).decode(bytes);
  } catch (error) {
    throw malformedError(`body not decodable as ${charset}: ${String(error)}`);
  }
}

function looksLikeHtml(text: string, contentType: string | undefined): boolean {
  if (/^\s*(text\/html|application\/xhtml\+xml)/i.test(contentType ?? '')) return true;
  const head = text.slice(0, 2048).replace(/^\uFEFF/, '');
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE\s+html|<html[\s>])/i.test(head);
}

function isoDate(header: string | undefined): string | null {
  if (!header) return null;
  const time = Date.parse(header);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** Only the origin of a redirect goes to the log: its query may carry SSO tokens. */
function originOf(location: string): string {
  try {
    return new URL(location).origin;
  } catch {
    return '(relative)';
  }
}
