import { damagedImageError, tiffCompressionError, truncatedImageError } from './errors';
import { checkImageSize } from './limits';
import type { G4Strip, ImagePage } from './sourcePages';
import { TiffStructure, TiffStructureError, type TiffDirectory } from './tiffStructure';

const TAG = {
  width: 256,
  height: 257,
  bitsPerSample: 258,
  compression: 259,
  photometric: 262,
  fillOrder: 266,
  stripOffsets: 273,
  orientation: 274,
  samplesPerPixel: 277,
  rowsPerStrip: 278,
  stripByteCounts: 279,
  xResolution: 282,
  yResolution: 283,
  resolutionUnit: 296,
  t6Options: 293,
  tileOffsets: 324,
  tileByteCounts: 325,
  extraSamples: 338,
} as const;

/** Compressions libvips (libtiff) decodes, by the names sharp uses for them. */
const SUPPORTED: Record<number, string> = {
  1: 'none',
  2: 'ccittrle',
  3: 'ccittfax3',
  4: 'ccittfax4',
  5: 'lzw',
  7: 'jpeg',
  8: 'deflate',
  32946: 'deflate',
  32773: 'packbits',
};

/** What the clerk is told a refused compression is. */
const REFUSED: Record<number, string> = {
  6: 'OJPEG (starý JPEG v TIFF)',
  9: 'JBIG',
  10: 'JBIG',
  34661: 'JBIG',
  34712: 'JPEG 2000',
  34713: 'NEF',
  34676: 'SGILog',
  34677: 'SGILog24',
  32908: 'PixarLog',
  32909: 'PixarLog',
  32809: 'ThunderScan',
  34887: 'LERC',
  34892: 'JPEG (DNG)',
  34925: 'LZMA',
  50000: 'Zstandard',
  50001: 'WebP',
  50002: 'JPEG XL',
};

function compressionLabel(code: number): string {
  const name = REFUSED[code];
  return name ? `${name} (č. ${code})` : `č. ${code}`;
}

/**
 * The clerk's name of the first page's compression when libvips cannot decode it, or
 * null — also when the directories cannot be read (the decoder then says "damaged").
 * libvips itself reports such a page only as unreadable.
 */
export function refusedFirstPageCompression(bytes: Uint8Array): string | null {
  let tiff: TiffStructure;
  let first: TiffDirectory | undefined;
  try {
    tiff = new TiffStructure(bytes);
    [first] = tiff.directories(1).directories;
  } catch (error) {
    if (error instanceof TiffStructureError) return null;
    throw error;
  }
  if (!first) return null;
  const code = tiff.value(first, TAG.compression) ?? 1;
  return SUPPORTED[code] === undefined ? compressionLabel(code) : null;
}

/** More directories than this are not counted further (the input is refused anyway). */
const COUNT_LIMIT = 100_000;

function dpi(tiff: TiffStructure, dir: TiffDirectory, tag: number): number | null {
  const unit = tiff.value(dir, TAG.resolutionUnit) ?? 2;
  const value = tiff.value(dir, tag);
  if (value === undefined || !Number.isFinite(value) || value <= 0) return null;
  if (unit === 2) return value;
  if (unit === 3) return value * 2.54;
  return null;
}

function colourOf(photometric: number, bits: number, colourSamples: number): ImagePage['colour'] {
  if (photometric === 0 || photometric === 1) return bits === 1 ? 'blackWhite' : 'greyscale';
  if (photometric === 5 && colourSamples >= 4) return 'cmyk';
  return 'colour';
}

/** Every strip or tile lies inside the file; a cut-off TIFF is refused before libtiff reads it. */
function dataInsideFile(tiff: TiffStructure, dir: TiffDirectory): boolean {
  const tiled = dir.entries.has(TAG.tileOffsets);
  const offsets = dir.entries.get(tiled ? TAG.tileOffsets : TAG.stripOffsets);
  const counts = dir.entries.get(tiled ? TAG.tileByteCounts : TAG.stripByteCounts);
  if (!offsets || !counts) return true;
  const starts = tiff.values(offsets);
  const lengths = tiff.values(counts);
  return starts.every((start, index) => start + (lengths[index] ?? 0) <= tiff.bytes.length);
}

