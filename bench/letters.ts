import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { letterBodyPlainText, parseLetterBody } from '../common/letters/bodyMarkup';
import { createPdfService } from '../main/services/pdf';
import { defaultAssetsDir } from '../webhost/paths';
import { benchContent, benchTemplate, scannedPdf } from './lettersFixtures';
import { plainLines, renderFloor } from './lettersFloors';
import { benchSigner, bigPdfBench, peakBench, signLetterBench } from './lettersSign';
import { list, loadAverage, ms, timeRuns, type Metrics } from './lettersTiming';
import type { Log } from './syncStats';

/**
 * Letters and signing, in Node as main does them (no page, no Chromium):
 * - a letter of about ten pages rendered by the PDF service, first in the process
 *   (fonts read and parsed) and warm; floor: pdf-lib drawing the same text with the
 *   same face embedded as a subset, and a plain save;
 * - that letter signed (PKCS#12 opened, PAdES B-B); floor: SHA-256 + one RSA signature;
 * - a 20 MB scanned PDF signed (B-B, and B-T against the simulator's TSA), verified,
 *   and signed once more in a fresh process for its peak memory.
 */

const RUNS = Number(process.env.BENCH_LETTER_RUNS ?? 7);
const BIG_RUNS = Number(process.env.BENCH_SIGN_20MB_RUNS ?? 3);
/** Fixed, so the letter's bytes are the same every run. */
const RENDERED_AT = new Date('2026-02-03T08:10:00Z');

async function renderBench(log: Log): Promise<{ metrics: Metrics; letter: Uint8Array }> {
  const service = createPdfService({ assetsDir: defaultAssetsDir, now: () => RENDERED_AT });
  const template = benchTemplate();
  const content = benchContent();
  // Timed from the first call: the service reads and parses its fonts on first use.
  const rendering = await timeRuns(RUNS + 1, () => service.renderLetter(template, content));
  const rendered = rendering.result;

  const lines = plainLines(letterBodyPlainText(parseLetterBody(content.body)));
  const fontBytes = new Uint8Array(await readFile(join(defaultAssetsDir, 'fonts/DejaVuSans.ttf')));
  const floor = await timeRuns(RUNS + 1, () => renderFloor(lines, fontBytes));
  log(
    `letters: letter of ${rendered.pages} pages, ${content.body.length} characters, ${(rendered.pdf.byteLength / 1024).toFixed(0)} KB: ${list(rendering.allMs)} ms (first is cold); floor (${lines.length} plain lines, ${(floor.result.byteLength / 1024).toFixed(0)} KB): ${list(floor.allMs)} ms`,
  );
  if (rendered.pages !== 10)
    log(`letters: the letter has ${rendered.pages} pages, not 10 — adjust BENCH_LETTER_SECTIONS`);
  return {
    letter: rendered.pdf,
    metrics: {
      letter_render_ms: ms(rendering.medianMs),
      letter_render_cold_ms: ms(rendering.firstMs),
      letter_render_floor_ms: ms(floor.medianMs),
      letter_pages: rendered.pages,
      letter_kb: Math.round(rendered.pdf.byteLength / 1024),
    },
  };
}

export async function lettersBench(log: Log): Promise<Metrics> {
  log(`letters: load ${loadAverage()}`);
  const render = await renderBench(log);
  const signer = await benchSigner();
  const letterSigning = await signLetterBench(render.letter, signer, RUNS + 1, log);
  const big = await scannedPdf();
  const bigMetrics = await bigPdfBench(big, signer, BIG_RUNS + 1, log);
  const peak = await peakBench(big, signer, log);
  log(`letters: load ${loadAverage()}`);
  return { ...render.metrics, ...letterSigning.metrics, ...bigMetrics, ...peak };
}
