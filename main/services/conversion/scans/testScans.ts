/**
 * Scan fixtures made in the tests (sharp, pdf-lib, qpdf) and a few crafted by hand
 * where a real file would defeat the test: a 20,000 × 20,000 px header without its
 * pixels, 600 TIFF directories, a compression nobody writes. Used by tests only.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { deflateSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFString,
  type PDFObject,
} from 'pdf-lib';
import sharp, { type Sharp, type TiffOptions } from 'sharp';
import { PNG_SIGNATURE, pngChunk } from '../../pdf/testing/pngChunks';
import { requireTool } from '../../pdf/testTools';
import { qpdf } from '../../signing/testing/samplePdfs';

export interface PaperOptions {
  width: number;
  height: number;
  channels?: 1 | 3 | 4;
  /** Paper and ink per channel; the ink is a block at (10 %, 10 %)–(50 %, 30 %). */
  paper?: number[];
  ink?: number[];
}

/** The "ink" block of `paperPixels`, in pixels. */
export function inkBlock(width: number, height: number) {
  return {
    left: Math.round(width * 0.1),
    top: Math.round(height * 0.1),
    right: Math.round(width * 0.5),
    bottom: Math.round(height * 0.3),
  };
}

/** Raw pixels of a page: light paper with one dark block of "text". */
export function paperPixels(options: PaperOptions): Buffer {
  const { width, height } = options;
  const channels = options.channels ?? 3;
  const paperColour = options.paper ?? [244, 241, 232, 255].slice(0, channels);
  const inkColour = options.ink ?? [26, 26, 64, 255].slice(0, channels);
  const block = inkBlock(width, height);
  const paperRow = Buffer.alloc(width * channels);
  const inkRow = Buffer.alloc(width * channels);
  for (let x = 0; x < width; x++) {
    const inInk = x >= block.left && x < block.right;
    for (let c = 0; c < channels; c++) {
      paperRow[x * channels + c] = paperColour[c] ?? 0;
      inkRow[x * channels + c] = (inInk ? inkColour : paperColour)[c] ?? 0;
    }
  }
  const pixels = Buffer.alloc(width * height * channels);
  for (let y = 0; y < height; y++) {
    (y >= block.top && y < block.bottom ? inkRow : paperRow).copy(pixels, y * width * channels);
  }
  return pixels;
}

export function paperImage(options: PaperOptions): Sharp {
  const { width, height } = options;
  return sharp(paperPixels(options), { raw: { width, height, channels: options.channels ?? 3 } });
}

export const bytesOf = (buffer: Buffer) =>
  new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);

/** JPEG segments after SOI up to SOS: [marker, start of the marker, end of the segment]. */
function segments(jpeg: Uint8Array): [number, number, number][] {
  const found: [number, number, number][] = [];
  let at = 2;
  while (at + 4 <= jpeg.length && jpeg[at] === 0xff) {
    const marker = jpeg[at + 1] as number;
    const end = at + 2 + (((jpeg[at + 2] as number) << 8) | (jpeg[at + 3] as number));
    found.push([marker, at, end]);
    if (marker === 0xda) break;
    at = end;
  }
  return found;
}

/** The JPEG with a JFIF APP0 stating `dpi` (units 1) and no EXIF block. */
export function withJfifDpi(jpeg: Uint8Array, dpi: number): Uint8Array {
  const app0 = Buffer.from([
    0xff,
    0xe0,
    0,
    16,
    0x4a,
    0x46,
    0x49,
    0x46,
    0,
    1,
    1,
    1,
    dpi >> 8,
    dpi & 0xff,
    dpi >> 8,
    dpi & 0xff,
    0,
    0,
  ]);
  const kept = segments(jpeg).filter(([marker]) => marker !== 0xe0 && marker !== 0xe1);
  const first = kept[0]?.[1] ?? 2;
  const parts = [Buffer.from([0xff, 0xd8]), app0];
  for (const [, start, end] of kept) parts.push(Buffer.from(jpeg.subarray(start, end)));
  const scanEnd = kept.at(-1)?.[2] ?? first;
  parts.push(Buffer.from(jpeg.subarray(scanEnd)));
  return bytesOf(Buffer.concat(parts));
}

/** The JPEG with no resolution at all (JFIF units 0, no EXIF). */
export function withoutDpi(jpeg: Uint8Array): Uint8Array {
  const marked = Buffer.from(withJfifDpi(jpeg, 1));
  marked[13] = 0; // units: aspect ratio only
  return bytesOf(marked);
}

