/**
 * Image XObjects for scan pages, written directly rather than through pdf-lib's
 * embedJpg/embedPng: embedJpg reads the frame header through `bytes.buffer` without
 * the view's offset (a Buffer slice from IPC or a pool would be misread), embedPng
 * would put an alpha channel into a soft mask (forbidden here), and neither writes
 * 1-bit or CCITT images. None sets /Interpolate (PDF/A forbids it).
 */
import { deflateSync } from 'node:zlib';
import type { PDFDocument, PDFRef } from 'pdf-lib';

export type ImageColorSpace = 'DeviceGray' | 'DeviceRGB';

export interface EmbeddedImage {
  ref: PDFRef;
  width: number;
  height: number;
}

interface ImageFormat {
  colorSpace: ImageColorSpace;
  bits: 1 | 8;
  filter: 'DCTDecode' | 'FlateDecode' | 'CCITTFaxDecode';
  decodeParms?: Record<string, number | boolean>;
}

/** The one dictionary every scan image gets; only the format differs between them. */
function embedImage(
  doc: PDFDocument,
  data: Uint8Array,
  size: { width: number; height: number },
  format: ImageFormat,
): EmbeddedImage {
  const stream = doc.context.stream(data, {
    Type: 'XObject',
    Subtype: 'Image',
    Width: size.width,
    Height: size.height,
    ColorSpace: format.colorSpace,
    BitsPerComponent: format.bits,
    Filter: format.filter,
    ...(format.decodeParms ? { DecodeParms: format.decodeParms } : {}),
  });
  return { ref: doc.context.register(stream), width: size.width, height: size.height };
}

/** A JPEG's DCT data as it is: the PDF carries the file's bytes, not a re-encoding. */
export function embedDct(
  doc: PDFDocument,
  jpeg: Uint8Array,
  frame: { width: number; height: number; components: number },
): EmbeddedImage {
  const colorSpace = frame.components === 1 ? 'DeviceGray' : 'DeviceRGB';
  return embedImage(doc, jpeg, frame, { colorSpace, bits: 8, filter: 'DCTDecode' });
}

/** Samples (rows top to bottom, each padded to a byte) compressed losslessly with Flate. */
export function embedFlate(
  doc: PDFDocument,
  samples: Uint8Array,
  image: { width: number; height: number; colorSpace: ImageColorSpace; bits: 1 | 8 },
): EmbeddedImage {
  const { colorSpace, bits } = image;
  return embedImage(doc, deflateSync(samples), image, { colorSpace, bits, filter: 'FlateDecode' });
}

/** A TIFF strip's CCITT Group 4 data as it is (ISO 32000-1, 7.4.6). */
export function embedG4(
  doc: PDFDocument,
  data: Uint8Array,
  image: { width: number; height: number; blackIs1: boolean },
): EmbeddedImage {
  const decodeParms = { K: -1, Columns: image.width, Rows: image.height, BlackIs1: image.blackIs1 };
  return embedImage(doc, data, image, {
    colorSpace: 'DeviceGray',
    bits: 1,
    filter: 'CCITTFaxDecode',
    decodeParms,
  });
}
