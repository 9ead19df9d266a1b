import { base64ToUint8Array } from 'uint8array-extras';

/**
 * Small but real files for tests of the attachment checks and the intake command:
 * each opens in its viewer (the PDF passes `qpdf --check`, the images are 1×1 grey).
 */

const encoder = new TextEncoder();

export const minimalPdf = (): Uint8Array =>
  encoder.encode(
    '%PDF-1.4\n1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n2 0 obj\n<</Type/Pages/Kids[3 0 R]/Count 1>>\nendobj\n' +
      '3 0 obj\n<</Type/Page/Parent 2 0 R/MediaBox[0 0 72 72]>>\nendobj\nxref\n0 4\n0000000000 65535 f \n' +
      '0000000009 00000 n \n0000000054 00000 n \n0000000105 00000 n \ntrailer\n<</Size 4/Root 1 0 R>>\nstartxref\n168\n%%EOF\n',
  );

export const minimalPng = (): Uint8Array =>
  base64ToUint8Array(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGP4DwABAQEAsTj2FAAAAABJRU5ErkJggg==',
  );

/** Baseline JFIF, one 8×8 block, single-code Huffman tables. */
export const minimalJpeg = (): Uint8Array =>
  base64ToUint8Array(
    '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEB' +
      'AQEBAQEBAQEBAQEBAQH/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAAAP/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAI' +
      'AQEAAD8AP//Z',
  );

/** Little-endian baseline TIFF, uncompressed 8-bit grey. */
export const minimalTiff = (): Uint8Array =>
  base64ToUint8Array(
    'SUkqAAgAAAAJAAABAwABAAAAAQAAAAEBAwABAAAAAQAAAAIBAwABAAAACAAAAAMBAwABAAAAAQAAAAYBAwABAAAAAQAAABEBBAAB' +
      'AAAAegAAABUBAwABAAAAAQAAABYBAwABAAAAAQAAABcBBAABAAAAAQAAAAAAAAD/',
  );

/** The start of a Windows program: "MZ", a DOS stub, the PE header offset. */
export function windowsExecutable(): Uint8Array {
  const bytes = new Uint8Array(512);
  bytes.set(encoder.encode('MZ'), 0);
  bytes.set(encoder.encode('This program cannot be run in DOS mode.'), 0x4e);
  bytes[0x3c] = 0x80;
  bytes.set(encoder.encode('PE\0\0'), 0x80);
  return bytes;
}

/** The start of a Linux program: the ELF magic and a 64-bit little-endian header. */
export function elfExecutable(): Uint8Array {
  const bytes = new Uint8Array(128);
  bytes.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0], 0);
  return bytes;
}
