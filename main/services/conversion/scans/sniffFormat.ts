import type { ScanFormat } from '../../../../common/contract/conversion';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((value, index) => bytes[index] === value);

/**
 * The format from the file's first bytes, never from its name (a scanner's "scan.pdf"
 * may be a TIFF, a renamed file anything). TIFF: classic ("II*\0", "MM\0*") and BigTIFF
 * ("II+\0", "MM\0+"). PDF: "%PDF-" within the first 1024 bytes, as readers accept it.
 */
export function sniffFormat(bytes: Uint8Array): ScanFormat | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, PNG_SIGNATURE)) return 'png';
  if (startsWith(bytes, [0x49, 0x49]) && (bytes[2] === 42 || bytes[2] === 43) && bytes[3] === 0) {
    return 'tiff';
  }
  if (startsWith(bytes, [0x4d, 0x4d]) && bytes[2] === 0 && (bytes[3] === 42 || bytes[3] === 43)) {
    return 'tiff';
  }
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024));
  if (head.includes('%PDF-', 0, 'latin1')) return 'pdf';
  return null;
}
