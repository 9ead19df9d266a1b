import { decodeByTable } from '../../bytes/base64';
import { InvalidMessage } from '../../erms/codec/reader';

/**
 * xs:base64Binary to bytes and back for multi-megabyte files (dmEncodedContent,
 * dmSignature). Encoding is canonical base64 (no line breaks) by the shared encoder in
 * `common/bytes/base64.ts`; decoding takes the shared fast decoder when the text is
 * canonical and falls back to the tolerant reading below (whitespace anywhere).
 */
export { encodeBase64 } from '../../bytes/base64';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const INVALID = 255;
const VALUES = new Uint8Array(128).fill(INVALID);
for (let index = 0; index < ALPHABET.length; index++) VALUES[ALPHABET.charCodeAt(index)] = index;

/**
 * Decodes xs:base64Binary text (whitespace anywhere is allowed, as the schema type
 * allows it and ISDS ends dmHash with a line break). Throws InvalidMessage naming
 * `where` on anything else.
 */
export function decodeBase64(text: string, where: string): Uint8Array {
  try {
    return decodeByTable(text);
  } catch {
    // Not canonical (whitespace, unusual padding bits): read it character by character.
  }
  return decodeTolerant(text, where);
}

function decodeTolerant(text: string, where: string): Uint8Array {
  const length = text.length;
  const out = new Uint8Array(Math.floor((length * 3) / 4) + 3);
  let written = 0;
  let buffer = 0;
  let count = 0;
  let padding = 0;
  for (let at = 0; at < length; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) continue;
    if (code === 0x3d) {
      padding++;
      continue;
    }
    const value = code < 128 ? (VALUES[code] as number) : INVALID;
    if (value === INVALID || padding > 0) throw new InvalidMessage(`${where}: not xs:base64Binary`);
    buffer = (buffer << 6) | value;
    if (++count === 4) {
      out[written++] = buffer >> 16;
      out[written++] = (buffer >> 8) & 0xff;
      out[written++] = buffer & 0xff;
      buffer = 0;
      count = 0;
    }
  }
  if (
    count === 1 ||
    padding > 2 ||
    (padding > 0 && count + padding !== 4) ||
    (count === 0 && padding > 0)
  )
    throw new InvalidMessage(`${where}: not xs:base64Binary`);
  if (count === 2) out[written++] = (buffer >> 4) & 0xff;
  if (count === 3) {
    out[written++] = (buffer >> 10) & 0xff;
    out[written++] = (buffer >> 2) & 0xff;
  }
  return out.slice(0, written);
}
