/**
 * pkijs over Node's WebCrypto for the simulator's CA, and the small pieces of X.509 and
 * PEM it needs. The client's verifier (main/services/isds/zfo) sets pkijs up the same
 * way; the simulator does not import main.
 */
import { randomBytes, webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

/** The engine's parameter is typed with the DOM's Crypto, which Node's WebCrypto implements. */
type EngineCrypto = ConstructorParameters<typeof pkijs.CryptoEngine>[0]['crypto'];

let engine: pkijs.CryptoEngine | null = null;

export function simPkiEngine(): pkijs.CryptoEngine {
  if (engine) return engine;
  engine = new pkijs.CryptoEngine({
    name: 'node-webcrypto',
    crypto: webcrypto as unknown as EngineCrypto,
  });
  pkijs.setEngine('node-webcrypto', engine);
  return engine;
}

export const subtle = webcrypto.subtle;
export type CryptoKey = webcrypto.CryptoKey;
export type CryptoKeyPair = webcrypto.CryptoKeyPair;

export const OID = {
  sha256: '2.16.840.1.101.3.4.2.1',
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  commonName: '2.5.4.3',
  country: '2.5.4.6',
  organization: '2.5.4.10',
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  subjectAltName: '2.5.29.17',
  basicConstraints: '2.5.29.19',
  authorityKeyIdentifier: '2.5.29.35',
  extKeyUsage: '2.5.29.37',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
  timeStamping: '1.3.6.1.5.5.7.3.8',
} as const;

/** The digest OIDs for the names ISDS writes in tHash@algorithm. */
export const ISDS_DIGESTS: Record<string, { oid: string; webCrypto: string }> = {
  'SHA-1': { oid: '1.3.14.3.2.26', webCrypto: 'SHA-1' },
  'SHA-256': { oid: OID.sha256, webCrypto: 'SHA-256' },
  'SHA-384': { oid: '2.16.840.1.101.3.4.2.2', webCrypto: 'SHA-384' },
  'SHA-512': { oid: '2.16.840.1.101.3.4.2.3', webCrypto: 'SHA-512' },
};

export function toPem(label: string, der: ArrayBuffer | Uint8Array): string {
  const base64 = Buffer.from(der instanceof Uint8Array ? der : new Uint8Array(der)).toString(
    'base64',
  );
  const lines = base64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

export function fromPem(label: string, pem: string): Uint8Array {
  const match = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`).exec(pem);
  if (!match?.[1]) throw new Error(`no ${label} in PEM text`);
  return new Uint8Array(Buffer.from(match[1].replace(/\s/g, ''), 'base64'));
}

export function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer;
}

export function certificateDer(certificate: pkijs.Certificate): Uint8Array {
  return new Uint8Array(certificate.toSchema().toBER(false));
}

export function certificatePem(certificate: pkijs.Certificate): string {
  return toPem('CERTIFICATE', certificateDer(certificate));
}

export function parseCertificatePem(pem: string): pkijs.Certificate {
  simPkiEngine();
  return pkijs.Certificate.fromBER(ownBuffer(fromPem('CERTIFICATE', pem)));
}

/** A random serial number of `length` bytes, positive and never zero (RFC 5280 §4.1.2.2). */
export function positiveSerial(length: number): asn1js.Integer {
  const bytes = randomBytes(length);
  bytes[0] = (bytes[0]! & 0x7f) | 0x01;
  return new asn1js.Integer({
    valueHex: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + length),
  });
}
