import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { MAX_SIGNED_PDF_BYTES } from '../../../common/contract/signing';
import { sanitizeFileName } from '../../../common/domain/attachments';
import { CommandError } from '../../db/errors';

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

/** A signature or a timestamp is an incremental update: the earlier bytes stay as they were. */
export function extendsBytes(bytes: Uint8Array, prefix: Uint8Array): boolean {
  if (bytes.length <= prefix.length) return false;
  for (let index = 0; index < prefix.length; index++) {
    if (bytes[index] !== prefix[index]) return false;
  }
  return true;
}

/** Refuses what is not a PDF, or too large to be one we signed. */
export function requirePdf(bytes: Uint8Array): void {
  if (bytes.length > MAX_SIGNED_PDF_BYTES) throw new CommandError('errors.letterSigning.tooLarge');
  if (bytes.length < PDF_MAGIC.length || PDF_MAGIC.some((byte, index) => bytes[index] !== byte))
    throw new CommandError('errors.letterSigning.notPdf');
}

export function pdfBlob(bytes: Uint8Array): Blob {
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
}

export async function blobBytes(blob: Blob): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await blob.arrayBuffer());
}

/** `OUHL 12/2026` → `OUHL-12-2026-podepsano.pdf`: the reference number, safe as a file name. */
export function signedLetterName(referenceNumber: string): string {
  const base = referenceNumber
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return sanitizeFileName(`${base || 'dopis'}-podepsano.pdf`);
}
