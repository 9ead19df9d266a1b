import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';

const gzipAsync = promisify(gzip);

/** Below this, compressing costs more than it saves. */
const GZIP_MIN_BYTES = 1024;

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** Headers every response of the simulator carries: its data is live, never cached. */
export const BASE_HEADERS = { 'Cache-Control': 'no-store' } as const;

export function acceptsGzip(req: IncomingMessage): boolean {
  const header = req.headers['accept-encoding'];
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return value
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .some((part) => (part === 'gzip' || part.startsWith('gzip;')) && !/;\s*q=0(\.0+)?$/.test(part));
}

/**
 * A body prepared once and sent many times (the demo seed is megabytes of JSON; it is
 * compressed on first demand, not per request).
 */
export class CachedBody {
  private readonly plain: Buffer;
  private gzipped: Promise<Buffer> | null = null;

  constructor(
    text: string,
    readonly contentType: string,
  ) {
    this.plain = Buffer.from(text, 'utf8');
  }

  async send(req: IncomingMessage, res: ServerResponse, status = 200): Promise<void> {
    const headers: Record<string, string | number> = {
      ...BASE_HEADERS,
      'Content-Type': this.contentType,
      Vary: 'Accept-Encoding',
    };
    let body = this.plain;
    if (this.plain.length >= GZIP_MIN_BYTES && acceptsGzip(req)) {
      this.gzipped ??= gzipAsync(this.plain);
      body = await this.gzipped;
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = body.length;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }
}

export function sendJson(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  value: unknown,
  extraHeaders: Record<string, string> = {},
): void {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  res.writeHead(status, {
    ...BASE_HEADERS,
    ...extraHeaders,
    'Content-Type': JSON_CONTENT_TYPE,
    'Content-Length': body.length,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Error bodies: a machine code and a Czech sentence for whoever reads the log. */
export function sendError(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  error: string,
  message: string,
  extraHeaders: Record<string, string> = {},
): void {
  sendJson(req, res, status, { error, message }, extraHeaders);
}
