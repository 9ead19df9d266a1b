/**
 * Verifies every signature and document timestamp of a PDF: finds the signature fields,
 * checks each signature's CMS over its byte ranges, its timestamp, its certificate's
 * path to the configured anchors, and what the file gained after it was signed.
 * Whatever the bytes are, the answer is a report — a file that cannot be read says so
 * in `unreadable`, it never throws.
 */
import type { PdfSignaturesReport } from '../../../../common/contract/signing';
import { ZfoTrust } from '../../isds/zfo/trust';
import { findSignatureFields } from './fields';
import { openPdf } from './pdf/document';
import { UNREADABLE } from './problems';
import { reportSignature, revisionEndOf, type VerifyContext } from './signatureReport';

export interface VerifyPdfOptions {
  /**
   * The CAs a signer's (and a timestamp authority's) certificate may chain to: a
   * ZfoTrust (parsed once, remembers its verdicts — what main should hold), or PEM
   * texts / DER certificates, of which those that do not parse are left out.
   */
  trust: ZfoTrust | ReadonlyArray<string | Uint8Array>;
  /** When a signature proves no time and claims none, its certificates are checked at this time. */
  now?: Date;
}

/**
 * The verification without the last-resort catch below: the parsers are to turn every
 * broken input into a report themselves, and the tests hold them to it through this.
 */
export function verifyUnguarded(pdf: Uint8Array, trust: ZfoTrust, now: Date): PdfSignaturesReport {
  const opened = openPdf(pdf);
  if (!opened.ok) return { signatures: [], unreadable: UNREADABLE[opened.reason] };
  const context: VerifyContext = {
    bytes: pdf,
    current: opened.rebuilt ? null : opened.current,
    budget: opened.budget,
    trust,
    now,
  };
  const fields = findSignatureFields(opened.current)
    .map((field, order) => ({ field, order, end: revisionEndOf(field, pdf.byteLength) }))
    // In the order they were made: by where each signed revision ends.
    .sort((x, y) => x.end - y.end || x.order - y.order);
  return {
    signatures: fields.map(({ field }) => reportSignature(field, context)),
    unreadable: null,
  };
}

export async function verifyPdfSignatures(
  pdf: Uint8Array,
  options: VerifyPdfOptions,
): Promise<PdfSignaturesReport> {
  const trust =
    options.trust instanceof ZfoTrust ? options.trust : ZfoTrust.readable(options.trust);
  try {
    return verifyUnguarded(pdf, trust, options.now ?? new Date());
  } catch {
    // The parsers turn what they recognise as broken into reports; anything else a
    // hostile file provokes still must not reach the caller as an exception.
    return { signatures: [], unreadable: UNREADABLE.corrupted };
  }
}
