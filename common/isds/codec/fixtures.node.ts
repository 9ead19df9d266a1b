/**
 * Real ISDS data for the codec's tests (`../shared/fixtures/isds/`, never copied into
 * the repository): the bodies as files, and the XML signed inside each ZFO, taken out
 * with openssl (the app's own CMS parser lives in main/services/isds/zfo). Tests only.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ISDS_FIXTURES = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  '..',
  'shared',
  'fixtures',
  'isds',
);

export function fixtureText(name: string): string {
  return readFileSync(join(ISDS_FIXTURES, name), 'utf8');
}

/** The signed content of a ZFO (CMS SignedData), signature not checked. */
export function zfoContent(name: string): string {
  return execFileSync(
    'openssl',
    ['cms', '-verify', '-noverify', '-inform', 'DER', '-in', join(ISDS_FIXTURES, name)],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20 },
  );
}
