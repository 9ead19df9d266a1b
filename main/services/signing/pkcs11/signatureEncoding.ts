/**
 * The two encodings a card leaves to us: the DigestInfo that CKM_RSA_PKCS signs when the
 * card cannot hash (PKCS#1 v1.5, RFC 8017 §9.2), and the DER SEQUENCE { r, s } that CMS
 * wants where CKM_ECDSA returns r and s side by side (PKCS#11 §2.3.1).
 */
import type { DigestAlgorithm } from '@libpdf/core';

/** DER of AlgorithmIdentifier + OCTET STRING header for each hash (RFC 8017 §9.2, note 1). */
const DIGEST_INFO_PREFIX: Record<DigestAlgorithm, string> = {
  'SHA-256': '3031300d060960864801650304020105000420',
  'SHA-384': '3041300d060960864801650304020205000430',
  'SHA-512': '3051300d060960864801650304020305000440',
};

const DIGEST_LENGTH: Record<DigestAlgorithm, number> = {
  'SHA-256': 32,
  'SHA-384': 48,
  'SHA-512': 64,
};

export function digestInfo(algorithm: DigestAlgorithm, digest: Uint8Array): Uint8Array {
  if (digest.length !== DIGEST_LENGTH[algorithm]) {
    throw new Error(`${algorithm} digest must be ${DIGEST_LENGTH[algorithm]} bytes`);
  }
  const prefix = Buffer.from(DIGEST_INFO_PREFIX[algorithm], 'hex');
  return new Uint8Array(Buffer.concat([prefix, digest]));
}

function derLength(length: number): number[] {
  if (length < 0x80) return [length];
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return [0x80 | bytes.length, ...bytes];
}

/** A non-negative INTEGER: minimal length, with a zero byte where the top bit would read as a sign. */
function derUnsignedInteger(magnitude: Uint8Array): number[] {
  let start = 0;
  while (start < magnitude.length - 1 && magnitude[start] === 0) start++;
  const body = Array.from(magnitude.subarray(start));
  if ((body[0] ?? 0) & 0x80) body.unshift(0);
  if (body.length === 0) body.push(0);
  return [0x02, ...derLength(body.length), ...body];
}

export function ecdsaRawToDer(raw: Uint8Array): Uint8Array {
  if (raw.length === 0 || raw.length % 2 !== 0) {
    throw new Error(`ECDSA signature of ${raw.length} bytes is not r || s`);
  }
  const half = raw.length / 2;
  const body = [
    ...derUnsignedInteger(raw.subarray(0, half)),
    ...derUnsignedInteger(raw.subarray(half)),
  ];
  return new Uint8Array([0x30, ...derLength(body.length), ...body]);
}
