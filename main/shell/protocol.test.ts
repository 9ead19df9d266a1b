import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Protocol } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMemoryLogger } from '../services/log/logger';
import { CONTENT_SECURITY_POLICY } from '../services/security/contentSecurityPolicy';
import { createAppRequestHandler, registerAppScheme, serveAppProtocol } from './protocol';

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'uradovna-protocol-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Úřadovna</title>');
  await writeFile(join(root, 'assets', 'index-1.js'), 'console.log(1)');
  await writeFile(join(root, 'assets', 'index-1.css'), 'body{}');
  await writeFile(join(base, 'secret.txt'), 'TOP SECRET');
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

function get(url: string, method = 'GET'): Promise<Response> {
  const logger = createMemoryLogger();
  return createAppRequestHandler(root, logger)(new Request(url, { method }));
}

describe('app:// request handler', () => {
  it('serves the page with the CSP, nosniff and its content type', async () => {
    const response = await get('app://uradovna/index.html');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Úřadovna</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves scripts and styles with their MIME types and the same headers', async () => {
    const script = await get('app://uradovna/assets/index-1.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    const style = await get('app://uradovna/assets/index-1.css');
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
    for (const response of [script, style]) {
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('answers the root with index.html and client routes with the page', async () => {
    expect(await (await get('app://uradovna/')).text()).toContain('Úřadovna');
    const route = await get('app://uradovna/journal');
    expect(route.status).toBe(200);
    expect(route.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('answers a missing file with 404 (still under the CSP)', async () => {
    const response = await get('app://uradovna/assets/missing.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    'app://uradovna/..%2fsecret.txt',
    'app://uradovna/assets/..%2f..%2fsecret.txt',
    'app://uradovna/%2e%2e/secret.txt',
    'app://uradovna/..%5csecret.txt',
    'app://uradovna/%252e%252e/secret.txt',
    'app://uradovna/index.html%00.js',
  ])('never serves a file outside the renderer: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('TOP SECRET');
  });

  it('logs a refused path', async () => {
    const logger = createMemoryLogger();
    await createAppRequestHandler(root, logger)(new Request('app://uradovna/..%2fsecret.txt'));
    expect(logger.entries).toEqual([
      expect.objectContaining({ level: 'warn', message: 'protocol: refused path' }),
    ]);
  });

  it('serves only its own host and only GET/HEAD', async () => {
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
    expect((await get('app://uradovna/index.html', 'POST')).status).toBe(405);
    const head = await get('app://uradovna/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect(head.headers.get('content-length')).toBe(
      String(Buffer.byteLength('<!doctype html><title>Úřadovna</title>')),
    );
  });
});

describe('scheme registration', () => {
  it('registers app:// as standard, secure and fetchable', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged } as unknown as Protocol);
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('handles the app scheme with the guarded handler', async () => {
    const handle = vi.fn();
    serveAppProtocol({ handle } as unknown as Protocol, root, createMemoryLogger());
    expect(handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = handle.mock.calls[0]![1] as (request: Request) => Promise<Response>;
    expect((await handler(new Request('app://uradovna/%2e%2e/secret.txt'))).status).toBe(404);
    expect((await handler(new Request('app://uradovna/index.html'))).status).toBe(200);
  });
});
