import { isIP } from 'node:net';
import { configError } from './errors';

/**
 * Which proxy a request to `target` goes through: the one in the settings, else the
 * environment's (`https_proxy` / `HTTPS_PROXY` for https, `http_proxy` / `HTTP_PROXY`
 * for http, then `all_proxy` / `ALL_PROXY`, all subject to `no_proxy` / `NO_PROXY`),
 * else none. Loopback never goes through a proxy: that is the built-in simulator.
 */
export function chooseProxy(
  target: URL,
  configured: string | null,
  env: Readonly<Record<string, string | undefined>>,
): URL | null {
  if (isLoopback(target.hostname)) return null;
  if (configured) return parseProxyUrl(configured, 'settings');

  const pick = (...names: string[]): string | undefined =>
    names.map((name) => env[name]?.trim()).find((value) => value);
  const fromEnv =
    target.protocol === 'https:'
      ? pick('https_proxy', 'HTTPS_PROXY', 'all_proxy', 'ALL_PROXY')
      : pick('http_proxy', 'HTTP_PROXY', 'all_proxy', 'ALL_PROXY');
  if (!fromEnv) return null;
  if (bypassed(target, pick('no_proxy', 'NO_PROXY') ?? '')) return null;
  return parseProxyUrl(fromEnv, 'environment');
}

function parseProxyUrl(text: string, origin: 'settings' | 'environment'): URL {
  // `proxy.example:3128` (no scheme) is common in environment variables.
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw configError(`unparsable proxy URL from ${origin}`, PROXY_MESSAGE);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw configError(`unsupported proxy protocol ${url.protocol} from ${origin}`, PROXY_MESSAGE);
  return url;
}

const PROXY_MESSAGE =
  'Adresa proxy serveru není platná — aplikace umí proxy http:// a https://. Opravte ji v Nastavení → Připojení nebo v proměnné prostředí HTTPS_PROXY.';

/** `no_proxy` as curl reads it: `*`, host names (a leading `.` or `*.` optional), `host:port`, IPs. */
export function bypassed(target: URL, noProxy: string): boolean {
  const host = stripBrackets(target.hostname.toLowerCase());
  const port = target.port || (target.protocol === 'https:' ? '443' : '80');
  return noProxy
    .split(/[\s,]+/)
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean)
    .some((entry) => {
      if (entry === '*') return true;
      let name = entry;
      let entryPort: string | null = null;
      const portMatch = /^(.*[^:]):(\d+)$/.exec(entry);
      if (portMatch && !entry.startsWith('[') && isIP(entry) !== 6) {
        name = portMatch[1] ?? entry;
        entryPort = portMatch[2] ?? null;
      }
      if (entryPort !== null && entryPort !== port) return false;
      name = stripBrackets(name.replace(/^\*?\./, ''));
      return host === name || host.endsWith(`.${name}`);
    });
}

export function isLoopback(hostname: string): boolean {
  const host = stripBrackets(hostname.toLowerCase());
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '::1' ||
    (isIP(host) === 4 && host.startsWith('127.'))
  );
}

function stripBrackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}
