import { beforeAll, describe, expect, it } from 'vitest';
import { ServiceError } from '../../../common/contract/envelope';
import { assertMaySign, checkSigningCertificate } from './certificateCheck';
import { testPki, type TestPki } from './testing/testCertificates';

let pki: TestPki;
const DAY_MS = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  pki = await testPki();
});

describe('checkSigningCertificate', () => {
  it('reads a qualified certificate: QcCompliance, QcSSCD, QcType esign, key usage', () => {
    const check = checkSigningCertificate(pki.qualified.certDer, new Date());
    expect(check).toMatchObject({
      qualified: true,
      onQscd: true,
      qcType: 'esign',
      keyUsage: ['digitalSignature', 'nonRepudiation'],
      blocking: [],
      warnings: [],
    });
    expect(check.certificate.subjectName).toBe('Jan Novák');
    expect(check.certificate.issuer).toContain('Testovací kořenová CA');
  });

  it('warns that a certificate without QcCompliance is not qualified', () => {
    const check = checkSigningCertificate(pki.nonQualified.certDer, new Date());
    expect(check.qualified).toBe(false);
    expect(check.qcType).toBeNull();
    expect(check.blocking).toEqual([]);
    expect(check.warnings).toEqual(['signing.certificate.notQualified']);
  });

  it('blocks an expired certificate', () => {
    const check = checkSigningCertificate(pki.expired.certDer, new Date());
    expect(check.blocking).toEqual(['signing.certificate.expired']);
  });

  it('blocks a certificate not yet valid', () => {
    const check = checkSigningCertificate(
      pki.qualified.certDer,
      new Date(Date.now() - 10 * DAY_MS),
    );
    expect(check.blocking).toEqual(['signing.certificate.notYetValid']);
  });

  it('blocks a certificate whose key usage is key encipherment only', () => {
    const check = checkSigningCertificate(pki.keyEnciphermentOnly.certDer, new Date());
    expect(check.keyUsage).toEqual(['keyEncipherment']);
    expect(check.blocking).toEqual(['signing.certificate.keyUsageForbids']);
  });

  it('blocks a certificate meant only for timestamping (the CA certificate has no EKU: passes)', () => {
    // The test CA has keyCertSign only: its key usage forbids signing documents.
    const ca = checkSigningCertificate(pki.ca.certDer, new Date());
    expect(ca.blocking).toEqual(['signing.certificate.keyUsageForbids']);
  });

  it('warns when the certificate expires within 30 days', () => {
    const check = checkSigningCertificate(pki.expiringSoon.certDer, new Date());
    expect(check.blocking).toEqual([]);
    expect(check.warnings).toEqual(['signing.certificate.expiresSoon']);
  });

  it('refuses bytes that are not a certificate in Czech', () => {
    let error: unknown;
    try {
      checkSigningCertificate(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x01]), new Date());
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).code).toBe('errors.signing.certificateUnreadable');
    expect((error as ServiceError).message).toBe(
      'Certifikát pro podpis nelze přečíst; je poškozený nebo v nepodporovaném tvaru.',
    );
  });
});

describe('assertMaySign', () => {
  it('names the first blocking problem in Czech', () => {
    const check = checkSigningCertificate(pki.keyEnciphermentOnly.certDer, new Date());
    expect(() => assertMaySign(check)).toThrow(
      'Tímto certifikátem nelze podepsat: certifikát není určen k podepisování (použití klíče nedovoluje elektronický podpis).',
    );
  });

  it('passes a certificate with warnings only', () => {
    const check = checkSigningCertificate(pki.nonQualified.certDer, new Date());
    expect(() => assertMaySign(check)).not.toThrow();
  });
});
