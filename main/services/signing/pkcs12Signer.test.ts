import { createPrivateKey, createPublicKey, verify } from 'node:crypto';
import * as pkijs from 'pkijs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ServiceError } from '../../../common/contract/envelope';
import { makePkcs12 } from '../../../sim/tsa/demoSigner';
import { openPkcs12Signer } from './pkcs12Signer';
import { rc2DecryptBlock } from './pkcs12/rc2';
import { letterPdf } from './testing/samplePdfs';
import { pkcs12Of, testPki, TEST_P12_PASSWORD, type TestPki } from './testing/testCertificates';

let pki: TestPki;
const NOW = new Date();

beforeAll(async () => {
  pki = await testPki();
});

async function rejection(promise: Promise<unknown>): Promise<ServiceError> {
  const error: unknown = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ServiceError);
  return error as ServiceError;
}

function signatureHolds(certPem: string, data: Uint8Array, signature: Uint8Array): boolean {
  const key = createPublicKey(certPem);
  return verify(
    'sha256',
    data,
    key.asymmetricKeyType === 'ec' ? { key, dsaEncoding: 'der' } : key,
    signature,
  );
}

describe('openPkcs12Signer', () => {
  it('opens an OpenSSL 3 file (AES-256, PBKDF2) with an RSA key, its certificate and the CA', async () => {
    const signer = await openPkcs12Signer(pki.qualified.p12, TEST_P12_PASSWORD, NOW);
    expect(signer.keyType).toBe('RSA');
    expect(signer.signatureAlgorithm).toBe('RSASSA-PKCS1-v1_5');
    expect(Buffer.from(signer.certificate).equals(Buffer.from(pki.qualified.certDer))).toBe(true);
    expect(signer.certificateChain).toHaveLength(1);
    expect(Buffer.from(signer.certificateChain![0]!).equals(Buffer.from(pki.ca.certDer))).toBe(
      true,
    );
    expect(signer.check.qualified).toBe(true);
    const data = new TextEncoder().encode('podepisovaná data');
    expect(signatureHolds(pki.qualified.certPem, data, await signer.sign(data, 'SHA-256'))).toBe(
      true,
    );
  });

  it('opens an EC P-256 key and signs with a DER ECDSA signature', async () => {
    const signer = await openPkcs12Signer(pki.ecQualified.p12, TEST_P12_PASSWORD, NOW);
    expect(signer.keyType).toBe('EC');
    expect(signer.signatureAlgorithm).toBe('ECDSA');
    const data = new TextEncoder().encode('data');
    const signature = await signer.sign(data, 'SHA-256');
    expect(signature[0]).toBe(0x30);
    expect(signatureHolds(pki.ecQualified.certPem, data, signature)).toBe(true);
  });

  it('opens a legacy file (RC2-40 certificates, 3DES key) as older Windows and OpenSSL write', async () => {
    const legacy = await pkcs12Of(pki.qualified, { legacy: true });
    const signer = await openPkcs12Signer(legacy, TEST_P12_PASSWORD, NOW);
    expect(Buffer.from(signer.certificate).equals(Buffer.from(pki.qualified.certDer))).toBe(true);
    expect(signer.certificateChain).toHaveLength(1);
  });

  it('opens a file without the CA certificate', async () => {
    const bare = await pkcs12Of(pki.nonQualified, { withoutChain: true });
    const signer = await openPkcs12Signer(bare, TEST_P12_PASSWORD, NOW);
    expect(signer.certificateChain).toEqual([]);
    expect(signer.check.warnings).toContain('signing.certificate.notQualified');
  });

  it('opens a file protected by an empty password', async () => {
    const open = await pkcs12Of(pki.nonQualified, { password: '' });
    const signer = await openPkcs12Signer(open, '', NOW);
    expect(signer.check.certificate.subjectName).toBe('Petra Dvořáková');
  });

  it('opens an expired certificate but its check blocks and sign() refuses', async () => {
    const signer = await openPkcs12Signer(pki.expired.p12, TEST_P12_PASSWORD, NOW);
    expect(signer.check.blocking).toEqual(['signing.certificate.expired']);
    const error = await rejection(signer.sign(new Uint8Array([1]), 'SHA-256'));
    expect(error.code).toBe('errors.signing.certificateBlocked');
    expect(error.message).toBe('Tímto certifikátem nelze podepsat: platnost certifikátu skončila.');
  });

  it('refuses a wrong password in Czech', async () => {
    const error = await rejection(openPkcs12Signer(pki.qualified.p12, 'spatne-heslo', NOW));
    expect(error.code).toBe('errors.signing.wrongPassword');
    expect(error.message).toBe('Heslo k souboru s certifikátem není správné.');
  });

  it('refuses a wrong password for a legacy file', async () => {
    const legacy = await pkcs12Of(pki.qualified, { legacy: true });
    const error = await rejection(openPkcs12Signer(legacy, 'spatne-heslo', NOW));
    expect(error.code).toBe('errors.signing.wrongPassword');
  });

  it('refuses a file that is not PKCS#12 (a PDF)', async () => {
    const error = await rejection(openPkcs12Signer(await letterPdf(1), TEST_P12_PASSWORD, NOW));
    expect(error.code).toBe('errors.signing.notPkcs12');
    expect(error.message).toBe(
      'Soubor není certifikát s klíčem ve formátu PKCS#12 (.p12, .pfx), nebo je poškozený.',
    );
  });

  it('refuses a damaged (truncated) file', async () => {
    const damaged = pki.qualified.p12.slice(0, pki.qualified.p12.byteLength - 40);
    const error = await rejection(openPkcs12Signer(damaged, TEST_P12_PASSWORD, NOW));
    expect(error.code).toBe('errors.signing.notPkcs12');
  });

  it('refuses an empty file', async () => {
    const error = await rejection(openPkcs12Signer(new Uint8Array(0), TEST_P12_PASSWORD, NOW));
    expect(error.code).toBe('errors.signing.notPkcs12');
  });

  it('refuses a file with certificates only', async () => {
    const certificatesOnly = await pkcs12Of(pki.qualified, { withoutKey: true });
    const error = await rejection(openPkcs12Signer(certificatesOnly, TEST_P12_PASSWORD, NOW));
    expect(error.code).toBe('errors.signing.noKey');
    expect(error.message).toBe(
      'Soubor s certifikátem neobsahuje soukromý klíč k certifikátu pro podepisování.',
    );
  });
});

