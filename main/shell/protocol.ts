import { readFile } from 'node:fs/promises';
import type { Protocol } from 'electron';
import { contentTypeFor } from '../services/files/mimeTypes';
import { resolveSafePath } from '../services/files/safePath';
import { CONTENT_SECURITY_POLICY } from '../services/security/contentSecurityPolicy';
import type { Logger } from '../services/log/logger';
import { APP_HOST, APP_SCHEME } from './appOrigin';

export interface RendererFiles {
  readFile(path: string): Promise<Uint8Array>;
}

const nodeFiles: RendererFiles = { readFile };

/** Headers of every answer, the 404s included: a page the app shows is always under the CSP. */
function baseHeaders(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  });
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: baseHeaders('text/plain; charset=utf-8') });
}

/** A path like `/journal` (no extension) is a client-side route: it gets the app's page. */
function isRoutePath(pathname: string): boolean {
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return last !== '' && !last.includes('.');
}

/**
 * Serves the built renderer from `rootDir` for `app://uradovna/…`. Anything outside
 * the directory, another host, or a method other than GET/HEAD is refused.
 */
export function createAppRequestHandler(
  rootDir: string,
  logger: Logger,
  files: RendererFiles = nodeFiles,
): (request: Request) => Promise<Response> {
  const read = async (path: string): Promise<Uint8Array | null> => {
    try {
      return await files.readFile(path);
    } catch {
      return null;
    }
  };

  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plain(400, 'Bad Request');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, 'Not Found');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return plain(405, 'Method Not Allowed');
    }

    const filePath = resolveSafePath(rootDir, url.pathname);
    if (!filePath) {
      logger.warn('protocol: refused path', { path: url.pathname.slice(0, 200) });
      return plain(404, 'Not Found');
    }
    let servedPath = filePath;
    let body = await read(filePath);
    if (!body && isRoutePath(url.pathname)) {
      const indexPath = resolveSafePath(rootDir, '/');
      if (indexPath) {
        servedPath = indexPath;
        body = await read(indexPath);
      }
    }
    if (!body) return plain(404, 'Not Found');

    const headers = baseHeaders(contentTypeFor(servedPath));
    headers.set('Content-Length', String(body.byteLength));
    const payload = request.method === 'HEAD' ? null : new Blob([body as Uint8Array<ArrayBuffer>]);
    return new Response(payload, { status: 200, headers });
  };
}

/** Must run after `ready`; the scheme itself is registered as privileged before it. */
export function serveAppProtocol(protocol: Protocol, rootDir: string, logger: Logger): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rootDir, logger));
}

/**
 * Must run before `ready`. `standard` gives the scheme real origins (IndexedDB, `'self'`),
 * `secure` makes it a secure context, `supportFetchAPI` lets the renderer fetch its own
 * files (the PDF viewer's worker and fonts).
 */
export function registerAppScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}
