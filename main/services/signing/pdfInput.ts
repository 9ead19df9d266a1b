/**
 * The PDF to be signed, opened with libpdf after the checks that must come before
 * anything else: a PDF at all, not encrypted, not so damaged that libpdf had to
 * rebuild it (an incremental update over a broken file would be broken too).
 */
import { PDF } from '@libpdf/core';
import { pdfCorrupted, pdfEncrypted } from './errors';
import { withoutLinearization } from './linearization';

const HEADER = Buffer.from('%PDF-', 'latin1');

function mentionsEncrypt(bytes: Uint8Array): boolean {
  // Only the file's tail holds the trailers; an /Encrypt there is the security handler.
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(
    Math.max(0, bytes.byteLength - 64 * 1024),
  );
  return tail.includes('/Encrypt');
}

async function load(bytes: Uint8Array): Promise<PDF> {
  let pdf: PDF;
  try {
    pdf = await PDF.load(bytes);
  } catch {
    throw mentionsEncrypt(bytes) ? pdfEncrypted() : pdfCorrupted();
  }
  if (pdf.isEncrypted) throw pdfEncrypted();
  if (pdf.recoveredViaBruteForce || pdf.getPageCount() === 0) throw pdfCorrupted();
  return pdf;
}

export interface OpenedPdf {
  pdf: PDF;
  /** What the signature's revision is appended to: the input, or the input plus an update. */
  base: Uint8Array;
}

/**
 * Opens `bytes` for an incremental update. A linearized file gets a small update first
 * that retires its linearization dictionary (see linearization.ts), because libpdf
 * rewrites linearized files whole — which would break signatures already in them.
 */
export async function openForSigning(bytes: Uint8Array): Promise<OpenedPdf> {
  const start = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024));
  if (!start.includes(HEADER)) throw pdfCorrupted();
  const pdf = await load(bytes);
  if (!pdf.isLinearized) return { pdf, base: bytes };
  const base = withoutLinearization(bytes, pdf);
  const reopened = await load(base);
  if (reopened.canSaveIncrementally() !== null) throw pdfCorrupted();
  return { pdf: reopened, base };
}
