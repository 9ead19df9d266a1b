/**
 * What signs a PDF: libpdf's `Signer` (certificate, chain, key type, `sign`) together
 * with the check of its certificate, made when the key was opened. A PKCS#12 file and a
 * PKCS#11 token both open to one of these; `signPdf` takes either.
 */
import type { Signer } from '@libpdf/core';
import type { SigningCertificateCheck } from '../../../common/contract/signing';

export interface PdfSigner extends Signer {
  /** The certificate's check at the time the key was opened (blocking problems, warnings). */
  readonly check: SigningCertificateCheck;
}
