import {
  constants,
  createHash,
  generateKeyPairSync,
  privateEncrypt,
  sign,
  verify,
} from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { digestInfo, ecdsaRawToDer } from './signatureEncoding';

describe('ecdsaRawToDer', () => {
  it.each(['prime256v1', 'secp384r1', 'secp521r1'])(
    'turns r || s from %s into a DER signature Node verifies',
    (namedCurve) => {
      const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve });
      // Many signatures, so r and s with a top bit set and with leading zero bytes both occur.
      for (let round = 0; round < 40; round++) {
        const data = Buffer.from(`dopis ${round}`);
        const raw = sign('sha256', data, { key: privateKey, dsaEncoding: 'ieee-p1363' });
        const der = ecdsaRawToDer(raw);
        expect(verify('sha256', data, { key: publicKey, dsaEncoding: 'der' }, der)).toBe(true);
      }
    },
  );

  it('adds a zero byte before a value with its top bit set and drops leading zeros', () => {
    const raw = new Uint8Array([0x00, 0x00, 0x7f, 0x80, 0x80, 0x00, 0x00, 0x01]);
    // r = 00 00 7f 80 → 7f80; s = 80 00 00 01 → 00 80 00 00 01
    expect(Buffer.from(ecdsaRawToDer(raw)).toString('hex')).toBe(
      '300b' + '02027f80' + '02050080000001',
    );
  });

  it('uses the long length form for a P-521 sized sequence', () => {
    const raw = new Uint8Array(132).fill(0xff);
    const der = ecdsaRawToDer(raw);
    // 2 × (tag, length, 0x00, 66 bytes) = 138 bytes of content
    expect(Array.from(der.subarray(0, 3))).toEqual([0x30, 0x81, 138]);
    expect(der.length).toBe(141);
  });

  it('refuses bytes that cannot be r || s', () => {
    expect(() => ecdsaRawToDer(new Uint8Array(63))).toThrow(/not r \|\| s/);
    expect(() => ecdsaRawToDer(new Uint8Array(0))).toThrow(/not r \|\| s/);
  });
});

describe('digestInfo', () => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });

  it.each([
    ['SHA-256', 'sha256'],
    ['SHA-384', 'sha384'],
    ['SHA-512', 'sha512'],
  ] as const)(
    'signed raw (as CKM_RSA_PKCS does) equals an %s PKCS#1 v1.5 signature',
    (algorithm, hash) => {
      const data = Buffer.from('podepisovaná data');
      const info = digestInfo(algorithm, createHash(hash).update(data).digest());
      const raw = privateEncrypt({ key: privateKey, padding: constants.RSA_PKCS1_PADDING }, info);
      expect(raw.equals(sign(hash, data, privateKey))).toBe(true);
    },
  );

  it('refuses a digest of the wrong length', () => {
    expect(() => digestInfo('SHA-384', new Uint8Array(32))).toThrow(/48 bytes/);
  });
});