/** The JPEG with its frame header claiming another size (the scan data stays small). */
export function withFrameSize(jpeg: Uint8Array, width: number, height: number): Uint8Array {
  const copy = Buffer.from(jpeg);
  const frame = segments(copy).find(([marker]) => marker >= 0xc0 && marker <= 0xc2);
  if (!frame) throw new Error('no frame header');
  copy.writeUInt16BE(height, frame[1] + 5);
  copy.writeUInt16BE(width, frame[1] + 7);
  return bytesOf(copy);
}

/** Entropy-coded data of the (single) scan: from after the SOS header to EOI. */
export function scanData(jpeg: Uint8Array): Uint8Array {
  const sos = segments(jpeg).find(([marker]) => marker === 0xda);
  if (!sos) throw new Error('no scan');
  return jpeg.subarray(sos[2], jpeg.length - 2);
}

/** The PNG with a pHYs chunk stating `dpi` (in pixels per metre, as PNG keeps it). */
export function withPngDpi(png: Uint8Array, dpi: number): Uint8Array {
  const perMetre = Math.round(dpi / 0.0254);
  const phys = Buffer.alloc(9);
  phys.writeUInt32BE(perMetre, 0);
  phys.writeUInt32BE(perMetre, 4);
  phys[8] = 1;
  const afterIhdr = 8 + 12 + 13;
  return bytesOf(
    Buffer.concat([
      Buffer.from(png.subarray(0, afterIhdr)),
      pngChunk('pHYs', phys),
      Buffer.from(png.subarray(afterIhdr)),
    ]),
  );
}

/** A PNG whose IHDR claims `width` × `height` RGB pixels, with a few bytes of image data. */
export function craftedPng(width: number, height: number): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return bytesOf(
    Buffer.concat([
      PNG_SIGNATURE,
      pngChunk('IHDR', ihdr),
      pngChunk('IDAT', deflateSync(Buffer.alloc(64))),
      pngChunk('IEND', new Uint8Array(0)),
    ]),
  );
}

export interface CraftedDirectory {
  width: number;
  height: number;
  compression?: number;
  bits?: number;
  /** Bytes of the (only) strip; one zero byte by default. */
  strip?: Uint8Array;
  /** A strip byte count larger than the data (a cut-off file). */
  claimedStripBytes?: number;
}

/**
 * A little-endian classic TIFF, one grey strip per directory, written by hand for
 * what sharp would not write: any compression number, any declared size, hundreds
 * of directories.
 */
export function craftedTiff(directories: CraftedDirectory[]): Uint8Array {
  const parts: Buffer[] = [Buffer.from([0x49, 0x49, 42, 0, 0, 0, 0, 0])];
  let size = 8;
  // [where a directory's offset goes, the offset]: the header's, then each "next".
  const pointers: [number, number][] = [];
  let pointerAt = 4;
  for (const dir of directories) {
    const strip = Buffer.from(dir.strip ?? new Uint8Array(1));
    const stripAt = size;
    parts.push(strip, Buffer.alloc(strip.length % 2));
    size += strip.length + (strip.length % 2);
    const entries: [number, number, number][] = [
      [256, 4, dir.width],
      [257, 4, dir.height],
      [258, 3, dir.bits ?? 8],
      [259, 3, dir.compression ?? 1],
      [262, 3, 1],
      [273, 4, stripAt],
      [277, 3, 1],
      [278, 4, dir.height],
      [279, 4, dir.claimedStripBytes ?? strip.length],
    ];
    const ifd = Buffer.alloc(2 + entries.length * 12 + 4);
    ifd.writeUInt16LE(entries.length, 0);
    entries.forEach(([tag, type, value], index) => {
      const at = 2 + index * 12;
      ifd.writeUInt16LE(tag, at);
      ifd.writeUInt16LE(type, at + 2);
      ifd.writeUInt32LE(1, at + 4);
      if (type === 3) ifd.writeUInt16LE(value, at + 8);
      else ifd.writeUInt32LE(value, at + 8);
    });
    pointers.push([pointerAt, size]);
    pointerAt = size + 2 + entries.length * 12;
    parts.push(ifd);
    size += ifd.length;
  }
  const file = Buffer.concat(parts);
  for (const [at, offset] of pointers) file.writeUInt32LE(offset, at);
  return bytesOf(file);
}

/** A multi-page TIFF from sharp (libtiff), one page per image. */
export async function sharpTiff(
  pages: Sharp[],
  options: TiffOptions,
  prepare: (image: Sharp) => Sharp = (image) => image,
): Promise<Uint8Array> {
  const inputs = await Promise.all(pages.map((page) => page.png().toBuffer()));
  const joined =
    inputs.length === 1 ? sharp(inputs[0]) : sharp(inputs, { join: { animated: true } });
  return bytesOf(await prepare(joined).tiff(options).toBuffer());
}

