/**
 * A signature's /ByteRange and /Contents (ISO 32000-2 §12.8.1): the signed bytes are
 * the file from 0 to a and from b to b+c, and the gap [a, b) is exactly the /Contents
 * hex string — nothing else may hide there unsigned. Any other shape is refused.
 */
import { isIndex, PdfString, type PdfDict } from './pdf/values';

export interface SignedRanges {
  /** End of the first range: where the /Contents hex string starts. */
  a: number;
  /** Start of the second range: just after the hex string. */
  b: number;
  /** Length of the second range. */
  c: number;
  /** The /Contents bytes (the CMS or timestamp token, zero-padded). */
  contents: Uint8Array;
}

/** The signed ranges of a signature dictionary in a file of `fileLength` bytes; null when malformed. */
export function signedRangesOf(signature: PdfDict, fileLength: number): SignedRanges | null {
  const range = signature.get('ByteRange');
  const contents = signature.get('Contents');
  if (!Array.isArray(range) || range.length !== 4 || !range.every(isIndex)) return null;
  const [start, a, b, c] = range as [number, number, number, number];
  if (start !== 0 || a <= 0 || b <= a || b + c > fileLength) return null;
  // The hex string must be where the gap is: read from the file itself, not from an
  // object stream, and spanning the gap from its `<` to its `>`.
  if (!(contents instanceof PdfString) || !contents.hex || !contents.span) return null;
  if (contents.span.start !== a || contents.span.end !== b) return null;
  return { a, b, c, contents: contents.bytes };
}
