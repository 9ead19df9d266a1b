/**
 * How one signature is asked of the card: which mechanism, over which bytes, and how
 * the answer becomes what CMS expects. RSA prefers the card's own hash-and-sign
 * mechanism; a card that only offers raw CKM_RSA_PKCS gets a DigestInfo hashed here.
 * ECDSA always signs a hash made here (CKM_ECDSA), as most cards offer nothing else.
 */
import { createHash } from 'node:crypto';
import type { DigestAlgorithm, KeyType } from '@libpdf/core';
import {
  CKM_ECDSA,
  CKM_RSA_PKCS,
  CKM_SHA256_RSA_PKCS,
  CKM_SHA384_RSA_PKCS,
  CKM_SHA512_RSA_PKCS,
} from './constants';
import { pkcs11Error } from './errors';
import { digestInfo, ecdsaRawToDer } from './signatureEncoding';

export interface SignatureRequest {
  mechanism: number;
  input: Buffer;
  /** Turns the card's answer into the CMS signature value. */
  encode: (output: Buffer) => Uint8Array;
}

const NODE_HASH: Record<DigestAlgorithm, string> = {
  'SHA-256': 'sha256',
  'SHA-384': 'sha384',
  'SHA-512': 'sha512',
};

const RSA_WITH_HASH: Record<DigestAlgorithm, number> = {
  'SHA-256': CKM_SHA256_RSA_PKCS,
  'SHA-384': CKM_SHA384_RSA_PKCS,
  'SHA-512': CKM_SHA512_RSA_PKCS,
};

function hash(data: Uint8Array, algorithm: DigestAlgorithm): Buffer {
  return createHash(NODE_HASH[algorithm]).update(data).digest();
}

/** Fails early (`errors.pkcs11.unsupportedKey`) when the card offers no usable mechanism. */
export function assertSigningSupported(keyType: KeyType, mechanisms: number[]): void {
  const usable =
    keyType === 'EC'
      ? mechanisms.includes(CKM_ECDSA)
      : mechanisms.includes(CKM_RSA_PKCS) ||
        Object.values(RSA_WITH_HASH).some((mechanism) => mechanisms.includes(mechanism));
  if (!usable) throw pkcs11Error('unsupportedKey');
}

export function signatureRequest(
  keyType: KeyType,
  mechanisms: number[],
  data: Uint8Array,
  algorithm: DigestAlgorithm,
): SignatureRequest {
  const raw = (output: Buffer) => new Uint8Array(output);
  if (keyType === 'EC') {
    return { mechanism: CKM_ECDSA, input: hash(data, algorithm), encode: ecdsaRawToDer };
  }
  const combined = RSA_WITH_HASH[algorithm];
  if (mechanisms.includes(combined)) {
    return { mechanism: combined, input: Buffer.from(data), encode: raw };
  }
  if (mechanisms.includes(CKM_RSA_PKCS)) {
    const input = Buffer.from(digestInfo(algorithm, hash(data, algorithm)));
    return { mechanism: CKM_RSA_PKCS, input, encode: raw };
  }
  throw pkcs11Error('unsupportedKey');
}
