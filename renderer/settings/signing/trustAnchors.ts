import type { ValidationIssue } from '../../../common/domain/validation';
import { loadCertificateReader, type CertificateReader } from './certificateReader';
import type { CertificateSummary } from './derCertificate';

/** main's limit for `signingTrustAnchorsPem`. */
export const TRUST_ANCHORS_MAX_CHARS = 1024 * 1024;

export type TrustAnchorsCheck =
  /** `der`: each certificate block's bytes, in order, not yet read as X.509. */
  { ok: true; value: string | null; der: Uint8Array[] } | { ok: false; issue: ValidationIssue };

export type TrustAnchorsNames =
  { ok: true; certificates: CertificateSummary[] } | { ok: false; issue: ValidationIssue };

const PATH = 'signingTrustAnchorsPem';
const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END ([A-Z0-9 ]+)-----/g;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function decodeBase64(text: string): Uint8Array | null {
  const compact = text.replace(/\s+/g, '');
  if (compact.length === 0 || compact.length % 4 !== 0 || !BASE64.test(compact)) return null;
  try {
    return Uint8Array.from(atob(compact), (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

function fail(
  message: string,
  params?: ValidationIssue['params'],
): { ok: false; issue: ValidationIssue } {
  return { ok: false, issue: { path: PATH, message, ...(params ? { params } : {}) } };
}

/**
 * Checks the PEM text of the certificates PDF signatures' chains are checked against.
 * Text between blocks is ignored (RFC 7468; OpenSSL writes "subject=" lines there), but
 * every block must be a whole certificate block in base64: a private key pasted by
 * mistake must never reach the plain configuration file. Whether each is X.509 is
 * `nameTrustAnchors`' part, as that needs pkijs.
 */
export function checkTrustAnchors(text: string): TrustAnchorsCheck {
  const trimmed = text.trim();
  if (trimmed.length === 0) return { ok: true, value: null, der: [] };
  if (trimmed.length > TRUST_ANCHORS_MAX_CHARS)
    return fail('signingSettings.validation.pemTooLarge', {
      max: TRUST_ANCHORS_MAX_CHARS / 1024,
    });

  const blocks: Uint8Array[] = [];
  let outside = '';
  let last = 0;
  for (const match of trimmed.matchAll(BLOCK)) {
    const [whole, label = '', body = '', endLabel = ''] = match;
    const index = blocks.length + 1;
    outside += trimmed.slice(last, match.index);
    last = match.index + whole.length;
    if (whole.includes('PRIVATE KEY')) return fail('signingSettings.validation.pemPrivateKey');
    // A BEGIN without its END swallows the next block's markers into its body.
    if (label !== endLabel || body.includes('-----'))
      return fail('signingSettings.validation.pemUnterminated', { index });
    if (label !== 'CERTIFICATE')
      return fail('signingSettings.validation.pemNotCertificate', { index, label });
    const der = decodeBase64(body);
    if (!der) return fail('signingSettings.validation.pemBase64', { index });
    blocks.push(der);
  }
  outside += trimmed.slice(last);
  // A marker left outside every whole block is a block cut short (or one BEGIN too many).
  if (/-----(BEGIN|END) /.test(outside)) {
    if (outside.includes('PRIVATE KEY')) return fail('signingSettings.validation.pemPrivateKey');
    return fail('signingSettings.validation.pemUnterminated', { index: blocks.length + 1 });
  }
  if (blocks.length === 0) return fail('signingSettings.validation.pemNoCertificate');
  return { ok: true, value: trimmed, der: blocks };
}

/** Reads each block `checkTrustAnchors` let through as an X.509 certificate and names it. */
export function nameTrustAnchors(der: Uint8Array[], read: CertificateReader): TrustAnchorsNames {
  const certificates: CertificateSummary[] = [];
  for (const [position, bytes] of der.entries()) {
    const summary = read(bytes);
    if (!summary) return fail('signingSettings.validation.pemNotDer', { index: position + 1 });
    certificates.push(summary);
  }
  return { ok: true, certificates };
}

/** `nameTrustAnchors` once the reader is fetched (saving waits for it). */
export async function readTrustAnchors(der: Uint8Array[]): Promise<TrustAnchorsNames> {
  return nameTrustAnchors(der, await loadCertificateReader());
}