/** A PDF of `count` blank A4 pages. */
export async function blankPdf(count: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let index = 0; index < count; index++) doc.addPage([595.28, 841.89]);
  return doc.save();
}

/** A PDF that runs JavaScript when opened. */
export async function pdfWithJavaScript(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([595.28, 841.89]);
  const action = doc.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert("Ahoj")') });
  doc.catalog.set(PDFName.of('OpenAction'), doc.context.register(action));
  return doc.save();
}

function run(file: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(file, args, (error) => (error && error.code !== 3 ? reject(error) : resolve()));
  });
}

/** The PDF encrypted by qpdf with a user password (AES-256). */
export function encryptedPdf(plain: Uint8Array): Promise<Uint8Array> {
  return qpdf(plain, ['--encrypt', 'heslo', 'vlastnik', '256', '--']);
}

export interface OutputPage {
  mediaBox: number[];
  rotate: number;
  image: {
    filter: string | undefined;
    bits: number | undefined;
    colorSpace: string | undefined;
    width: number | undefined;
    height: number | undefined;
    decodeParms: PDFDict | undefined;
    data: Uint8Array;
  } | null;
}

const numberOf = (value: PDFObject | undefined) =>
  value instanceof PDFNumber ? value.asNumber() : undefined;
const nameOf = (value: PDFObject | undefined) =>
  value instanceof PDFName ? value.asString() : undefined;

/** Each page of an output: its box, its /Rotate and the one image it draws. */
export async function outputPages(pdf: Uint8Array): Promise<OutputPage[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  return doc.getPages().map((page) => {
    const box = page.node.lookup(PDFName.of('MediaBox'), PDFArray);
    const resources = page.node.Resources();
    const xobjects = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict);
    const first = xobjects?.values()[0];
    const stream = first ? doc.context.lookup(first) : undefined;
    const image =
      stream instanceof PDFRawStream
        ? {
            filter: nameOf(stream.dict.lookup(PDFName.of('Filter'))),
            bits: numberOf(stream.dict.lookup(PDFName.of('BitsPerComponent'))),
            colorSpace: nameOf(stream.dict.lookup(PDFName.of('ColorSpace'))),
            width: numberOf(stream.dict.lookup(PDFName.of('Width'))),
            height: numberOf(stream.dict.lookup(PDFName.of('Height'))),
            decodeParms: stream.dict.lookupMaybe(PDFName.of('DecodeParms'), PDFDict),
            data: stream.getContents(),
          }
        : null;
    return {
      mediaBox: box.asArray().map((value) => numberOf(value) ?? NaN),
      rotate: page.getRotation().angle,
      image,
    };
  });
}

export interface GreyRaster {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** One page (1-based) rendered grey by poppler's pdftoppm, as a reader would see it. */
export async function rasterizePage(
  pdf: Uint8Array,
  page: number,
  dpi: number,
): Promise<GreyRaster> {
  const pdftoppm = requireTool('pdftoppm', 'poppler-utils');
  const dir = await mkdtemp(join(tmpdir(), 'uradovna-scans-'));
  try {
    await writeFile(join(dir, 'in.pdf'), pdf);
    const args = [
      '-gray',
      '-r',
      String(dpi),
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
    ];
    await run(pdftoppm, [...args, join(dir, 'in.pdf'), join(dir, 'page')]);
    const pgm = Buffer.from(await readFile(join(dir, 'page.pgm')));
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 64).toString('latin1'));
    if (!header) throw new Error('pdftoppm: unexpected output');
    const width = Number(header[1]);
    const height = Number(header[2]);
    return { width, height, pixels: bytesOf(pgm.subarray(header[0].length)) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Mean grey of a small square around (fx, fy), given as fractions of the page. */
export function greyAt(raster: GreyRaster, fx: number, fy: number, radius = 2): number {
  const cx = Math.round(fx * (raster.width - 1));
  const cy = Math.round(fy * (raster.height - 1));
  let sum = 0;
  let count = 0;
  for (let y = Math.max(0, cy - radius); y <= Math.min(raster.height - 1, cy + radius); y++) {
    for (let x = Math.max(0, cx - radius); x <= Math.min(raster.width - 1, cx + radius); x++) {
      sum += raster.pixels[y * raster.width + x] ?? 0;
      count += 1;
    }
  }
  return sum / count;
}

export function meanGrey(raster: GreyRaster): number {
  let sum = 0;
  for (const value of raster.pixels) sum += value;
  return sum / raster.pixels.length;
}
