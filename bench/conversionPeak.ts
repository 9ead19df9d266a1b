import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { peakRssMb } from './peakRss';
import { fileBytes } from './fileBytes';

/**
 * The child process of the conversion bench that builds the 100-page output and nothing
 * else, so its peak resident memory is the conversion's and the runtime's. Run as
 * `node --import tsx bench/conversionPeak.ts <dir> <assetsDir>` with `page-NNN.jpg` files
 * in <dir>;
 * prints one JSON line (ConversionPeakReport).
 */

export interface ConversionPeakReport {
  runtimeMb: number;
  /** With the modules loaded and the scans read (what the contract call receives). */
  baseMb: number;
  peakMb: number;
  buildMs: number;
  outputMb: number;
  pages: number;
}

const MB = 1024 * 1024;

const rssMb = () => process.memoryUsage().rss / MB;

async function main(dir: string, assetsDir: string): Promise<void> {
  const runtimeMb = rssMb();
  const [{ buildScanPdf }, { createColorProfileLoader }] = await Promise.all([
    import('../main/services/conversion/scans'),
    import('../main/services/pdf/pdfa/colorProfile'),
  ]);
  const names = (await readdir(dir)).filter((name) => name.endsWith('.jpg')).sort();
  const files = await Promise.all(
    names.map(async (name) => ({ name, bytes: await fileBytes(join(dir, name)) })),
  );
  const colorProfile = await createColorProfileLoader(assetsDir)();
  const baseMb = rssMb();
  const started = performance.now();
  const built = await buildScanPdf(
    {
      files,
      pages: files.map((_, file) => ({
        file,
        page: 0,
        rotate: 0 as const,
        mode: 'colour' as const,
      })),
      title: 'Konverze 100 stran',
    },
    { colorProfile, now: () => new Date() },
  );
  const report: ConversionPeakReport = {
    runtimeMb: Math.round(runtimeMb),
    baseMb: Math.round(baseMb),
    peakMb: peakRssMb(),
    buildMs: Math.round(performance.now() - started),
    outputMb: Math.round((built.pdf.byteLength / MB) * 10) / 10,
    pages: built.pages,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

const [dir, assetsDir] = process.argv.slice(2);
if (!dir || !assetsDir) {
  process.stderr.write('usage: node --import tsx bench/conversionPeak.ts <dir> <assetsDir>\n');
  process.exit(2);
}
main(dir, assetsDir).catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
