/**
 * Names an X.509 certificate in the settings list: its subject and issuer common names
 * and its validity. Main checks chains with pkijs; here a certificate is only shown, so
 * nothing read here is trusted or verified.
 */
import * as asn1js from 'asn1js';
import { Certificate, type RelativeDistinguishedNames, type Time } from 'pkijs';

export interface CertificateSummary {
  /** The CN, else the O, else '' (the UI then says the certificate has no name). */
  subjectName: string;
  issuerName: string;
  /** ISO 8601; null when the time names no real date. */
  notBefore: string | null;
  notAfter: string | null;
}

const COMMON_NAME = '2.5.4.3';
const ORGANIZATION = '2.5.4.10';

/** RFC 5280 4.1.2.5: to the second, in Zulu (GeneralizedTime is a UTCTime to asn1js). */
function badTime(block: asn1js.BaseBlock): boolean {
  const text = (time: asn1js.UTCTime) => String.fromCharCode(...time.valueBlock.valueHexView);
  if (block instanceof asn1js.GeneralizedTime) return !/^\d{14}Z$/.test(text(block));
  if (block instanceof asn1js.UTCTime) return !/^\d{12}Z$/.test(text(block));
  return false;
}

/**
 * What asn1js reads but a certificate may not hold: BER's indefinite length, an element
 * asn1js could only half read (it notes an error and goes on), a time in another form
 * than RFC 5280's (asn1js guesses at those, e.g. a local time without its Z).
 */
function outsideDer(block: asn1js.AsnType): boolean {
  if (!(block instanceof asn1js.BaseBlock)) return false;
  if (block.lenBlock.isIndefiniteForm || block.error !== '' || badTime(block)) return true;
  // Only constructed elements: asn1js also tries to read a BIT STRING's bytes as BER, and
  // a signature's random bytes may happen to look like a broken element.
  if (!block.idBlock.isConstructed) return false;
  const inner: unknown = 'value' in block.valueBlock ? block.valueBlock.value : null;
  return Array.isArray(inner) && inner.some((child: asn1js.AsnType) => outsideDer(child));
}

/** A Name's CN (else O); the value's string type decides its decoding (UTF-8, BMP, Teletex…). */
function nameOf(name: RelativeDistinguishedNames): string {
  const values = new Map<string, string>();
  for (const { type, value } of name.typesAndValues) {
    if (values.has(type)) continue;
    const text = value instanceof asn1js.BaseStringBlock ? value.valueBlock.value : '';
    values.set(type, text.trim());
  }
  return values.get(COMMON_NAME) || values.get(ORGANIZATION) || '';
}

function timeOf(time: Time): string | null {
  return Number.isNaN(time.value.getTime()) ? null : time.value.toISOString();
}

/**
 * The names and validity of a DER certificate; null when the bytes are not exactly one
 * X.509 certificate (cut short, followed by more bytes, BER-only forms, another structure).
 */
export function readCertificateSummary(bytes: Uint8Array): CertificateSummary | null {
  if (bytes.length === 0) return null;
  let certificate: Certificate;
  try {
    // asn1js throws (rather than report offset -1) on some contents, e.g. a garbled GeneralizedTime.
    const parsed = asn1js.fromBER(bytes);
    // -1 when unreadable; short of the end when more bytes follow the certificate.
    if (parsed.offset !== bytes.length || outsideDer(parsed.result)) return null;
    // pkijs throws when the structure is not Certificate's.
    certificate = new Certificate({ schema: parsed.result });
  } catch {
    return null;
  }
  return {
    subjectName: nameOf(certificate.subject),
    issuerName: nameOf(certificate.issuer),
    notBefore: timeOf(certificate.notBefore),
    notAfter: timeOf(certificate.notAfter),
  };
}
