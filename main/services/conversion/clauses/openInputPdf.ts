/**
 * Opens a PDF a conversion starts from — the prepared scans, a document to print, a
 * component to convert — or refuses it with the conversion's own Czech reason: one that
 * cannot be read, is encrypted, or carries JavaScript or other actions (its content could
 * change as it is viewed, so no clause may vouch for it). The walk over the objects is
 * the PDF/A import's (inspectObjects); only its script refusals matter here.
 */
import type { PDFDocument } from 'pdf-lib';
import { inspectObjects } from '../../pdf/pdfa/import/inspect';
import { loadPdf } from '../../pdf/pdfa/import/loadPdf';
import { inputCorrupted, inputEncrypted, inputJavascript } from './errors';

const latin1 = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

export async function openInputPdf(bytes: Uint8Array): Promise<PDFDocument> {
  if (!latin1(bytes.subarray(0, 1024)).includes('%PDF-')) {
    throw inputCorrupted('chybí hlavička %PDF');
  }
  const doc = await loadPdf(bytes, { encrypted: inputEncrypted, corrupted: inputCorrupted });
  const script = inspectObjects(doc.context).refusals.find(
    (refusal) => refusal.kind === 'javascript',
  );
  if (script?.kind === 'javascript') throw inputJavascript(script.what);
  return doc;
}
