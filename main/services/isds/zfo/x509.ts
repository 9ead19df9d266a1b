/**
 * An X.509 certificate as the verifier needs it, read with pkijs: names (their DER, for
 * matching, and their attributes, for display), serial, validity, CA flag, key
 * identifier, and the public key as a Node KeyObject. Signatures are checked with Node's
 * native crypto over the tbsCertificate bytes as they stand in the certificate.
 */
import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { MalformedError, readBer, withPkijs } from './ber';
import { certificateSignatureHash } from './pki';

const BASIC_CONSTRAINTS = '2.5.29.19';
const SUBJECT_KEY_IDENTIFIER = '2.5.29.14';

export interface NameAttribute {
  type: string;
  value: string;
}

export interface Certificate {
  der: Uint8Array;
  /** SHA-256 of the DER, hex: the certificate's identity in caches and anchor sets. */
  fingerprint: string;
  /** INTEGER contents (two's complement, as encoded). */
  serial: Uint8Array;
  /** The Names' DER, compared byte for byte. */
  issuerDer: Uint8Array;
  subjectDer: Uint8Array;
  issuer: NameAttribute[];
  subject: NameAttribute[];
  notBefore: Date;
  notAfter: Date;
  isCa: boolean;
  subjectKeyId: Uint8Array | null;
  /** SubjectPublicKeyInfo DER. */
  spki: Uint8Array;
  /** The subjectPublicKey BIT STRING's bits (RFC 5280 §4.2.1.2 method 1 hashes these). */
  publicKeyBits: Uint8Array;
  publicKey(): KeyObject;
  /** Whether `issuer`'s key signed this certificate. */
  signedBy(issuer: Certificate): boolean;
}

function attributeText(value: asn1js.AsnType): string {
  // Directory strings (UTF8String, PrintableString, BMPString, TeletexString, …) decode in asn1js.
  if (value instanceof asn1js.BaseStringBlock) return value.getValue();
  throw new MalformedError('a name attribute is not a string');
}

export function readName(name: pkijs.RelativeDistinguishedNames): NameAttribute[] {
  return name.typesAndValues.map((item) => ({
    type: item.type,
    value: attributeText(item.value as asn1js.AsnType),
  }));
}

function extension(certificate: pkijs.Certificate, id: string): pkijs.Extension | undefined {
  return certificate.extensions?.find((item) => item.extnID === id);
}

function isCaOf(certificate: pkijs.Certificate): boolean {
  const value: unknown = extension(certificate, BASIC_CONSTRAINTS)?.parsedValue;
  // pkijs leaves an empty BasicConstraints (cA false) with parsingError when it cannot read one.
  return value instanceof pkijs.BasicConstraints && value.cA === true;
}

function subjectKeyIdOf(certificate: pkijs.Certificate): Uint8Array | null {
  const value: unknown = extension(certificate, SUBJECT_KEY_IDENTIFIER)?.parsedValue;
  return value instanceof asn1js.OctetString && !value.idBlock.isConstructed
    ? value.valueBlock.valueHexView
    : null;
}

/**
 * Imported keys by their SubjectPublicKeyInfo: every ZFO carries the same seal and TSA
 * certificates, and importing a key costs more than checking a signature with it.
 */
const keys = new Map<string, KeyObject>();
const KEY_CACHE_SIZE = 64;

function publicKeyOf(spki: Uint8Array): KeyObject {
  const id = Buffer.from(spki).toString('base64');
  let key = keys.get(id);
  if (!key) {
    key = createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' });
    if (keys.size >= KEY_CACHE_SIZE) keys.clear();
    keys.set(id, key);
  }
  return key;
}

/**
 * The verifier's view of a certificate pkijs has read. Every byte array is a copy: the
 * certificate may stay in the cache below long after the file it came from is gone.
 */
function fromPkijs(parsed: pkijs.Certificate, der: Uint8Array): Certificate {
  const { signatureAlgorithm, signatureValue, subjectPublicKeyInfo } = parsed;
  const hash = certificateSignatureHash(signatureAlgorithm.algorithmId);
  const tbs = parsed.tbsView.slice();
  const signature = signatureValue.valueBlock.valueHexView.slice();
  const spki = withPkijs(
    'subject public key info',
    () => new Uint8Array(subjectPublicKeyInfo.toSchema().toBER(false)),
  );
  const notBefore = parsed.notBefore.value;
  const notAfter = parsed.notAfter.value;
  if (Number.isNaN(notBefore.getTime()) || Number.isNaN(notAfter.getTime()))
    throw new MalformedError('certificate validity unreadable');
  let key: KeyObject | null = null;
  const verdicts = new Map<string, boolean>();
  return {
    der,
    fingerprint: createHash('sha256').update(der).digest('hex'),
    serial: parsed.serialNumber.valueBlock.valueHexView.slice(),
    issuerDer: new Uint8Array(parsed.issuer.valueBeforeDecode),
    subjectDer: new Uint8Array(parsed.subject.valueBeforeDecode),
    issuer: readName(parsed.issuer),
    subject: readName(parsed.subject),
    notBefore,
    notAfter,
    isCa: isCaOf(parsed),
    subjectKeyId: subjectKeyIdOf(parsed)?.slice() ?? null,
    spki,
    publicKeyBits: subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView.slice(),
    publicKey() {
      key ??= publicKeyOf(spki);
      return key;
    },
    signedBy(issuer) {
      let verdict = verdicts.get(issuer.fingerprint);
      if (verdict === undefined) {
        try {
          // An unknown algorithm (RSA-PSS, say) is not a signature we can vouch for.
          verdict = hash !== null && verify(hash, tbs, issuer.publicKey(), signature);
        } catch {
          verdict = false;
        }
        verdicts.set(issuer.fingerprint, verdict);
      }
      return verdict;
    },
  };
}

/**
 * Certificates parsed before, by their DER: ISDS seals every message with the same
 * certificate and its TSA stamps with a few, so most ZFOs need no certificate parsed.
 */
const parsedCertificates = new Map<string, Certificate>();
const CERTIFICATE_CACHE_SIZE = 128;

function remembered(encoding: Uint8Array, read: () => pkijs.Certificate): Certificate {
  const id = Buffer.from(encoding.buffer, encoding.byteOffset, encoding.byteLength).toString(
    'latin1',
  );
  let certificate = parsedCertificates.get(id);
  if (!certificate) {
    certificate = fromPkijs(withPkijs('certificate', read), encoding.slice());
    if (parsedCertificates.size >= CERTIFICATE_CACHE_SIZE) parsedCertificates.clear();
    parsedCertificates.set(id, certificate);
  }
  return certificate;
}

/** Parses a DER certificate; throws MalformedError when it is not one. */
export function parseCertificate(der: Uint8Array): Certificate {
  return remembered(der, () => new pkijs.Certificate({ schema: readBer(der, 'certificate') }));
}

/** A certificate element of an already parsed structure (a SignedData's certificates). */
export function certificateOfElement(element: asn1js.AsnType): Certificate {
  return remembered(
    element.valueBeforeDecodeView,
    () => new pkijs.Certificate({ schema: element }),
  );
}
