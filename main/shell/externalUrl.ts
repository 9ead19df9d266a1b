/**
 * Schemes the OS may open for us. Web pages and e-mail only: `file:`, `smb:`,
 * `javascript:` or a custom handler (`ms-msdt:`…) could run something on the
 * clerk's PC, and a link in a received message must never do that.
 */
const ALLOWED_EXTERNAL_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!ALLOWED_EXTERNAL_SCHEMES.has(parsed.protocol)) return false;
  // Credentials in a link are a classic disguise (`https://bank.cz@evil.example`).
  if (parsed.username !== '' || parsed.password !== '') return false;
  if (parsed.protocol !== 'mailto:' && parsed.hostname === '') return false;
  return true;
}
