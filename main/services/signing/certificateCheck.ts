/**
 * Whether a certificate may sign a document now, as the mayor is told before signing:
 * problems that stop the signing (validity, key usage, extended key usage) and warnings
 * he may accept (not a qualified certificate, expiring soon). Revocation is not checked
 * here — that needs the network and belongs to the verification.
 */
import type { SigningCertificateCheck } from '../../../common/contract/signing';
import { certificateInfo } from '../isds/zfo/certificateInfo';
import { MalformedError } from '../isds/zfo/ber';
import { parseCertificate } from '../isds/zfo/x509';
import { readSigningExtensions } from './certificateExtensions';
import { certificateBlocked, certificateUnreadable } from './errors';

const DAY_MS = 24 * 60 * 60 * 1000;
export const EXPIRY_WARNING_DAYS = 30;

const ANY_PURPOSE = '2.5.29.37.0';
/**
 * Purposes that say the key is for something other than documents. A certificate whose
 * extended key usage lists only these must not sign; others (e-mail protection, client
 * authentication, document signing, Adobe's and Microsoft's) are what personal
 * certificates of Czech CAs carry, so they pass.
 */
const NOT_FOR_DOCUMENTS = new Set([
  '1.3.6.1.5.5.7.3.1', // serverAuth
  '1.3.6.1.5.5.7.3.3', // codeSigning
  '1.3.6.1.5.5.7.3.8', // timeStamping
  '1.3.6.1.5.5.7.3.9', // OCSPSigning
]);

/** Czech reasons for the blocking keys, for the error the signing throws. */
export const BLOCKING_REASONS: Record<string, string> = {
  'signing.certificate.expired': 'platnost certifikátu skončila.',
  'signing.certificate.notYetValid': 'certifikát ještě není platný.',
  'signing.certificate.keyUsageForbids':
    'certifikát není určen k podepisování (použití klíče nedovoluje elektronický podpis).',
  'signing.certificate.extendedKeyUsageForbids':
    'certifikát je určen k jinému účelu než k podepisování dokumentů (rozšířené použití klíče).',
  'signing.certificate.unreadable': 'certifikát nelze přečíst.',
};

function blockingOf(
  notBefore: Date,
  notAfter: Date,
  keyUsage: string[] | null,
  extendedKeyUsage: string[] | null,
  now: Date,
): string[] {
  const blocking: string[] = [];
  if (now.getTime() > notAfter.getTime()) blocking.push('signing.certificate.expired');
  if (now.getTime() < notBefore.getTime()) blocking.push('signing.certificate.notYetValid');
  if (keyUsage && !keyUsage.includes('digitalSignature') && !keyUsage.includes('nonRepudiation'))
    blocking.push('signing.certificate.keyUsageForbids');
  if (
    extendedKeyUsage &&
    extendedKeyUsage.length > 0 &&
    !extendedKeyUsage.includes(ANY_PURPOSE) &&
    extendedKeyUsage.every((purpose) => NOT_FOR_DOCUMENTS.has(purpose))
  )
    blocking.push('signing.certificate.extendedKeyUsageForbids');
  return blocking;
}

/**
 * Checks a signing certificate (DER) at `now`; its path is validated by the verifier.
 * Throws errors.signing.certificateUnreadable when the certificate does not parse.
 */
export function checkSigningCertificate(der: Uint8Array, now: Date): SigningCertificateCheck {
  let certificate;
  let extensions;
  try {
    certificate = parseCertificate(der);
    extensions = readSigningExtensions(der);
  } catch (error) {
    if (error instanceof MalformedError) throw certificateUnreadable();
    throw error;
  }
  const blocking = blockingOf(
    certificate.notBefore,
    certificate.notAfter,
    extensions.keyUsage,
    extensions.extendedKeyUsage,
    now,
  );
  const warnings: string[] = [];
  if (!extensions.qcCompliance) warnings.push('signing.certificate.notQualified');
  const left = certificate.notAfter.getTime() - now.getTime();
  if (left >= 0 && left < EXPIRY_WARNING_DAYS * DAY_MS)
    warnings.push('signing.certificate.expiresSoon');
  return {
    certificate: certificateInfo(certificate),
    qualified: extensions.qcCompliance,
    onQscd: extensions.qcSscd,
    qcType: extensions.qcType,
    keyUsage: extensions.keyUsage ?? [],
    blocking,
    warnings,
  };
}

/** Throws errors.signing.certificateBlocked naming the first blocking problem in Czech. */
export function assertMaySign(check: SigningCertificateCheck): void {
  const first = check.blocking[0];
  if (first) throw certificateBlocked(BLOCKING_REASONS[first] ?? first);
}
