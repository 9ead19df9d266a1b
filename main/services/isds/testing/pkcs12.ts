/**
 * Packs a PEM certificate and key into a PKCS#12 file with openssl, as a clerk would
 * get it from a CA (the simulator issues PEM). Tests only.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireTool } from '../../pdf/testTools';

export function pkcs12From(certPem: string, keyPem: string, passphrase: string): Uint8Array {
  const openssl = requireTool('openssl', 'openssl');
  const dir = mkdtempSync(join(tmpdir(), 'isds-p12-'));
  try {
    writeFileSync(join(dir, 'cert.pem'), certPem);
    writeFileSync(join(dir, 'key.pem'), keyPem, { mode: 0o600 });
    execFileSync(
      openssl,
      [
        'pkcs12',
        '-export',
        '-in',
        'cert.pem',
        '-inkey',
        'key.pem',
        '-out',
        'client.p12',
        '-passout',
        `pass:${passphrase}`,
      ],
      { cwd: dir, stdio: 'pipe' },
    );
    return new Uint8Array(readFileSync(join(dir, 'client.p12')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
