import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { sanitizeFileName } from '../../../common/domain/attachments';

/** A letter's PDF ready to store: hashed and wrapped before the transaction opens. */
export interface PreparedRendering {
  fileName: string;
  sha256: string;
  size: number;
  pages: number;
  blob: Blob;
}

/** "Dopis.PDF", "x" → a safe name that ends in ".pdf". */
export function letterFileName(name: string): string {
  const safe = sanitizeFileName(name);
  return /\.pdf$/i.test(safe) ? safe : `${safe}.pdf`;
}

/**
 * Hashing is done here, before `db.transaction`: awaiting anything but Dexie inside
 * one lets IndexedDB commit it early.
 */
export function prepareRendering(
  pdf: Uint8Array,
  fileName: string,
  pages: number,
): PreparedRendering {
  return {
    fileName: letterFileName(fileName),
    sha256: bytesToHex(sha256(pdf)),
    size: pdf.length,
    pages,
    blob: new Blob([pdf as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
  };
}
