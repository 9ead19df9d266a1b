import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { peakRssMb } from './peakRss';

/**
 * The child process of the letters bench that signs the 20 MB PDF and nothing else, so
 * its peak resident memory is the signing's and the runtime's, not the bench's. Run as
 * `node --import tsx bench/lettersPeak.ts <dir>` with `input.pdf`, `signer.p12` and
 * `password.txt` in <dir>; prints one JSON line (PeakReport).
 */

export interface PeakReport {
  /** Resident memory of Node with tsx's loader, before the signing's modules are loaded. */
  runtimeMb: number;
  /** Resident memory with the modules loaded, the input read and the key open. */
  baseMb: number;
  /** The process's peak resident memory (VmHWM, see peakRss.ts), signing included. */
  peakMb: number;
  /** The signing alone, in this cold process. */
  signMs: number;
  signedBytes: number;
}

const MB = 1024 * 1024;
const rssMb = () => process.memoryUsage().rss / MB;

async function main(dir: string): Promise<void> {
  const runtimeMb = rssMb();
  // Loaded here, not at the top, so that the runtime's share can be read apart.
  const [{ openPkcs12Signer }, { signPdf }] = await Promise.all([
    import('../main/services/signing/pkcs12Signer'),
    import('../main/services/signing/signPdf'),
  ]);
  const [pdf, p12, password] = await Promise.all([
    readFile(join(dir, 'input.pdf')),
    readFile(join(dir, 'signer.p12')),
    readFile(join(dir, 'password.txt'), 'utf8'),
  ]);
  const now = new Date();
  const signer = await openPkcs12Signer(new Uint8Array(p12), password, now);
  const input = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const baseMb = rssMb();
  const started = performance.now();
  const outcome = await signPdf({ pdf: input, signer, now });
  const signMs = performance.now() - started;
  const report: PeakReport = {
    runtimeMb: Math.round(runtimeMb),
    baseMb: Math.round(baseMb),
    peakMb: peakRssMb(),
    signMs: Math.round(signMs),
    signedBytes: outcome.pdf.byteLength,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node --import tsx bench/lettersPeak.ts <dir>\n');
  process.exit(2);
}
main(dir).catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
