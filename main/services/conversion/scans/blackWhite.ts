/**
 * Black and white from grey: the threshold and the 1-bit packing PDF wants.
 *
 * The threshold is Otsu's (the one that best splits the page's histogram into ink
 * and paper), not a fixed 128: scans of yellowed paper, recycled paper or a faint
 * ballpoint would lose their writing or fill with black at a fixed level, and the
 * output must carry what the paper shows. A page with no two classes — blank paper,
 * whose histogram is one hump of noise — would be split inside that noise into
 * speckles, so there the fixed middle level is used.
 */

/** Class means closer than this are one hump of noise, not ink on paper. */
const MIN_CONTRAST = 48;
/** White when above it: the fixed middle level. */
export const MIDDLE_THRESHOLD = 127;

/**
 * The histogram of every other pixel of every other row: a quarter of the work, and a
 * page's proportions of ink and paper do not change by it.
 */
export function histogramOf(grey: Uint8Array, width: number, height: number): Uint32Array {
  const histogram = new Uint32Array(256);
  for (let y = 0; y < height; y += 2) {
    const row = y * width;
    for (let x = 0; x < width; x += 2) histogram[grey[row + x] as number]! += 1;
  }
  return histogram;
}

/** The level t that splits the histogram best; a pixel is white when its value is > t. */
export function otsuThreshold(histogram: Uint32Array): number {
  let total = 0;
  let sum = 0;
  for (let level = 0; level < 256; level++) {
    const count = histogram[level] as number;
    total += count;
    sum += level * count;
  }
  let darkCount = 0;
  let darkSum = 0;
  let best = -1;
  let threshold = MIDDLE_THRESHOLD;
  let contrast = 0;
  for (let level = 0; level < 255; level++) {
    const count = histogram[level] as number;
    darkCount += count;
    darkSum += level * count;
    const lightCount = total - darkCount;
    if (darkCount === 0 || lightCount === 0) continue;
    const darkMean = darkSum / darkCount;
    const lightMean = (sum - darkSum) / lightCount;
    const between = darkCount * lightCount * (lightMean - darkMean) ** 2;
    if (between > best) {
      best = between;
      threshold = level;
      contrast = lightMean - darkMean;
    }
  }
  return contrast < MIN_CONTRAST ? MIDDLE_THRESHOLD : threshold;
}

/**
 * Packs 8-bit grey into 1-bit rows (most significant bit first, each row padded to
 * a byte) with 1 for white — DeviceGray's meaning of 1.
 */
export function packBits(
  grey: Uint8Array,
  width: number,
  height: number,
  threshold: number,
): Uint8Array {
  const rowBytes = Math.ceil(width / 8);
  const packed = new Uint8Array(rowBytes * height);
  const white = (index: number) => (grey[index] as number) > threshold;
  for (let y = 0; y < height; y++) {
    let from = y * width;
    const rowEnd = from + width;
    let to = y * rowBytes;
    // Eight pixels a byte, unrolled: this loop runs over every pixel of the page.
    for (; from + 8 <= rowEnd; from += 8) {
      packed[to++] =
        (white(from) ? 0x80 : 0) |
        (white(from + 1) ? 0x40 : 0) |
        (white(from + 2) ? 0x20 : 0) |
        (white(from + 3) ? 0x10 : 0) |
        (white(from + 4) ? 0x08 : 0) |
        (white(from + 5) ? 0x04 : 0) |
        (white(from + 6) ? 0x02 : 0) |
        (white(from + 7) ? 0x01 : 0);
    }
    let last = 0;
    for (let bit = 0x80; from < rowEnd; from++, bit >>= 1) if (white(from)) last |= bit;
    if (width % 8 !== 0) packed[to] = last;
  }
  return packed;
}
