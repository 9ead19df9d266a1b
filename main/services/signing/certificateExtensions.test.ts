import { beforeAll, describe, expect, it } from 'vitest';
import { MalformedError } from '../isds/zfo/ber';
import { parseCertificate } from '../isds/zfo/x509';
import { readSigningExtensions } from './certificateExtensions';
import { testPki, type TestPki } from './testing/testCertificates';
import { extensionsOf } from './verify/certificateExtensions';

let pki: TestPki;

beforeAll(async () => {
  pki = await testPki();
});

describe('readSigningExtensions', () => {
  it('reads the statements of a qualified certificate in their order, and its key usage', () => {
    expect(readSigningExtensions(pki.qualified.certDer)).toEqual({
      keyUsage: ['digitalSignature', 'nonRepudiation'],
      extendedKeyUsage: null,
      qcStatements: ['0.4.0.1862.1.1', '0.4.0.1862.1.4', '0.4.0.1862.1.6'],
      qcCompliance: true,
      qcSscd: true,
      qcType: 'esign',
    });
  });

  it('reads a certificate without statements as claiming none', () => {
    expect(readSigningExtensions(pki.nonQualified.certDer)).toMatchObject({
      qcStatements: [],
      qcCompliance: false,
      qcSscd: false,
      qcType: null,
    });
  });

  it('throws MalformedError for bytes that are no certificate', () => {
    expect(() => readSigningExtensions(new Uint8Array([0x30, 0x03, 0x02, 0x01]))).toThrow(
      MalformedError,
    );
  });
});

describe('extensionsOf (the verifier’s view)', () => {
  it('gives the verifier the same statements and type as the signing side reads', () => {
    const certificate = parseCertificate(pki.qualified.certDer);
    expect(extensionsOf(certificate)).toEqual({
      qcStatements: ['0.4.0.1862.1.1', '0.4.0.1862.1.4', '0.4.0.1862.1.6'],
      qcType: 'esign',
      extendedKeyUsages: null,
    });
  });

  it('takes a certificate whose extensions do not parse as claiming nothing', () => {
    const certificate = parseCertificate(pki.qualified.certDer);
    const broken = { ...certificate, der: new Uint8Array([0x30, 0x00]), fingerprint: 'broken' };
    expect(extensionsOf(broken)).toEqual({
      qcStatements: [],
      qcType: null,
      extendedKeyUsages: null,
    });
  });
});
