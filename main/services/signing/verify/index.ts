/** Verification of the signatures and document timestamps of a PDF (PAdES, adbe.pkcs7.detached, RFC 3161). */
export { verifyPdfSignatures, type VerifyPdfOptions } from './verifyPdfSignatures';
export { MAX_SIGNATURES } from './fields';
export { PROBLEM, TIMESTAMP_PROBLEM, UNREADABLE } from './problems';
