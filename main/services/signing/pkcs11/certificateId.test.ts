import { describe, expect, it } from 'vitest';
import { decodeCertificateId, encodeCertificateId, type CertificateRef } from './certificateId';

const ref: CertificateRef = {
  modulePath: 'C:\\Windows\\System32\\eTPKCS11.dll',
  tokenSerial: '0a1b2c3d',
  tokenLabel: 'Karta starosty Žďár',
  keyIdHex: '01ab',
  fingerprint: 'f'.repeat(64),
};

describe('certificate ids', () => {
  it('round-trip the module, token, key id and fingerprint', () => {
    const id = encodeCertificateId(ref);
    expect(id).toMatch(/^pkcs11:[A-Za-z0-9_-]+$/);
    expect(decodeCertificateId(id)).toEqual(ref);
  });

  it.each([
    ['another prefix', 'pkcs12:abc'],
    ['not base64 JSON', 'pkcs11:@@@'],
    ['JSON of another shape', `pkcs11:${Buffer.from('{"m":"x"}').toString('base64url')}`],
  ])('reject %s', (_name, id) => {
    expect(decodeCertificateId(id)).toBeNull();
  });
});
