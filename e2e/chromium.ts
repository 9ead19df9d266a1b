import { existsSync } from 'node:fs';

/** Debian's Chromium; Playwright's own browser download is not available here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without these Chromium phones home at start, which this machine's closed network refuses.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumPath(): string {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium nebyl nalezen (${CHROMIUM}) — nainstalujte balíček chromium: apt-get install -y chromium`,
    );
  }
  return CHROMIUM;
}
