/**
 * Password-based cryptography of PKCS#12 (RFC 7292) with Node's crypto: the MAC over the
 * contents (HMAC keyed by the PKCS#12 KDF), PBES2 (PBKDF2 + AES or 3DES, what OpenSSL 3
 * and current Windows write) and the legacy PKCS#12 PBE with 3DES or RC2 (older
 * exports; RC2 in ./rc2, as Node's OpenSSL 3 build lacks it).
 */
import {
  createDecipheriv,
  createHash,
  createHmac,
  hash as oneShot,
  pbkdf2Sync,
  timingSafeEqual,
} from 'node:crypto';
import * as asn1js from 'asn1js';
import { MalformedError, octets } from '../../isds/zfo/ber';
import { ServiceError } from '../../../../common/contract/envelope';
import { pkcs12Unsupported } from '../errors';
import { rc2CbcDecrypt } from './rc2';

/** An AlgorithmIdentifier as read: its OID and parameters. */
export interface Algorithm {
  oid: string;
  params: asn1js.AsnType | undefined;
}

const HASHES: Record<string, { name: string; size: number; block: number }> = {
  '1.3.14.3.2.26': { name: 'sha1', size: 20, block: 64 },
  '2.16.840.1.101.3.4.2.4': { name: 'sha224', size: 28, block: 64 },
  '2.16.840.1.101.3.4.2.1': { name: 'sha256', size: 32, block: 64 },
  '2.16.840.1.101.3.4.2.2': { name: 'sha384', size: 48, block: 128 },
  '2.16.840.1.101.3.4.2.3': { name: 'sha512', size: 64, block: 128 },
};

const PRFS: Record<string, string> = {
  '1.2.840.113549.2.7': 'sha1',
  '1.2.840.113549.2.8': 'sha224',
  '1.2.840.113549.2.9': 'sha256',
  '1.2.840.113549.2.10': 'sha384',
  '1.2.840.113549.2.11': 'sha512',
};

const CIPHERS: Record<string, { name: string; keyLength: number }> = {
  '2.16.840.1.101.3.4.1.2': { name: 'aes-128-cbc', keyLength: 16 },
  '2.16.840.1.101.3.4.1.22': { name: 'aes-192-cbc', keyLength: 24 },
  '2.16.840.1.101.3.4.1.42': { name: 'aes-256-cbc', keyLength: 32 },
  '1.2.840.113549.3.7': { name: 'des-ede3-cbc', keyLength: 24 },
};

const PBES2 = '1.2.840.113549.1.5.13';
const PBKDF2 = '1.2.840.113549.1.5.12';
const LEGACY = {
  tripleDes: '1.2.840.113549.1.12.1.3',
  twoKeyTripleDes: '1.2.840.113549.1.12.1.4',
  rc2With128: '1.2.840.113549.1.12.1.5',
  rc2With40: '1.2.840.113549.1.12.1.6',
} as const;

/** The password as PKCS#12 wants it for its own KDF: BMPString, big-endian, NUL-terminated. */
export function bmpPassword(password: string): Uint8Array {
  const bytes = new Uint8Array(password.length * 2 + 2);
  for (let index = 0; index < password.length; index++) {
    const code = password.charCodeAt(index);
    bytes[index * 2] = code >> 8;
    bytes[index * 2 + 1] = code & 0xff;
  }
  return bytes;
}

function repeatTo(source: Uint8Array, block: number): Uint8Array {
  if (source.byteLength === 0) return new Uint8Array(0);
  const out = new Uint8Array(block * Math.ceil(source.byteLength / block));
  for (let index = 0; index < out.byteLength; index++)
    out[index] = source[index % source.byteLength]!;
  return out;
}

/** RFC 7292 Appendix B.2: `id` 1 derives a key, 2 an IV, 3 a MAC key. */
export function pkcs12Kdf(
  hashOid: string,
  id: 1 | 2 | 3,
  password: Uint8Array,
  salt: Uint8Array,
  iterations: number,
  length: number,
): Uint8Array {
  const hash = HASHES[hashOid];
  if (!hash) throw pkcs12Unsupported(hashOid);
  const v = hash.block;
  const diversifier = new Uint8Array(v).fill(id);
  const input = new Uint8Array([...repeatTo(salt, v), ...repeatTo(password, v)]);
  const out = new Uint8Array(length);
  for (let produced = 0; produced < length;) {
    let digest: Uint8Array = createHash(hash.name).update(diversifier).update(input).digest();
    // The one-shot hash: a new Hash object per round costs twice as much, and a MAC
    // of 100,000 rounds is what current exports use.
    for (let round = 1; round < iterations; round++) digest = oneShot(hash.name, digest, 'buffer');
    out.set(digest.subarray(0, Math.min(digest.byteLength, length - produced)), produced);
    produced += digest.byteLength;
    // I_j = (I_j + B + 1) mod 2^(8v), for every v-byte block of I, B being the digest repeated.
    const b = repeatTo(digest, v).subarray(0, v);
    for (let start = 0; start < input.byteLength; start += v) {
      let carry = 1;
      for (let index = v - 1; index >= 0; index--) {
        const sum = input[start + index]! + b[index]! + carry;
        input[start + index] = sum & 0xff;
        carry = sum >> 8;
      }
    }
  }
  return out;
}

