/**
 * RC2 decryption (RFC 2268) in CBC mode, for the certificates of PKCS#12 files exported
 * by older software (OpenSSL 1.x, old Windows: pbeWithSHAAnd40BitRC2-CBC). Node's
 * OpenSSL 3 build leaves RC2 to its legacy provider, which is not loaded. Decryption
 * only: nothing here writes RC2.
 */

/** RFC 2268 §2: the permutation of 0…255 from the digits of π. */
const PITABLE = Uint8Array.from(
  Buffer.from(
    'd978f9c419ddb5ed28e9fd794aa0d89dc67e37832b76538e624c6488448bfba2' +
      '179a59f587b34f1361456d8d09817d32bd8f40eb86b77b0bf09521225c6b4e82' +
      '54d66593ce60b21c7356c014a78cf1dc1275ca1f3bbee4d1423dd430a33cb626' +
      '6fbf0eda4669075727f21d9bbc944303f811c7f690ef3ee706c3d52fc8661ed7' +
      '08e8eade8052eef784aa72ac354d6a2a961ad2715a1549744b9fd05e0418a4ec' +
      'c2e0416e0f51cbcc2491af50a1f47039997c3a8523b8b47afc02365b25559731' +
      '2d5dfa98e38a92ae05df2910676cbac9' +
      'd300e6cfe19ea82c6316013f58e289a90d38341bab33ffb0bb480c5fb9b1cd2e' +
      'c5f3db47e5a59c770aa62068fe7fc1ad',
    'hex',
  ),
);

/** The 64 expanded key words for `key` with `effectiveBits` (40 for RC2-40, 128 for RC2-128). */
function expandKey(key: Uint8Array, effectiveBits: number): Uint16Array {
  const l = new Uint8Array(128);
  l.set(key);
  const t = key.byteLength;
  for (let i = t; i < 128; i++) l[i] = PITABLE[(l[i - 1]! + l[i - t]!) & 0xff]!;
  const t8 = (effectiveBits + 7) >> 3;
  const tm = 0xff % 2 ** (8 + effectiveBits - 8 * t8);
  l[128 - t8] = PITABLE[l[128 - t8]! & tm]!;
  for (let i = 127 - t8; i >= 0; i--) l[i] = PITABLE[l[i + 1]! ^ l[i + t8]!]!;
  const k = new Uint16Array(64);
  for (let i = 0; i < 64; i++) k[i] = l[2 * i]! | (l[2 * i + 1]! << 8);
  return k;
}

const SHIFTS = [1, 2, 3, 5] as const;

function rotateRight(word: number, by: number): number {
  return ((word >>> by) | (word << (16 - by))) & 0xffff;
}

/** RFC 2268 §4: one 64-bit block, in place. */
function decryptBlock(k: Uint16Array, r: Uint16Array): void {
  let j = 63;
  const mix = () => {
    for (let i = 3; i >= 0; i--) {
      r[i] = rotateRight(r[i]!, SHIFTS[i]!);
      r[i] =
        r[i]! - k[j]! - (r[(i + 3) & 3]! & r[(i + 2) & 3]!) - (~r[(i + 3) & 3]! & r[(i + 1) & 3]!);
      j--;
    }
  };
  const mash = () => {
    for (let i = 3; i >= 0; i--) r[i] = r[i]! - k[r[(i + 3) & 3]! & 63]!;
  };
  for (let round = 0; round < 5; round++) mix();
  mash();
  for (let round = 0; round < 6; round++) mix();
  mash();
  for (let round = 0; round < 5; round++) mix();
}

/** One block without chaining (the RFC's test vectors). */
export function rc2DecryptBlock(
  key: Uint8Array,
  effectiveBits: number,
  block: Uint8Array,
): Uint8Array {
  const words = new Uint16Array(4);
  for (let i = 0; i < 4; i++) words[i] = block[2 * i]! | (block[2 * i + 1]! << 8);
  decryptBlock(expandKey(key, effectiveBits), words);
  const out = new Uint8Array(8);
  for (let i = 0; i < 4; i++) {
    out[2 * i] = words[i]! & 0xff;
    out[2 * i + 1] = words[i]! >> 8;
  }
  return out;
}

/** CBC decryption with PKCS#7 padding; throws when the padding is wrong (a wrong key). */
export function rc2CbcDecrypt(
  key: Uint8Array,
  effectiveBits: number,
  iv: Uint8Array,
  data: Uint8Array,
): Uint8Array {
  if (data.byteLength === 0 || data.byteLength % 8 !== 0 || iv.byteLength !== 8)
    throw new Error('RC2: data is not whole blocks');
  const k = expandKey(key, effectiveBits);
  const out = new Uint8Array(data.byteLength);
  const words = new Uint16Array(4);
  let previous = iv;
  for (let offset = 0; offset < data.byteLength; offset += 8) {
    const block = data.subarray(offset, offset + 8);
    for (let i = 0; i < 4; i++) words[i] = block[2 * i]! | (block[2 * i + 1]! << 8);
    decryptBlock(k, words);
    for (let i = 0; i < 4; i++) {
      out[offset + 2 * i] = (words[i]! & 0xff) ^ previous[2 * i]!;
      out[offset + 2 * i + 1] = (words[i]! >> 8) ^ previous[2 * i + 1]!;
    }
    previous = block;
  }
  const pad = out[out.byteLength - 1]!;
  if (pad < 1 || pad > 8 || out.subarray(out.byteLength - pad).some((byte) => byte !== pad))
    throw new Error('RC2: bad padding');
  return out.subarray(0, out.byteLength - pad);
}
