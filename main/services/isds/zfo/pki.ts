/** Digest and signature algorithms the verifier knows, by OID, as Node's crypto names them. */
import { createHash } from 'node:crypto';

/** ISDS has used SHA-1 and SHA-256. */
const DIGESTS: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.4': 'sha224',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

/**
 * Signature algorithms: the hash each names, or null for those that name none
 * (rsaEncryption, which ISDS writes, and a bare EC key) and take the digest algorithm's.
 * RSA-PSS is not here: nobody seals ZFOs with it.
 */
const SIGNATURES: Record<string, string | null> = {
  '1.2.840.113549.1.1.1': null,
  '1.2.840.113549.1.1.5': 'sha1',
  '1.2.840.113549.1.1.14': 'sha224',
  '1.2.840.113549.1.1.11': 'sha256',
  '1.2.840.113549.1.1.12': 'sha384',
  '1.2.840.113549.1.1.13': 'sha512',
  '1.2.840.10045.2.1': null,
  '1.2.840.10045.4.1': 'sha1',
  '1.2.840.10045.4.3.2': 'sha256',
  '1.2.840.10045.4.3.3': 'sha384',
  '1.2.840.10045.4.3.4': 'sha512',
};

export function digestName(oid: string): string | null {
  return DIGESTS[oid] ?? null;
}

/** The hash a signature algorithm uses; undefined when the algorithm is unknown. */
export function signatureHash(signatureOid: string, digestOid: string): string | undefined {
  if (!(signatureOid in SIGNATURES)) return undefined;
  return SIGNATURES[signatureOid] ?? digestName(digestOid) ?? undefined;
}

/** The hash a certificate's signature algorithm names; null when it names none or is unknown. */
export function certificateSignatureHash(signatureOid: string): string | null {
  return SIGNATURES[signatureOid] ?? null;
}

/** ISDS writes tHash@algorithm as "SHA-1", "SHA-256", …; some writers drop the dash. */
export function digestOidOfIsdsName(name: string): string | null {
  const wanted = name.trim().toLowerCase().replace(/-/g, '');
  for (const [oid, known] of Object.entries(DIGESTS)) if (known === wanted) return oid;
  return null;
}

export function digest(name: string, data: Uint8Array): Uint8Array {
  return createHash(name).update(data).digest();
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && Buffer.compare(a, b) === 0;
}

export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}
