import type http from 'node:http';
import { createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { createAgentPool, type AgentPool } from './agents';
import type { EsslError } from './errors';
import { asEsslError, authError, configError, httpStatusError, malformedError } from './errors';
import { chooseProxy } from './proxy';

export interface TransportSettings {
  /** The eSSL's SOAP endpoint (http: only for the simulator on loopback, or a test). */
  url: string;
  user: string;
  password: string;
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
 * SOAP 1.1 over HTTP(S) to one eSSL endpoint: POST with `SOAPAction`, HTTP Basic,
 * keep-alive, timeouts, a size cap, certificate checks always on, the proxy from the
 * settings or the environment. Answers that are not a SOAP message at all (login
 * pages, gateway errors, a dropped connection) become an EsslError here; everything
 * XML is handed on for the codec to judge.
 */
export class SoapTransport {
  private readonly target: URL;
  private readonly pool: AgentPool;
  private readonly authorization: string;
  private readonly responseTimeoutMs: number;
  private readonly maxResponseBytes: number;
  private readonly userAgent: string;

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
    this.authorization = `Basic ${Buffer.from(`${settings.user}:${settings.password}`, 'utf8').toString('base64')}`;
    this.responseTimeoutMs = settings.responseTimeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.maxResponseBytes = settings.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    this.userAgent = settings.userAgent ?? 'Uradovna';
    this.pool = createAgentPool(target.protocol, {
      connectTimeoutMs: settings.connectTimeoutMs ?? DEFAULT_TIMEOUT_MS,
      caPem: settings.caPem ?? null,
      proxy: chooseProxy(target, settings.proxyUrl ?? null, settings.env ?? process.env),
    });
  }

  get url(): string {
    return this.target.href;
  }

  /** Sends one envelope with `SOAPAction: "<action>"`; throws EsslError when no SOAP answer came. */
  async post(action: string, envelope: string): Promise<SoapReply> {
    const body = Buffer.from(envelope, 'utf8');
    try {
      return await this.attempt(action, body);
    } catch (error) {
      // A pooled connection the server closed a moment ago fails before a byte of the
      // answer; the eSSL operations are idempotent (by entity id or UdalostId), so one
      // more try on a fresh connection is safe.
      if (error instanceof StaleSocketError) return this.attempt(action, body);
      throw error;
    }
  }

  close(): void {
    this.pool.destroy();
  }

  private attempt(action: string, body: Buffer): Promise<SoapReply> {
    return new Promise<SoapReply>((resolve, reject) => {
      const request = this.pool.request(this.target, 'POST', {
        'Content-Type': 'text/xml; charset=utf-8',
        SOAPAction: `"${action}"`,
        Authorization: this.authorization,
        Accept: 'text/xml, application/soap+xml',
        'Accept-Encoding': 'gzip, deflate',
        'Content-Length': body.length,
        'User-Agent': this.userAgent,
      });
      let answered = false;
      let timedOut: Error | null = null;
      request.setTimeout(this.responseTimeoutMs, () => {
        timedOut = Object.assign(new Error(`server silent for ${this.responseTimeoutMs} ms`), {
          code: 'ETIMEDOUT',
        });
        request.destroy(timedOut);
      });
      request.on('error', (error: Error & { code?: string }) => {
        if (answered) return;
        if (request.reusedSocket && error.code && STALE_SOCKET_CODES.has(error.code))
          reject(new StaleSocketError(error));
        else reject(asEsslError(error));
      });
      request.once('response', (response) => {
        answered = true;
        this.readReply(response).then(resolve, (error: unknown) => {
          request.destroy();
          reject(asEsslError(timedOut ?? error));
        });
      });
      request.end(body);
    });
  }

  private async readReply(response: http.IncomingMessage): Promise<SoapReply> {
    const status = response.statusCode ?? 0;
    const serverDate = isoDate(response.headers.date);
    if (status === 401 || status === 403) {
      response.resume();
      throw authError(`HTTP ${status}`, status, false);
    }
    if (status >= 300 && status < 400) {
      response.resume();
      const location = response.headers.location ?? '';
      throw authError(`HTTP ${status} redirect to ${originOf(location)}`, status, true);
    }
    if (status === 502 || status === 503 || status === 504) {
      response.resume();
      throw httpStatusError(status);
    }
    const text = decodeText(await this.readBody(response), response.headers['content-type']);
    if (looksLikeHtml(text, response.headers['content-type'])) {
      // An HTML error page from a gateway is a server failure; anything else is the
      // login page of single sign-on standing in front of the eSSL.
      if (status >= 500) throw httpStatusError(status);
      throw authError(`HTML instead of SOAP (HTTP ${status})`, status, true);
    }
    return { httpStatus: status, body: text, serverDate };
  }

  private readBody(response: http.IncomingMessage): Promise<Buffer> {
    const limit = this.maxResponseBytes;
    const declared = Number(response.headers['content-length'] ?? NaN);
    if (declared > limit) {
      response.destroy();
      return Promise.reject(tooLarge(limit, `Content-Length ${declared}`));
    }
    const encoding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
    let source: Readable = response;
    if (encoding === 'gzip' || encoding === 'x-gzip') source = response.pipe(createGunzip());
    else if (encoding === 'deflate') source = response.pipe(createInflate());
    else if (encoding !== 'identity' && encoding !== '')
      return Promise.reject(malformedError(`unsupported Content-Encoding ${encoding}`));

    return new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let settled = false;
      const fail = (error: Error) => {
        if (settled) return;
        settled = true;
        response.destroy();
        if (source !== response) source.destroy();
        reject(error);
      };
      source.on('data', (chunk: Buffer) => {
        size += chunk.length;
        // Counted after decompression, so a small gzip bomb is stopped as early as a big answer.
        if (size > limit) fail(tooLarge(limit, `more than ${limit} bytes`));
        else chunks.push(chunk);
      });
      source.once('end', () => {
        if (settled) return;
        settled = true;
        resolve(Buffer.concat(chunks));
      });
      source.on('error', (error: Error & { code?: string }) =>
        fail(
          source !== response && error.code?.startsWith('Z_')
            ? malformedError(`bad ${encoding} body: ${error.message}`)
            : error,
        ),
      );
      response.on('error', fail);
      response.once('close', () => {
        if (!response.complete)
          fail(
            Object.assign(new Error('connection closed before the answer was complete'), {
              code: 'ECONNRESET',
            }),
          );
      });
    });
  }
}

class StaleSocketError extends Error {
  constructor(readonly original: Error) {
    super(original.message);
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
