import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildScanPdf } from '../main/services/conversion/scans';
import { createColorProfileLoader } from '../main/services/pdf/pdfa/colorProfile';
import { defaultAssetsDir, repoRoot } from '../webhost/paths';
import { bundleChild, runJsonChild } from './childProcess';
import { fileBytes } from './fileBytes';
import type { ConversionPeakReport } from './conversionPeak';
import { scannedJpegs, scannedTiff } from './conversionFixtures';
import { list, loadAverage, ms, timeRuns, type Metrics } from './lettersTiming';
import type { Log } from './syncStats';

/**
 * Authorized conversion, in Node as main does it (no page, no Chromium):
 * - 20 A4 pages of 300-dpi JPEG scans made PDF/A-2b in colour, the JPEG data passed
 *   through; floor: reading the same 20 files from disk (the aim is within 2× of it —
 *   no re-encoding);
 * - 100 such pages in a fresh process, for the peak memory (aim < 300 MB);
 * - a 100-page black-and-white TIFF (CCITT G4), decoded and written as 1-bit pages.
 */

const RUNS = Number(process.env.BENCH_CONVERT_RUNS ?? 5);
const BUILT_AT = () => new Date('2026-02-03T08:10:00Z');
const MB = 1024 * 1024;

async function writePages(dir: string, pages: Uint8Array[]): Promise<string[]> {
  return Promise.all(
    pages.map(async (bytes, index) => {
      const path = join(dir, `page-${String(index).padStart(3, '0')}.jpg`);
      await writeFile(path, bytes);
      return path;
    }),
  );
}

async function twentyPages(dir: string, log: Log): Promise<Metrics> {
  const colorProfile = await createColorProfileLoader(defaultAssetsDir)();
  const paths = await writePages(dir, await scannedJpegs(20));
  const readAll = () =>
    Promise.all(paths.map(async (path) => ({ name: path, bytes: await fileBytes(path) })));
  const floor = await timeRuns(RUNS + 1, readAll);
  const inputMb = floor.result.reduce((sum, file) => sum + file.bytes.byteLength, 0) / MB;
  // The conversion reads the files too: the time is from disk to the PDF/A bytes.
  const converting = await timeRuns(RUNS + 1, async () => {
    const files = await readAll();
    return buildScanPdf(
      {
        files,
        pages: files.map((_, file) => ({
          file,
          page: 0,
          rotate: 0 as const,
          mode: 'colour' as const,
        })),
        title: 'Konverze 20 stran',
      },
      { colorProfile, now: BUILT_AT },
    );
  });
  const built = converting.result;
  log(
    `conversion: 20 pages (${inputMb.toFixed(1)} MB of JPEG) → PDF/A-2b ${(built.pdf.byteLength / MB).toFixed(1)} MB: ${list(converting.allMs)} ms (first is cold); floor (reading the files): ${list(floor.allMs)} ms`,
  );
  return {
    convert_20p_ms: ms(converting.medianMs),
    convert_20p_cold_ms: ms(converting.firstMs),
    convert_20p_floor_ms: ms(floor.medianMs),
    convert_20p_input_mb: Math.round(inputMb * 10) / 10,
    convert_20p_output_mb: Math.round((built.pdf.byteLength / MB) * 10) / 10,
  };
}

async function peak(dir: string, log: Log): Promise<Metrics> {
  const pagesDir = join(dir, 'peak');
  const { mkdir } = await import('node:fs/promises');
  await mkdir(pagesDir);
  await writePages(pagesDir, await scannedJpegs(100));
  const child = join(repoRoot, 'bench', 'conversionPeak.ts');
  const tsx = await runJsonChild<ConversionPeakReport>([
    '--import',
    'tsx',
    child,
    pagesDir,
    defaultAssetsDir,
  ]);
  log(`conversion: 100 pages in a fresh process under tsx: ${describe(tsx)}`);
  const bundled = await runJsonChild<ConversionPeakReport>([
    await bundleChild(child, dir),
    pagesDir,
    defaultAssetsDir,
  ]);
  log(`conversion: 100 pages in a fresh process, bundled: ${describe(bundled)}`);
  return {
    convert_100p_peak_mb: tsx.peakMb,
    convert_100p_base_mb: tsx.baseMb,
    convert_100p_peak_bundled_mb: bundled.peakMb,
    convert_100p_base_bundled_mb: bundled.baseMb,
    convert_100p_ms: bundled.buildMs,
  };
}

function describe(report: ConversionPeakReport): string {
  return `peak RSS ${report.peakMb} MB; before building ${report.baseMb} MB (runtime ${report.runtimeMb} MB, then the modules and the ${report.pages} scans); build ${report.buildMs} ms, output ${report.outputMb} MB`;
}

async function tiff(log: Log): Promise<Metrics> {
  const colorProfile = await createColorProfileLoader(defaultAssetsDir)();
  const bytes = await scannedTiff(100);
  const file = { name: 'sken.tif', bytes };
  const converting = await timeRuns(Math.max(2, Math.ceil(RUNS / 2)), () =>
    buildScanPdf(
      {
        files: [file],
        pages: Array.from({ length: 100 }, (_, page) => ({
          file: 0,
          page,
          rotate: 0 as const,
          mode: 'blackWhite' as const,
        })),
        title: 'Konverze TIFF',
      },
      { colorProfile, now: BUILT_AT },
    ),
  );
  log(
    `conversion: 100-page G4 TIFF (${(bytes.byteLength / MB).toFixed(1)} MB) → PDF/A-2b ${(converting.result.pdf.byteLength / MB).toFixed(1)} MB: ${list(converting.allMs)} ms`,
  );
  return {
    convert_tiff_100p_ms: ms(converting.medianMs),
    convert_tiff_100p_cold_ms: ms(converting.firstMs),
    convert_tiff_100p_output_mb: Math.round((converting.result.pdf.byteLength / MB) * 10) / 10,
  };
}

export async function conversionBench(log: Log): Promise<Metrics> {
  log(`conversion: load ${loadAverage()}`);
  const dir = await mkdtemp(join(tmpdir(), 'uradovna-bench-convert-'));
  try {
    const twenty = await twentyPages(dir, log);
    const memory = await peak(dir, log);
    const multiPage = await tiff(log);
    log(`conversion: load ${loadAverage()}`);
    return { ...twenty, ...memory, ...multiPage };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
