/** X.509 v3 certificates for the simulator's CA, built and signed in process with pkijs. */
import { isIP } from 'node:net';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { OID, positiveSerial, simPkiEngine, subtle } from './pki';
import type { CryptoKey } from './pki';

export interface DistinguishedName {
  commonName: string;
  organization?: string;
  country?: string;
}

/** Key usage bits as RFC 5280 §4.2.1.3 numbers them. */
export const KeyUsage = {
  digitalSignature: 0,
  nonRepudiation: 1,
  keyEncipherment: 2,
  keyCertSign: 5,
  cRLSign: 6,
} as const;

export interface CertificateRequest {
  subject: DistinguishedName;
  publicKey: CryptoKey;
  /** The issuer's certificate and key; absent for the self-signed root. */
  issuer: { certificate: pkijs.Certificate; privateKey: CryptoKey } | null;
  /** The subject's own private key signs a self-signed root. */
  selfSigningKey?: CryptoKey;
  notBefore: Date;
  notAfter: Date;
  ca: boolean;
  keyUsage: number[];
  extendedKeyUsage?: string[];
  /** DNS names and IP addresses (subjectAltName). */
  altNames?: string[];
  /** Extensions this module does not build (the demo signer's qcStatements), added last. */
  extensions?: pkijs.Extension[];
}

/**
 * One attribute per RDN (C, O, CN), as CAs write names; pkijs would put them all in
 * one multi-valued RDN, so the Name is encoded here and read back.
 */
function name(dn: DistinguishedName): pkijs.RelativeDistinguishedNames {
  const rdns: asn1js.Set[] = [];
  const add = (type: string, value: asn1js.Utf8String | asn1js.PrintableString) =>
    rdns.push(
      new asn1js.Set({
        value: [new pkijs.AttributeTypeAndValue({ type, value }).toSchema()],
      }),
    );
  if (dn.country) add(OID.country, new asn1js.PrintableString({ value: dn.country }));
  if (dn.organization) add(OID.organization, new asn1js.Utf8String({ value: dn.organization }));
  add(OID.commonName, new asn1js.Utf8String({ value: dn.commonName }));
  return pkijs.RelativeDistinguishedNames.fromBER(
    new asn1js.Sequence({ value: rdns }).toBER(false),
  );
}

/** A DER named-bit list: trailing zero bits are not encoded. */
function keyUsageBits(bits: number[]): asn1js.BitString {
  const highest = Math.max(...bits);
  const bytes = new Uint8Array(Math.floor(highest / 8) + 1);
  for (const bit of bits) bytes[bit >> 3]! |= 0x80 >> (bit & 7);
  return new asn1js.BitString({ valueHex: bytes.buffer, unusedBits: 7 - (highest & 7) });
}

function time(date: Date): pkijs.Time {
  // UTCTime up to 2049, GeneralizedTime after (RFC 5280 §4.1.2.5).
  return new pkijs.Time({ type: date.getUTCFullYear() < 2050 ? 0 : 1, value: date });
}

function ipv6Bytes(address: string): Uint8Array {
  const [head = '', tail] = address.split('::');
  const groups = (part: string) => (part === '' ? [] : part.split(':'));
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const all = [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  const bytes = new Uint8Array(16);
  all.forEach((group, index) => {
    const value = parseInt(group, 16);
    bytes[index * 2] = value >> 8;
    bytes[index * 2 + 1] = value & 0xff;
  });
  return bytes;
}

function altName(value: string): pkijs.GeneralName {
  const family = isIP(value);
  if (family !== 0) {
    const bytes = family === 4 ? new Uint8Array(value.split('.').map(Number)) : ipv6Bytes(value);
    return new pkijs.GeneralName({
      type: 7,
      value: new asn1js.OctetString({ valueHex: bytes.buffer }),
    });
  }
  return new pkijs.GeneralName({ type: 2, value });
}

function extension(extnID: string, critical: boolean, value: asn1js.BaseBlock): pkijs.Extension {
  return new pkijs.Extension({ extnID, critical, extnValue: value.toBER(false) });
}

async function keyIdentifier(certificate: pkijs.Certificate): Promise<Uint8Array> {
  const key = certificate.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView;
  return new Uint8Array(await subtle.digest('SHA-1', key));
}

export async function issueCertificate(request: CertificateRequest): Promise<pkijs.Certificate> {
  const crypto = simPkiEngine();
  const certificate = new pkijs.Certificate();
  certificate.version = 2;
  certificate.serialNumber = positiveSerial(16);
  certificate.subject = name(request.subject);
  certificate.issuer = request.issuer ? request.issuer.certificate.subject : name(request.subject);
  certificate.notBefore = time(request.notBefore);
  certificate.notAfter = time(request.notAfter);
  await certificate.subjectPublicKeyInfo.importKey(request.publicKey, crypto);

  const ownId = await keyIdentifier(certificate);
  const issuerId = request.issuer ? await keyIdentifier(request.issuer.certificate) : ownId;
  const extensions = [
    extension(
      OID.basicConstraints,
      true,
      new pkijs.BasicConstraints({ cA: request.ca }).toSchema(),
    ),
    extension(OID.keyUsage, true, keyUsageBits(request.keyUsage)),
    extension(
      OID.subjectKeyIdentifier,
      false,
      new asn1js.OctetString({ valueHex: ownId.slice().buffer }),
    ),
    extension(
      OID.authorityKeyIdentifier,
      false,
      new pkijs.AuthorityKeyIdentifier({
        keyIdentifier: new asn1js.OctetString({ valueHex: issuerId.slice().buffer }),
      }).toSchema(),
    ),
  ];
  if (request.extendedKeyUsage)
    // Critical: RFC 3161 §2.3 requires it of a TSA certificate; it does no harm elsewhere.
    extensions.push(
      extension(
        OID.extKeyUsage,
        true,
        new pkijs.ExtKeyUsage({ keyPurposes: request.extendedKeyUsage }).toSchema(),
      ),
    );
  if (request.altNames?.length)
    extensions.push(
      extension(
        OID.subjectAltName,
        false,
        new pkijs.AltName({ altNames: request.altNames.map(altName) }).toSchema(),
      ),
    );
  certificate.extensions = [...extensions, ...(request.extensions ?? [])];

  const signingKey = request.issuer?.privateKey ?? request.selfSigningKey;
  if (!signingKey) throw new Error('a self-signed certificate needs its own private key');
  await certificate.sign(signingKey, 'SHA-256', crypto);
  return certificate;
}
