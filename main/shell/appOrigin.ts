/**
 * The renderer's own origin. A custom standard, secure scheme instead of `file://`:
 * the page gets a real origin (so `'self'` in the CSP and IndexedDB work as on the
 * web) and nothing else on the disk is reachable from it.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'uradovna';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True for URLs of the app's own pages (`app://uradovna/…`), and nothing else. */
export function isAppUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.host === APP_HOST &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}
