/**
 * A walk over a JPEG's markers (ITU-T T.81 Annex B) from SOI to EOI, through the
 * entropy-coded data of every scan. Written by hand because no library says whether
 * a JPEG is whole: libjpeg (and so sharp/libvips) decodes a file cut off inside its
 * scan data with only a warning ("Premature end of JPEG file"), painting the missing
 * rows grey — a converted page would silently lack its lower part. The walk also reads
 * what the PDF needs to carry the DCT data as it is (the frame header) and what sharp
 * reports wrongly for scans (it says 72 dpi when the file states no resolution).
 */
import { TiffStructure, TiffStructureError } from './tiffStructure';

export interface JpegFrame {
  /** The SOFn marker (0xc0 baseline … 0xcf). */
  marker: number;
  precision: number;
  width: number;
  height: number;
  components: number;
}

export interface JpegWalk {
  /** The file ends at (or after) EOI; false: cut off. */
  complete: boolean;
  frame: JpegFrame | null;
  /** From JFIF (units 1 or 2) or else EXIF XResolution/YResolution; null when the file does not say. */
  xDpi: number | null;
  yDpi: number | null;
  /** EXIF Orientation, 1 when absent. */
  orientation: number;
  /** Offsets of each scan's entropy-coded data [start, end). */
  scans: [number, number][];
}

export class JpegStructureError extends Error {
  override readonly name = 'JpegStructureError';
}

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;

const isFrame = (marker: number) =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
const isRestart = (marker: number) => marker >= 0xd0 && marker <= 0xd7;

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

function jfifDensity(bytes: Uint8Array, at: number, end: number) {
  // "JFIF\0", version (2), units (1), Xdensity (2), Ydensity (2)
  if (end - at < 12 || ascii(bytes, at, 5) !== 'JFIF\0') return null;
  const units = bytes[at + 7];
  const x = ((bytes[at + 8] as number) << 8) | (bytes[at + 9] as number);
  const y = ((bytes[at + 10] as number) << 8) | (bytes[at + 11] as number);
  const factor = units === 1 ? 1 : units === 2 ? 2.54 : 0;
  if (factor === 0 || x === 0 || y === 0) return null;
  return { x: x * factor, y: y * factor };
}

function exifFields(bytes: Uint8Array, at: number, end: number) {
  if (end - at < 14 || ascii(bytes, at, 6) !== 'Exif\0\0') return null;
  try {
    const tiff = new TiffStructure(bytes.subarray(at + 6, end));
    const ifd0 = tiff.readDirectory(tiff.firstDirectory);
    const unit = tiff.value(ifd0, 296) ?? 2;
    const factor = unit === 2 ? 1 : unit === 3 ? 2.54 : 0;
    const x = (tiff.value(ifd0, 282) ?? 0) * factor;
    const y = (tiff.value(ifd0, 283) ?? 0) * factor;
    const density = x > 0 && y > 0 ? { x, y } : null;
    return { density, orientation: tiff.value(ifd0, 274) ?? 1 };
  } catch (error) {
    // A broken EXIF block says nothing; the image itself may be fine.
    if (error instanceof TiffStructureError) return null;
    throw error;
  }
}

/**
 * Walks the file. Throws JpegStructureError when it is no JPEG at all (no SOI, a
 * segment where a marker must be, a scan before the frame header); a file that merely
 * ends too early is returned with `complete: false`.
 */
export function walkJpeg(input: Uint8Array): JpegWalk {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (bytes[0] !== 0xff || bytes[1] !== SOI) throw new JpegStructureError('no SOI');
  const result: JpegWalk = {
    complete: false,
    frame: null,
    xDpi: null,
    yDpi: null,
    orientation: 1,
    scans: [],
  };
  let jfif: { x: number; y: number } | null = null;
  let exif: { x: number; y: number } | null = null;
  let offset = 2;
  for (;;) {
    if (offset + 2 > bytes.length) break;
    if (bytes[offset] !== 0xff) throw new JpegStructureError(`no marker at ${offset}`);
    const marker = bytes[offset + 1] as number;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (marker === EOI) {
      result.complete = true;
      break;
    }
    if (marker === SOI || marker === 0x00) throw new JpegStructureError('unexpected marker');
    if (marker === 0x01 || isRestart(marker)) {
      offset += 2;
      continue;
    }
    if (offset + 4 > bytes.length) break;
    const length = ((bytes[offset + 2] as number) << 8) | (bytes[offset + 3] as number);
    if (length < 2) throw new JpegStructureError('segment length');
    const start = offset + 4;
    const end = offset + 2 + length;
    if (end > bytes.length) break;
    if (isFrame(marker)) {
      if (length < 8) throw new JpegStructureError('frame header');
      result.frame = {
        marker,
        precision: bytes[start] as number,
        height: bytes.readUInt16BE(start + 1),
        width: bytes.readUInt16BE(start + 3),
        components: bytes[start + 5] as number,
      };
    } else if (marker === 0xe0) {
      jfif ??= jfifDensity(bytes, start, end);
    } else if (marker === 0xe1) {
      const fields = exifFields(bytes, start, end);
      if (fields) {
        exif = fields.density;
        result.orientation = fields.orientation;
      }
    }
    offset = end;
    if (marker !== SOS) continue;
    if (!result.frame) throw new JpegStructureError('scan before frame header');
    // Entropy-coded data: 0xFF is followed by 0x00 (a stuffed byte), a restart marker,
    // or fill bytes; any other marker ends the scan.
    const scanStart = offset;
    let scanEnd = -1;
    let search = offset;
    while (search < bytes.length) {
      const at = bytes.indexOf(0xff, search);
      if (at < 0 || at + 1 >= bytes.length) break;
      const next = bytes[at + 1] as number;
      if (next === 0x00 || next === 0xff || isRestart(next)) {
        search = at + (next === 0xff ? 1 : 2);
        continue;
      }
      scanEnd = at;
      break;
    }
    if (scanEnd < 0) break; // cut off inside the scan
    result.scans.push([scanStart, scanEnd]);
    offset = scanEnd;
  }
  const density = jfif ?? exif;
  result.xDpi = density?.x ?? null;
  result.yDpi = density?.y ?? null;
  return result;
}