function g4Strip(tiff: TiffStructure, dir: TiffDirectory, photometric: number): G4Strip | null {
  const offsets = dir.entries.get(TAG.stripOffsets);
  const counts = dir.entries.get(TAG.stripByteCounts);
  const single = offsets?.count === 1 && counts?.count === 1 && !dir.entries.has(TAG.tileOffsets);
  // Several strips are each coded from a white reference line, so joined they are no
  // valid single G4 stream; a reversed fill order or uncompressed mode PDF cannot say.
  if (!single || (tiff.value(dir, TAG.fillOrder) ?? 1) !== 1) return null;
  if ((tiff.value(dir, TAG.t6Options) ?? 0) !== 0) return null;
  if (photometric !== 0 && photometric !== 1) return null;
  return {
    offset: tiff.values(offsets)[0] ?? 0,
    length: tiff.values(counts)[0] ?? 0,
    blackIs1: photometric === 1,
  };
}

function readPage(tiff: TiffStructure, dir: TiffDirectory, index: number, file: string): ImagePage {
  const width = tiff.value(dir, TAG.width);
  const height = tiff.value(dir, TAG.height);
  if (!width || !height) throw damagedImageError(file, index + 1);
  checkImageSize(file, index, width, height);
  const code = tiff.value(dir, TAG.compression) ?? 1;
  const compression = SUPPORTED[code];
  if (compression === undefined) {
    throw tiffCompressionError(file, index + 1, compressionLabel(code));
  }
  const bits = tiff.value(dir, TAG.bitsPerSample) ?? 1;
  const samples = tiff.value(dir, TAG.samplesPerPixel) ?? 1;
  const extra = dir.entries.get(TAG.extraSamples)?.count ?? 0;
  const photometric = tiff.value(dir, TAG.photometric) ?? (bits === 1 ? 0 : 1);
  const colourSamples = samples - extra;
  const baseSamples = photometric === 2 || photometric === 6 ? 3 : photometric === 5 ? 4 : 1;
  const g4 = code === 4 && bits === 1 && samples === 1 ? g4Strip(tiff, dir, photometric) : null;
  return {
    kind: 'image',
    format: 'tiff',
    index,
    width,
    height,
    xDpi: dpi(tiff, dir, TAG.xResolution),
    yDpi: dpi(tiff, dir, TAG.yResolution),
    orientation: tiff.value(dir, TAG.orientation) ?? 1,
    colour: colourOf(photometric, bits, colourSamples),
    bitsPerSample: bits,
    hasAlpha: extra > 0 || colourSamples > baseSamples,
    palette: photometric === 3,
    compression,
    dctPassthrough: false,
    g4,
  };
}

export interface TiffRead {
  /** The pages, or only their count when `count` exceeds what is read. */
  pages: ImagePage[];
  count: number;
}

/**
 * The pages of a TIFF from its directories. Each directory's compression is checked
 * here, and each strip's extent, so nothing libtiff cannot read reaches it. When the
 * file has more than `maxPages` directories only their count is returned.
 */
export function readTiffPages(bytes: Uint8Array, file: string, maxPages: number): TiffRead {
  let tiff: TiffStructure;
  let directories: TiffDirectory[];
  try {
    tiff = new TiffStructure(bytes);
    const found = tiff.directories(COUNT_LIMIT);
    directories = found.directories;
  } catch (error) {
    if (error instanceof TiffStructureError) throw damagedImageError(file, 1);
    throw error;
  }
  if (directories.length > maxPages) return { pages: [], count: directories.length };
  const pages = directories.map((dir, index) => {
    try {
      const page = readPage(tiff, dir, index, file);
      if (!dataInsideFile(tiff, dir)) throw truncatedImageError(file, 'TIFF');
      return page;
    } catch (error) {
      if (error instanceof TiffStructureError) throw damagedImageError(file, index + 1);
      throw error;
    }
  });
  return { pages, count: pages.length };
}
