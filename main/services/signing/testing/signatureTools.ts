/**
 * Looking into signed PDFs from tests: poppler's `pdfsig`, the CMS of each signature
 * (from /ByteRange and /Contents) and `openssl cms -verify` over the signed ranges.
 * Used by tests only.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireTool } from '../../pdf/testTools';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(tool: string, pkg: string, args: string[]): Promise<Run> {
  const path = requireTool(tool, pkg);
  return new Promise((resolve, reject) => {
    execFile(path, args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
    });
  });
}

async function withFiles<T>(
  files: Record<string, Uint8Array | string>,
  use: (dir: string) => Promise<T>,
) {
  const dir = await mkdtemp(join(tmpdir(), 'uradovna-sig-'));
  try {
    for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
    return await use(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** `pdfsig` output (stdout + stderr) and exit code. */
export function pdfsig(pdf: Uint8Array, extra: string[] = []): Promise<Run> {
  return withFiles({ 'in.pdf': pdf }, (dir) =>
    run('pdfsig', 'poppler-utils', [...extra, join(dir, 'in.pdf')]),
  );
}

export interface SignatureBytes {
  byteRange: [number, number, number, number];
  /** The CMS (or timestamp token) DER, without the placeholder's zero padding. */
  cms: Uint8Array;
  /** The bytes the signature covers. */
  signed: Uint8Array;
}

function derLength(bytes: Uint8Array): number {
  const first = bytes[1] ?? 0;
  if (first < 0x80) return 2 + first;
  const count = first & 0x7f;
  let length = 0;
  for (let index = 0; index < count; index++) length = length * 256 + (bytes[2 + index] ?? 0);
  return 2 + count + length;
}

/** Every signature and document timestamp of the file, in file order. */
export function signaturesOf(pdf: Uint8Array): SignatureBytes[] {
  const text = Buffer.from(pdf).toString('latin1');
  return [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)].map(
    (match) => {
      const [a, b, c, d] = [1, 2, 3, 4].map((index) => Number(match[index])) as [
        number,
        number,
        number,
        number,
      ];
      const hex = text.slice(a + b + 1, c - 1);
      const raw = new Uint8Array(Buffer.from(hex, 'hex'));
      const signed = new Uint8Array(b + d);
      signed.set(pdf.subarray(a, a + b));
      signed.set(pdf.subarray(c, c + d), b);
      return { byteRange: [a, b, c, d], cms: raw.subarray(0, derLength(raw)), signed };
    },
  );
}

/** `openssl cms -verify -binary -content <ranges> -CAfile <ca>`; resolves with its output. */
export function opensslCmsVerify(signature: SignatureBytes, caPem: string): Promise<Run> {
  return withFiles(
    { 'sig.der': signature.cms, 'content.bin': signature.signed, 'ca.pem': caPem },
    (dir) =>
      run('openssl', 'openssl', [
        'cms',
        '-verify',
        '-binary',
        '-inform',
        'DER',
        '-in',
        join(dir, 'sig.der'),
        '-content',
        join(dir, 'content.bin'),
        '-CAfile',
        join(dir, 'ca.pem'),
        '-purpose',
        'any',
        '-out',
        join(dir, 'out.bin'),
      ]),
  );
}

/** `openssl ts -verify` of a document timestamp token over its signed ranges. */
export function opensslTsVerify(signature: SignatureBytes, caPem: string): Promise<Run> {
  return withFiles(
    { 'token.der': signature.cms, 'content.bin': signature.signed, 'ca.pem': caPem },
    (dir) =>
      run('openssl', 'openssl', [
        'ts',
        '-verify',
        '-token_in',
        '-in',
        join(dir, 'token.der'),
        '-data',
        join(dir, 'content.bin'),
        '-CAfile',
        join(dir, 'ca.pem'),
      ]),
  );
}
