import { createHash } from 'node:crypto';
import { PDFHexString, type PDFDocument } from 'pdf-lib';

/**
 * The trailer's /ID (ISO 32000-1, 14.4; required by PDF/A) is derived from the file's
 * content: the file is written with a placeholder of the same length, hashed, and the
 * placeholder is overwritten in place, so no offset moves and equal content gives an
 * equal ID. Both halves are equal: the file is new, not a revision of another.
 */
const PLACEHOLDER = 'F0E1D2C3B4A5968778695A4B3C2D1E0F';
const SERIALIZED = new TextEncoder().encode(`<${PLACEHOLDER}> <${PLACEHOLDER}>`);

export function setPlaceholderId(doc: PDFDocument): void {
  const { context } = doc;
  context.trailerInfo.ID = context.obj([
    PDFHexString.of(PLACEHOLDER),
    PDFHexString.of(PLACEHOLDER),
  ]);
}

function lastIndexOf(haystack: Uint8Array, needle: Uint8Array): number {
  return Buffer.from(haystack.buffer, haystack.byteOffset, haystack.byteLength).lastIndexOf(
    Buffer.from(needle.buffer, needle.byteOffset, needle.byteLength),
  );
}

/** Replaces the placeholder written by `setPlaceholderId` with the content hash. */
export function stampFileId(bytes: Uint8Array): Uint8Array {
  const at = lastIndexOf(bytes, SERIALIZED);
  if (at < 0) throw new Error('PDF/A: the trailer has no placeholder /ID to fill in');
  const id = createHash('sha256').update(bytes).digest('hex').slice(0, 32).toUpperCase();
  const text = new TextEncoder().encode(`<${id}> <${id}>`);
  bytes.set(text, at);
  return bytes;
}
