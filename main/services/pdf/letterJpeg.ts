/**
 * What a letter needs to know about a JPEG logo before handing it to pdf-lib, which
 * copies the file as it is (DCTDecode): its size and its colour components. A CMYK
 * JPEG would put DeviceCMYK into the PDF, which PDF/A allows only with a CMYK output
 * intent, so it is refused rather than printed in other colours than the office chose.
 */

export interface JpegInfo {
  width: number;
  height: number;
  components: number;
  precision: number;
}

/** Reads the frame header (SOFn); null when the bytes are not a readable JPEG. */
export function readJpegInfo(bytes: Uint8Array): JpegInfo | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1] as number;
    // Fill bytes before a marker, and markers that stand alone without a length.
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += 2;
      continue;
    }
    const length = ((bytes[offset + 2] as number) << 8) | (bytes[offset + 3] as number);
    if (length < 2 || offset + 2 + length > bytes.length) return null;
    const isFrame =
      marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      if (length < 8) return null;
      const at = offset + 4;
      return {
        precision: bytes[at] as number,
        height: ((bytes[at + 1] as number) << 8) | (bytes[at + 2] as number),
        width: ((bytes[at + 3] as number) << 8) | (bytes[at + 4] as number),
        components: bytes[at + 5] as number,
      };
    }
    // The scan starts before any frame header: not a JPEG we can place.
    if (marker === 0xda || marker === 0xd9) return null;
    offset += 2 + length;
  }
  return null;
}
