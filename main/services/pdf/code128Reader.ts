/**
 * A Code 128 reader, written from the symbology's table (ISO/IEC 15417) and not from
 * the encoder we print with, so that the tests can prove a printed stamp scans —
 * decoding the bars a scanner would see, not comparing the encoder with itself.
 * Used by tests only.
 */

/** Bar/space module widths of the symbol values 0–105; 106 is the stop pattern. */
// prettier-ignore
export const CODE128_PATTERNS: readonly string[] = [
  '212222', '222122', '222221', '121223', '121322', '131222', '122213', '122312', '132212',
  '221213', '221312', '231212', '112232', '122132', '122231', '113222', '123122', '123221',
  '223211', '221132', '221231', '213212', '223112', '312131', '311222', '321122', '321221',
  '312212', '322112', '322211', '212123', '212321', '232121', '111323', '131123', '131321',
  '112313', '132113', '132311', '211313', '231113', '231311', '112133', '112331', '132131',
  '113123', '113321', '133121', '313121', '211331', '231131', '213113', '213311', '213131',
  '311123', '311321', '331121', '312113', '312311', '332111', '314111', '221411', '431111',
  '111224', '111422', '121124', '121421', '141122', '141221', '112214', '112412', '122114',
  '122411', '142112', '142211', '241211', '221114', '413111', '241112', '134111', '111242',
  '121142', '121241', '114212', '124112', '124211', '411212', '421112', '421211', '212141',
  '214121', '412121', '111143', '111341', '131141', '114113', '114311', '411113', '411311',
  '113141', '114131', '311141', '411131', '211412', '211214', '211232', '2331112',
];

const START_A = 103;
const START_B = 104;
const START_C = 105;
const STOP = 106;

const valueOfPattern = new Map(CODE128_PATTERNS.map((pattern, value) => [pattern, value]));

type CodeSet = 'A' | 'B' | 'C';

/** Decodes module widths (bar first) to the text; throws when they are not a valid symbol. */
export function decodeCode128(widths: readonly number[]): string {
  if (widths.length < 6 * 3 + 7 || (widths.length - 7) % 6 !== 0) {
    throw new Error(`not a Code 128 symbol: ${widths.length} elements`);
  }
  const values: number[] = [];
  for (let i = 0; i < widths.length - 7; i += 6) {
    const pattern = widths.slice(i, i + 6).join('');
    const value = valueOfPattern.get(pattern);
    if (value === undefined || value === STOP) throw new Error(`unknown pattern ${pattern}`);
    values.push(value);
  }
  if (widths.slice(-7).join('') !== CODE128_PATTERNS[STOP]) throw new Error('no stop pattern');

  const [start, ...rest] = values;
  const check = rest.pop();
  if (start === undefined || check === undefined) throw new Error('symbol too short');
  const sum = rest.reduce((acc, value, index) => acc + value * (index + 1), start);
  if (sum % 103 !== check) throw new Error('check character does not match');

  let set: CodeSet;
  if (start === START_A) set = 'A';
  else if (start === START_B) set = 'B';
  else if (start === START_C) set = 'C';
  else throw new Error('no start character');

  let text = '';
  let shifted = false;
  for (const value of rest) {
    const current: CodeSet = shifted ? (set === 'A' ? 'B' : 'A') : set;
    shifted = false;
    if (current === 'C') {
      if (value < 100) text += String(value).padStart(2, '0');
      else if (value === 100) set = 'B';
      else if (value === 101) set = 'A';
      else if (value !== 102) throw new Error(`unexpected value ${value} in code set C`);
      continue;
    }
    if (value < 64) text += String.fromCharCode(value + 32);
    else if (value < 96) text += String.fromCharCode(current === 'A' ? value - 64 : value + 32);
    else if (value === 98) shifted = true;
    else if (value === 99) set = 'C';
    else if (value === 100 && current === 'A') set = 'B';
    else if (value === 101 && current === 'B') set = 'A';
    else if (value !== 96 && value !== 97 && value !== 102) {
      throw new Error(`unsupported value ${value} (FNC4) in code set ${current}`);
    }
  }
  return text;
}

/** An 8-bit grey image, row by row (as a PGM file holds it). */
export interface GrayImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

export interface ScannedBarcode {
  text: string;
  /** Width of one module, in pixels. */
  moduleWidthPx: number;
  /** How many pixel rows read the same text. */
  heightPx: number;
  /** White pixels before the first bar and after the last one. */
  quietLeftPx: number;
  quietRightPx: number;
}

/** Runs of equal colour between the first and the last dark pixel of a row. */
function darkSpan(image: GrayImage, y: number, threshold: number) {
  const row = image.pixels.subarray(y * image.width, (y + 1) * image.width);
  let first = -1;
  let last = -1;
  for (let x = 0; x < row.length; x++) {
    if ((row[x] ?? 255) < threshold) {
      if (first < 0) first = x;
      last = x;
    }
  }
  if (first < 0) return null;
  const runs: number[] = [];
  let dark = true;
  let length = 0;
  for (let x = first; x <= last; x++) {
    const isDark = (row[x] ?? 255) < threshold;
    if (isDark === dark) length++;
    else {
      runs.push(length);
      dark = isDark;
      length = 1;
    }
  }
  runs.push(length);
  return { first, last, runs };
}

/**
 * Reads the image like a scanner's line: each pixel row from its first dark pixel to
 * its last is taken as one symbol, run lengths are turned into modules, and the rows
 * that decode are reported (with the text they agree on).
 */
export function scanCode128(image: GrayImage, threshold = 128): ScannedBarcode | null {
  const hits: Array<{ text: string; first: number; last: number; moduleWidthPx: number }> = [];
  for (let y = 0; y < image.height; y++) {
    const span = darkSpan(image, y, threshold);
    if (!span || span.runs.length < 25 || (span.runs.length - 7) % 6 !== 0) continue;
    const symbols = (span.runs.length - 7) / 6;
    const moduleWidthPx = (span.last - span.first + 1) / (symbols * 11 + 13);
    const widths = span.runs.map((run) => Math.round(run / moduleWidthPx));
    try {
      hits.push({ text: decodeCode128(widths), first: span.first, last: span.last, moduleWidthPx });
    } catch {
      // Not a barcode row (text, or the bars' ragged top and bottom edge).
    }
  }
  const [first] = hits;
  if (!first) return null;
  if (hits.some((hit) => hit.text !== first.text)) throw new Error('rows read different texts');
  return {
    text: first.text,
    moduleWidthPx: Math.min(...hits.map((hit) => hit.moduleWidthPx)),
    heightPx: hits.length,
    quietLeftPx: Math.min(...hits.map((hit) => hit.first)),
    quietRightPx: Math.min(...hits.map((hit) => image.width - 1 - hit.last)),
  };
}
