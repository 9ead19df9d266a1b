import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { basename } from 'node:path';
import { contentTypeFor } from '../main/services/files/mimeTypes';
import { resolveSafePath } from '../main/services/files/safePath';
import { CONTENT_SECURITY_POLICY } from '../main/services/security/contentSecurityPolicy';
import { TOKEN_META } from '../common/contract/http';

export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/**
 * Serves the built renderer. `index.html` gets the session token as a meta tag (the
 * page sends it back on every API call); everything else is served as built.
 */
export async function serveStatic(
  response: ServerResponse,
  roots: ReadonlyArray<{ prefix: string; dir: string }>,
  urlPath: string,
  token: string,
): Promise<void> {
  for (const { prefix, dir } of roots) {
    if (!urlPath.startsWith(prefix)) continue;
    const file = resolveSafePath(dir, `/${urlPath.slice(prefix.length)}`);
    if (!file) break;
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      break;
    }
    const headers: Record<string, string> = {
      ...securityHeaders,
      'Content-Type': contentTypeFor(file),
      // Built assets carry a content hash in their name; pages must revalidate.
      'Cache-Control': basename(file).endsWith('.html')
        ? 'no-cache'
        : 'public, max-age=31536000, immutable',
    };
    if (basename(file) === 'index.html') {
      const html = body
        .toString('utf8')
        .replace('<head>', `<head>\n    <meta name="${TOKEN_META}" content="${token}" />`);
      response.writeHead(200, headers);
      response.end(html);
      return;
    }
    response.writeHead(200, headers);
    response.end(body);
    return;
  }
  response.writeHead(404, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end('Nenalezeno');
}