describe('RC2 (RFC 2268 §5 test vectors)', () => {
  const hex = (text: string) => new Uint8Array(Buffer.from(text, 'hex'));
  it.each([
    ['0000000000000000', 63, '0000000000000000', 'ebb773f993278eff'],
    ['ffffffffffffffff', 64, 'ffffffffffffffff', '278b27e42e2f0d49'],
    ['3000000000000000', 64, '1000000000000001', '30649edf9be7d2c2'],
    ['88bca90e90875a7f0f79c384627bafb2', 128, '0000000000000000', '2269552ab0f85ca6'],
  ])('key %s, %i effective bits', (key, bits, plain, cipher) => {
    expect(Buffer.from(rc2DecryptBlock(hex(key), bits, hex(cipher))).toString('hex')).toBe(plain);
  });
});

describe('a PKCS#12 file with several keys', () => {
  const keyDer = (pem: string) =>
    new Uint8Array(createPrivateKey(pem).export({ type: 'pkcs8', format: 'der' }));
  const certificate = (der: Uint8Array) => pkijs.Certificate.fromBER(Uint8Array.from(der).buffer);

  it('picks the key whose certificate is for signing', async () => {
    const bundle = await makePkcs12(
      [keyDer(pki.keyEnciphermentOnly.keyPem), keyDer(pki.qualified.keyPem)],
      [certificate(pki.keyEnciphermentOnly.certDer), certificate(pki.qualified.certDer)],
      'vice-klicu',
    );
    const signer = await openPkcs12Signer(bundle, 'vice-klicu', NOW);
    expect(signer.check.certificate.subjectName).toBe('Jan Novák');
    expect(signer.check.blocking).toEqual([]);
  });

  it('refuses when none of the keys has a certificate for signing', async () => {
    const bundle = await makePkcs12(
      [keyDer(pki.keyEnciphermentOnly.keyPem), keyDer(pki.ca.keyPem)],
      [certificate(pki.keyEnciphermentOnly.certDer), certificate(pki.ca.certDer)],
      'vice-klicu',
    );
    const error = await rejection(openPkcs12Signer(bundle, 'vice-klicu', NOW));
    expect(error.code).toBe('errors.signing.noKey');
  });

  it('refuses a key without its certificate', async () => {
    const bundle = await makePkcs12(
      [keyDer(pki.qualified.keyPem)],
      [certificate(pki.nonQualified.certDer)],
      'cizi',
    );
    const error = await rejection(openPkcs12Signer(bundle, 'cizi', NOW));
    expect(error.code).toBe('errors.signing.noKey');
  });
});
