/** Letters, templates, fonts and small images for the tests. Used by tests only. */
import { deflateSync } from 'node:zlib';
import { decodeBase64, encodeBase64 } from '../../../common/bytes/base64';
import { defaultLetterTemplates } from '../../../common/letters/defaults';
import type { LetterContent, LetterTemplate } from '../../../common/letters/model';
import { createAssetLoader } from './assets';
import { createLetterAssetLoader, type LetterAssets } from './letterFonts';
import { PNG_SIGNATURE, pngChunk } from './testing/pngChunks';
import { ASSETS_DIR } from './testFonts';

const load = createLetterAssetLoader(ASSETS_DIR, createAssetLoader(ASSETS_DIR));

/** The four letter faces and the colour profile from the repository's assets. */
export function testLetterAssets(): Promise<LetterAssets> {
  return load();
}

export const TEST_NOW = new Date('2026-02-03T08:10:00Z');

const TEST_ORGANIZATION = {
  name: 'Obec Horní Lhota',
  ico: '99120348',
  dataBoxId: 'hl7q2ab',
  address: 'Horní Lhota 1, 391 99 Horní Lhota',
};

export function testTemplate(
  overrides: Partial<LetterTemplate> = {},
  variant: 0 | 1 = 0,
): LetterTemplate {
  const base = defaultLetterTemplates(TEST_ORGANIZATION, {
    phone: '+420 381 000 111',
    email: 'podatelna@hornilhota.example',
    web: 'www.hornilhota.example',
    signer: { name: 'Petr Novák', function: 'starosta obce' },
  })[variant] as LetterTemplate;
  return { ...base, ...overrides };
}

export function testContent(overrides: Partial<LetterContent> = {}): LetterContent {
  return {
    addressee: {
      name: 'Ing. Jiří Řezníček',
      lines: ['Šťastná 128/7', '391 99 Horní Lhota'],
    },
    ourRef: 'OUHL 12/2026',
    theirRef: 'ZN-45/2026',
    theirDate: '2026-01-20',
    handler: {
      name: 'Jana Dvořáková',
      phone: '+420 381 000 112',
      email: 'dvorakova@hornilhota.example',
    },
    date: '2026-02-03',
    subject: 'Odpověď na žádost o informace podle zákona č. 106/1999 Sb.',
    body: 'Vážený pane inženýre,\n\nna základě Vaší žádosti ze dne 20. ledna 2026 Vám sdělujeme, že **obecní úřad** *neeviduje* požadované dokumenty.\n\n- první bod\n- druhý bod s **tučným** textem\n\nS pozdravem a přáním pěkného dne.',
    attachments: ['Kopie usnesení zastupitelstva', 'Plná moc'],
    signer: { name: 'Petr Novák', function: 'starosta obce' },
    ...overrides,
  };
}

/** A paragraph of ordinary Czech office prose with every Czech letter in it. */
export const CZECH_PARAGRAPH =
  'Příliš žluťoučký kůň úpěl ďábelské ódy. Obecní úřad posoudil žádost a dospěl k závěru, že ' +
  'podmínky stanovené zákonem byly splněny; rozhodnutí nabývá právní moci dnem doručení. ' +
  'PŘÍLIŠ ŽLUŤOUČKÝ KŮŇ ÚPĚL ĎÁBELSKÉ ÓDY.';

/** A body long enough for `pages` pages or so, each paragraph numbered ("Odstavec 7."). */
export function longBody(paragraphs: number): string {
  return Array.from(
    { length: paragraphs },
    (_, index) => `Odstavec ${index + 1}. ${CZECH_PARAGRAPH} ${CZECH_PARAGRAPH}`,
  ).join('\n\n');
}

