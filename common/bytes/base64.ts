/**
 * Base64 (RFC 4648, padded, no line breaks) for multi-megabyte byte arrays in any of
 * our runtimes: no Buffer (the renderer shares this), no per-byte callbacks and no
 * `String.fromCharCode` / `atob` round trips through a binary string, which generic
 * helpers use and which cost ten times more. Where the platform has the native
 * `Uint8Array.prototype.toBase64` / `Uint8Array.fromBase64` (Chromium 140+, so the
 * renderer), those are used; elsewhere (Node 20) a table does it.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const PAD = 0x3d;
const INVALID = 0xff;

/**
 * Character code → 6-bit value, INVALID for anything outside the alphabet. Every code a
 * string can hold has its entry, so the decoder needs no range check per character.
 */
const VALUES = new Uint8Array(65536).fill(INVALID);
/** 6-bit value → character code. */
const CODES = new Uint8Array(64);
for (let index = 0; index < ALPHABET.length; index++) {
  VALUES[ALPHABET.charCodeAt(index)] = index;
  CODES[index] = ALPHABET.charCodeAt(index);
}

/**
 * 12 bits → their two characters as one 16-bit store in the platform's byte order: the
 * encoder writes half as many times as with single characters.
 */
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
const PAIRS = new Uint16Array(4096);
for (let bits = 0; bits < 4096; bits++) {
  const first = CODES[bits >> 6] as number;
  const second = CODES[bits & 63] as number;
  PAIRS[bits] = LITTLE_ENDIAN ? first | (second << 8) : (first << 8) | second;
}

// The output is ASCII; decoding it as Latin-1 turns each byte into one character as is.
const latin1 = new TextDecoder('latin1');

interface NativeBase64 {
  toBase64?: (this: Uint8Array) => string;
}
interface NativeFromBase64 {
  fromBase64?: (text: string, options?: { lastChunkHandling?: 'strict' }) => Uint8Array;
}
const nativeEncode = (Uint8Array.prototype as NativeBase64).toBase64;
const nativeDecode = (Uint8Array as unknown as NativeFromBase64).fromBase64;

/** The bytes as padded base64 without line breaks. */
export function encodeBase64(bytes: Uint8Array): string {
  if (nativeEncode) return nativeEncode.call(bytes);
  return encodeByTable(bytes);
}

/** The table encoder (exported for the tests, which must run it where the native one exists). */
export function encodeByTable(bytes: Uint8Array): string {
  const length = Math.ceil(bytes.length / 3) * 4;
  // An even byte length for the 16-bit view; the spare byte is not decoded.
  const buffer = new ArrayBuffer(length + (length & 1));
  const pairs = new Uint16Array(buffer);
  const out = new Uint8Array(buffer, 0, length);
  const whole = bytes.length - (bytes.length % 3);
  let pair = 0;
  for (let at = 0; at < whole; at += 3) {
    const triple =
      ((bytes[at] as number) << 16) | ((bytes[at + 1] as number) << 8) | (bytes[at + 2] as number);
    pairs[pair++] = PAIRS[triple >> 12] as number;
    pairs[pair++] = PAIRS[triple & 4095] as number;
  }
  const rest = bytes.length - whole;
  if (rest > 0) {
    let written = pair * 2;
    const first = bytes[whole] as number;
    const second = rest === 2 ? (bytes[whole + 1] as number) : 0;
    out[written++] = CODES[first >> 2] as number;
    out[written++] = CODES[((first & 3) << 4) | (second >> 4)] as number;
    out[written++] = rest === 2 ? (CODES[(second & 15) << 2] as number) : PAD;
    out[written] = PAD;
  }
  return latin1.decode(out);
}

/**
 * Bytes of base64 as `encodeBase64` writes it: the RFC 4648 alphabet, padded to a
 * multiple of four, the unused bits of the last character zero. Throws a SyntaxError
 * on anything else (the native decoder also skips ASCII whitespace).
 */
export function decodeBase64(text: string): Uint8Array {
  if (nativeDecode) return nativeDecode(text, { lastChunkHandling: 'strict' });
  return decodeByTable(text);
}

/** The table decoder (exported for the tests, which must run it where the native one exists). */
export function decodeByTable(text: string): Uint8Array {
  const length = text.length;
  if (length % 4 !== 0) throw new SyntaxError('base64: length not a multiple of 4');
  let padding = 0;
  if (length > 0 && text.charCodeAt(length - 1) === PAD)
    padding = text.charCodeAt(length - 2) === PAD ? 2 : 1;
  const out = new Uint8Array((length / 4) * 3 - padding);
  const whole = padding > 0 ? length - 4 : length;
  // Every value ORed together: one check at the end instead of one per character.
  let seen = 0;
  let written = 0;
  for (let at = 0; at < whole; at += 4) {
    const a = VALUES[text.charCodeAt(at)] as number;
    const b = VALUES[text.charCodeAt(at + 1)] as number;
    const c = VALUES[text.charCodeAt(at + 2)] as number;
    const d = VALUES[text.charCodeAt(at + 3)] as number;
    seen |= a | b | c | d;
    const quad = (a << 18) | (b << 12) | (c << 6) | d;
    out[written++] = quad >> 16;
    out[written++] = (quad >> 8) & 0xff;
    out[written++] = quad & 0xff;
  }
  if (padding > 0) {
    const a = VALUES[text.charCodeAt(whole)] as number;
    const b = VALUES[text.charCodeAt(whole + 1)] as number;
    const c = padding === 1 ? (VALUES[text.charCodeAt(whole + 2)] as number) : 0;
    seen |= a | b | c;
    // The bits the padding leaves over must be zero, as the native strict decoder wants.
    if (padding === 2 ? (b & 15) !== 0 : (c & 3) !== 0) seen |= INVALID;
    out[written++] = (a << 2) | (b >> 4);
    if (padding === 1) out[written] = ((b & 15) << 4) | (c >> 2);
  }
  if (seen & 0x80) throw new SyntaxError('base64: not in the alphabet');
  return out;
}
