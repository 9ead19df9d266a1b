/**
 * A signature's /Contents: the DER of a CMS SignedData (or a timestamp token),
 * followed by the zeros that fill the space reserved for it. The element is cut out
 * by its own length; what follows it must be padding.
 */
import * as asn1js from 'asn1js';

/** More than a signature with a long chain and embedded revocation data needs. */
export const MAX_CMS_BYTES = 8 * 1024 * 1024;

function definiteLength(bytes: Uint8Array): number | null {
  // A SEQUENCE's tag is one byte; the length is short form or up to four bytes long.
  const first = bytes[1];
  if (first === undefined) return null;
  if (first < 0x80) return 2 + first;
  const count = first & 0x7f;
  if (count === 0 || count > 4 || bytes.byteLength < 2 + count) return null;
  let length = 0;
  for (let i = 0; i < count; i++) length = length * 256 + bytes[2 + i]!;
  return 2 + count + length;
}

function indefiniteLength(bytes: Uint8Array): number | null {
  const parsed = asn1js.fromBER(bytes, {
    copyInput: false,
    parseEmbedded: false,
    maxDepth: 64,
    maxNodes: 10_000 + Math.ceil(bytes.byteLength / 256),
    maxContentLength: bytes.byteLength,
  });
  return parsed.offset === -1 ? null : parsed.offset;
}

/** The DER element at the start of `contents`; null when it is not one followed only by zeros. */
export function cmsOfContents(contents: Uint8Array): Uint8Array | null {
  if (contents[0] !== 0x30 || contents.byteLength > MAX_CMS_BYTES) return null;
  let length: number | null;
  try {
    length = contents[1] === 0x80 ? indefiniteLength(contents) : definiteLength(contents);
  } catch {
    return null;
  }
  if (length === null || length > contents.byteLength) return null;
  for (let i = length; i < contents.byteLength; i++) if (contents[i] !== 0) return null;
  return contents.subarray(0, length);
}
