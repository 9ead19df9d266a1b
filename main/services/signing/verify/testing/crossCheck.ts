/**
 * Independent verdicts to hold the verifier's against: poppler's `pdfsig` and
 * `openssl cms -verify`. Tests only.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireTool } from '../../../pdf/testTools';

interface Run {
  code: number;
  output: string;
}

function run(tool: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(tool, args, { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else
        resolve({
          code: typeof error?.code === 'number' ? error.code : 0,
          output: `${stdout}${stderr}`,
        });
    });
  });
}

async function inTemp<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'pdf-verify-check-'));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The "Signature Validation:" line of each signature, in pdfsig's order (`-nocert`: no trust check). */
export function pdfsigValidations(pdf: Uint8Array): Promise<string[]> {
  const pdfsig = requireTool('pdfsig', 'poppler-utils');
  return inTemp(async (dir) => {
    await writeFile(join(dir, 'in.pdf'), pdf);
    const result = await run(pdfsig, ['-nocert', 'in.pdf'], dir);
    return [...result.output.matchAll(/Signature Validation: (.+)/g)].map((match) =>
      match[1]!.trim(),
    );
  });
}

/** `openssl cms -verify` of a detached CMS over `content`, the chain checked against `caPem`. */
export function opensslVerifiesDetached(
  cms: Uint8Array,
  content: Uint8Array,
  caPem: string,
): Promise<boolean> {
  const openssl = requireTool('openssl', 'openssl');
  return inTemp(async (dir) => {
    await writeFile(join(dir, 'sig.der'), cms);
    await writeFile(join(dir, 'content.bin'), content);
    await writeFile(join(dir, 'ca.pem'), caPem);
    const result = await run(
      openssl,
      [
        'cms',
        '-verify',
        '-binary',
        '-inform',
        'DER',
        '-in',
        'sig.der',
        '-content',
        'content.bin',
        '-CAfile',
        'ca.pem',
        '-purpose',
        'any',
        '-out',
        '/dev/null',
      ],
      dir,
    );
    return result.code === 0;
  });
}

/** The serial number `openssl ts -reply -text` reads from a timestamp token, upper-case hex. */
export function opensslTimestampSerial(token: Uint8Array): Promise<string> {
  const openssl = requireTool('openssl', 'openssl');
  return inTemp(async (dir) => {
    await writeFile(join(dir, 'token.der'), token);
    const result = await run(
      openssl,
      ['ts', '-reply', '-token_in', '-in', 'token.der', '-token_out', '-text'],
      dir,
    );
    const serial = /Serial number: (?:0x)?([0-9A-Fa-f]+)/.exec(result.output)?.[1];
    if (result.code !== 0 || !serial) throw new Error(`openssl ts: ${result.output}`);
    return serial.toUpperCase().replace(/^(00)+(?=..)/, '');
  });
}