/** Verifies the PFX's MAC; false means the password is wrong (or the file was altered). */
export function macHolds(
  digestOid: string,
  expected: Uint8Array,
  salt: Uint8Array,
  iterations: number,
  content: Uint8Array,
  password: string,
): boolean {
  const hash = HASHES[digestOid];
  if (!hash) throw pkcs12Unsupported(digestOid);
  // OpenSSL takes an empty password both as an empty BMPString and as none at all.
  const candidates =
    password === '' ? [bmpPassword(''), new Uint8Array(0)] : [bmpPassword(password)];
  return candidates.some((candidate) => {
    const key = pkcs12Kdf(digestOid, 3, candidate, salt, iterations, hash.size);
    const mac = createHmac(hash.name, key).update(content).digest();
    return mac.byteLength === expected.byteLength && timingSafeEqual(mac, expected);
  });
}

function integer(node: asn1js.AsnType | undefined, what: string): number {
  if (!(node instanceof asn1js.Integer)) throw new MalformedError(`${what}: not an integer`);
  const value = node.valueBlock.valueDec;
  // Iteration counts beyond this are not passwords, they are denial of service.
  if (!Number.isSafeInteger(value) || value < 1 || value > 10_000_000)
    throw new MalformedError(`${what}: out of range`);
  return value;
}

function sequenceItems(node: asn1js.AsnType | undefined, what: string): asn1js.AsnType[] {
  if (!(node instanceof asn1js.Sequence)) throw new MalformedError(`${what}: not a sequence`);
  return node.valueBlock.value;
}

export function algorithmOf(node: asn1js.AsnType | undefined, what: string): Algorithm {
  const [id, params] = sequenceItems(node, what);
  if (!(id instanceof asn1js.ObjectIdentifier)) throw new MalformedError(`${what}: no OID`);
  return { oid: id.valueBlock.toString(), params };
}

function decipher(name: string, key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  const cipher = createDecipheriv(name, key, iv);
  return new Uint8Array(Buffer.concat([cipher.update(data), cipher.final()]));
}

function pbes2(params: asn1js.AsnType | undefined, password: string, data: Uint8Array): Uint8Array {
  const [kdfNode, schemeNode] = sequenceItems(params, 'PBES2 parameters');
  const kdf = algorithmOf(kdfNode, 'key derivation');
  if (kdf.oid !== PBKDF2) throw pkcs12Unsupported(kdf.oid);
  const kdfItems = sequenceItems(kdf.params, 'PBKDF2 parameters');
  const salt = octets(kdfItems[0], 'PBKDF2 salt');
  const iterations = integer(kdfItems[1], 'PBKDF2 iterations');
  let prf = 'sha1';
  for (const item of kdfItems.slice(2))
    if (item instanceof asn1js.Sequence) {
      const named = algorithmOf(item, 'PBKDF2 PRF');
      const found = PRFS[named.oid];
      if (!found) throw pkcs12Unsupported(named.oid);
      prf = found;
    }
  const scheme = algorithmOf(schemeNode, 'encryption scheme');
  const cipher = CIPHERS[scheme.oid];
  if (!cipher) throw pkcs12Unsupported(scheme.oid);
  const iv = octets(scheme.params, 'IV');
  // PBES2 takes the password's own bytes (UTF-8), unlike the PKCS#12 KDF.
  const key = pbkdf2Sync(Buffer.from(password, 'utf8'), salt, iterations, cipher.keyLength, prf);
  return decipher(cipher.name, key, iv, data);
}

/** The legacy PKCS#12 PBE schemes: key and IV from the PKCS#12 KDF with SHA-1. */
function legacyPbe(
  oid: string,
  params: asn1js.AsnType | undefined,
  password: string,
  data: Uint8Array,
): Uint8Array {
  const [saltNode, iterationsNode] = sequenceItems(params, 'PBE parameters');
  const salt = octets(saltNode, 'PBE salt');
  const iterations = integer(iterationsNode, 'PBE iterations');
  const sha1 = '1.3.14.3.2.26';
  const secret = bmpPassword(password);
  const iv = pkcs12Kdf(sha1, 2, secret, salt, iterations, 8);
  const derive = (length: number) => pkcs12Kdf(sha1, 1, secret, salt, iterations, length);
  switch (oid) {
    case LEGACY.tripleDes:
      return decipher('des-ede3-cbc', derive(24), iv, data);
    case LEGACY.twoKeyTripleDes: {
      const key = derive(16);
      return decipher('des-ede3-cbc', new Uint8Array([...key, ...key.subarray(0, 8)]), iv, data);
    }
    case LEGACY.rc2With128:
      return rc2CbcDecrypt(derive(16), 128, iv, data);
    default:
      return rc2CbcDecrypt(derive(5), 40, iv, data);
  }
}

/**
 * Decrypts with a PKCS#12 password-based scheme. A wrong password usually fails the
 * padding check (MalformedError); the MAC has said so before in a well-formed file.
 */
export function decryptWithPassword(
  algorithm: Algorithm,
  password: string,
  data: Uint8Array,
): Uint8Array {
  try {
    if (algorithm.oid === PBES2) return pbes2(algorithm.params, password, data);
    if ((Object.values(LEGACY) as string[]).includes(algorithm.oid))
      return legacyPbe(algorithm.oid, algorithm.params, password, data);
  } catch (error) {
    if (error instanceof MalformedError || error instanceof ServiceError) throw error;
    // Node's decipher: bad padding (a wrong password) or a key of the wrong size.
    throw new MalformedError(`decryption failed: ${error instanceof Error ? error.message : ''}`);
  }
  throw pkcs12Unsupported(algorithm.oid);
}
