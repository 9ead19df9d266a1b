/**
 * The certificate extensions the PDF verifier asks about, per certificate: its
 * qcStatements (RFC 3739, ETSI EN 319 412-5) and extended key usages (RFC 5280
 * §4.2.1.12), read once by the signing side's reader and kept for the certificates of
 * the file at hand.
 */
import { MalformedError } from '../../isds/zfo/ber';
import type { Certificate } from '../../isds/zfo/x509';
import { readSigningExtensions, type QcType } from '../certificateExtensions';

export interface CertificateExtensions {
  /** The statementId of each qcStatement. */
  qcStatements: string[];
  /** The QcType statement's first known type, when there is one. */
  qcType: QcType | null;
  /** Null when the certificate has no extendedKeyUsage extension. */
  extendedKeyUsages: string[] | null;
}

/** What a certificate whose extensions do not parse claims: nothing, so it is judged on less. */
const NONE: CertificateExtensions = { qcStatements: [], qcType: null, extendedKeyUsages: null };
const read = new Map<string, CertificateExtensions>();
const CACHE_SIZE = 128;

function readExtensions(der: Uint8Array): CertificateExtensions {
  try {
    const extensions = readSigningExtensions(der);
    return {
      qcStatements: extensions.qcStatements,
      qcType: extensions.qcType,
      extendedKeyUsages: extensions.extendedKeyUsage,
    };
  } catch (error) {
    if (error instanceof MalformedError) return NONE;
    throw error;
  }
}

export function extensionsOf(certificate: Certificate): CertificateExtensions {
  let extensions = read.get(certificate.fingerprint);
  if (!extensions) {
    extensions = readExtensions(certificate.der);
    if (read.size >= CACHE_SIZE) read.clear();
    read.set(certificate.fingerprint, extensions);
  }
  return extensions;
}
