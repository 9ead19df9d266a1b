/**
 * Loads a PDF someone brought, or refuses it: one pdf-lib cannot parse, one that is
 * encrypted, one whose page list cannot be read or is empty. The PDF/A import and the
 * conversions refuse the same files but say so in their own words, so the errors come
 * from the caller; each checks the %PDF header by its own rule before.
 */
import { PDFDocument } from 'pdf-lib';
import type { ServiceError } from '../../../../../common/contract/envelope';

export interface LoadRefusals {
  encrypted: () => ServiceError;
  corrupted: (reason: string) => ServiceError;
}

const latin1 = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

export async function loadPdf(bytes: Uint8Array, refuse: LoadRefusals): Promise<PDFDocument> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, {
      ignoreEncryption: true,
      updateMetadata: false,
      throwOnInvalidObject: true,
    });
  } catch {
    // An encrypted file with object streams cannot even be parsed without the key.
    if (latin1(bytes).includes('/Encrypt')) throw refuse.encrypted();
    throw refuse.corrupted('soubor nelze přečíst');
  }
  if (doc.isEncrypted) throw refuse.encrypted();
  let pages: number;
  try {
    pages = doc.getPages().length;
  } catch {
    throw refuse.corrupted('seznam stránek je poškozený');
  }
  if (pages === 0) throw refuse.corrupted('neobsahuje žádnou stránku');
  return doc;
}