export interface PngSpec {
  width: number;
  height: number;
  colorType: 0 | 2 | 3 | 4 | 6;
  depth: 1 | 2 | 4 | 8 | 16;
  /** Unfiltered scanlines, without the filter byte. */
  rows: number[][];
  palette?: number[];
  transparency?: number[];
  /** Filter type written before every row; Sub (1) and Up (2) are applied, others not. */
  filter?: number;
  /** Adam7 interlacing (bit depths of 8 and 16 only; rows unfiltered). */
  interlace?: boolean;
}

const ADAM7_PASSES = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

/** The scanlines of the seven Adam7 passes, each with filter byte 0. */
function interlacedData(spec: PngSpec, pixelBytes: number): number[] {
  const raw: number[] = [];
  for (const [x0, y0, dx, dy] of ADAM7_PASSES) {
    if (x0 >= spec.width || y0 >= spec.height) continue;
    for (let y = y0; y < spec.height; y += dy) {
      raw.push(0);
      const row = spec.rows[y] ?? [];
      for (let x = x0; x < spec.width; x += dx) {
        raw.push(...row.slice(x * pixelBytes, (x + 1) * pixelBytes));
      }
    }
  }
  return raw;
}

/** A small non-interlaced PNG, written by hand so the tests do not depend on an encoder. */
export function encodePng(spec: PngSpec): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, spec.width);
  view.setUint32(4, spec.height);
  header[8] = spec.depth;
  header[9] = spec.colorType;
  header[12] = spec.interlace ? 1 : 0;
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[spec.colorType];
  const bpp = Math.max(1, (channels * spec.depth) >> 3);
  const filter = spec.filter ?? 0;
  const raw: number[] = spec.interlace ? interlacedData(spec, bpp) : [];
  if (!spec.interlace)
    spec.rows.forEach((row, r) => {
      raw.push(filter);
      const above = spec.rows[r - 1] ?? [];
      row.forEach((value, i) => {
        const predictor = filter === 1 ? (row[i - bpp] ?? 0) : filter === 2 ? (above[i] ?? 0) : 0;
        raw.push((value - predictor + 256) & 0xff);
      });
    });
  const parts = [
    PNG_SIGNATURE,
    pngChunk('IHDR', header),
    ...(spec.palette ? [pngChunk('PLTE', Uint8Array.from(spec.palette))] : []),
    ...(spec.transparency ? [pngChunk('tRNS', Uint8Array.from(spec.transparency))] : []),
    pngChunk('IDAT', new Uint8Array(deflateSync(Uint8Array.from(raw)))),
    pngChunk('IEND', new Uint8Array()),
  ];
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A 40 × 20 RGBA logo: an opaque dark square on the left, half-transparent red right. */
export function alphaLogoPng(): Uint8Array {
  const rows = Array.from({ length: 20 }, () =>
    Array.from({ length: 40 }, (_, x) => (x < 20 ? [20, 40, 60, 255] : [255, 0, 0, 128])).flat(),
  );
  return encodePng({ width: 40, height: 20, colorType: 6, depth: 8, rows, filter: 1 });
}

export const logoOf = (bytes: Uint8Array, mime: 'image/png' | 'image/jpeg' = 'image/png') => ({
  mime,
  base64: encodeBase64(bytes),
});

/** A real 16 × 8 baseline JPEG (RGB), made with poppler's pdftoppm. */
export const TINY_JPEG = decodeBase64(
  '/9j/4AAQSkZJRgABAQEAFAAUAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjL/wAARCAAIABADASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwD3+vH9Z+On9ka7qGmf8I55v2O5kt/M+3bd+xiuceWcZx0zRRWlOKb1M5ya2P/Z',
);

/** The start of a CMYK JPEG: SOI and a baseline frame header with four components. */
export function cmykJpegHeader(): Uint8Array {
  const components = [1, 2, 3, 4].flatMap((id) => [id, 0x11, 0]);
  return Uint8Array.from([
    0xff,
    0xd8,
    0xff,
    0xc0,
    0x00,
    8 + components.length,
    8,
    0,
    8,
    0,
    16,
    4,
    ...components,
    0xff,
    0xd9,
  ]);
}
