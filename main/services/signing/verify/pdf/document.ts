/**
 * Opening a PDF for signature verification: the newest revision through its
 * cross-reference chain, or — when that chain does not read — the objects a scan of
 * the file finds. A revision that ends earlier (where a signature's byte range ends)
 * is opened through the `startxref` just before its `%%EOF`.
 *
 * This reader (pdf/) is written by hand on purpose: pdf-lib and @libpdf/core load a
 * file's newest state only, while judging "changed after signing" needs each signed
 * revision as it was, object by object, under hard limits on hostile input.
 */
import { Revision, newBudget, type Budget } from './revision';
import { scanRevision } from './scan';
import { PdfDict, PdfRef, PdfSyntaxError } from './values';
import { lastStartxref, readXrefChain } from './xref';

export type OpenedPdf =
  | {
      ok: true;
      current: Revision;
      /** The cross-references did not read; `current` is what a scan found. */
      rebuilt: boolean;
      budget: Budget;
    }
  | { ok: false; reason: 'corrupted' | 'encrypted' };

const HEADER = Buffer.from('%PDF-', 'latin1');
const EOF_MARKER = Buffer.from('%%EOF', 'latin1');

function hasHeader(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024));
  return head.indexOf(HEADER) !== -1;
}

function hasCatalog(revision: Revision): boolean {
  const root = revision.trailer.get('Root');
  return root instanceof PdfRef && revision.resolve(root) instanceof PdfDict;
}

function throughXref(bytes: Uint8Array, budget: Budget): Revision | null {
  const startxref = lastStartxref(bytes, bytes.byteLength);
  if (startxref === null) return null;
  try {
    const revision = new Revision(
      bytes,
      readXrefChain(bytes, startxref, bytes.byteLength, budget.sections),
      bytes.byteLength,
      budget,
    );
    return hasCatalog(revision) ? revision : null;
  } catch (error) {
    if (error instanceof PdfSyntaxError) return null;
    throw error;
  }
}

export function openPdf(bytes: Uint8Array): OpenedPdf {
  if (!hasHeader(bytes)) return { ok: false, reason: 'corrupted' };
  const budget = newBudget(bytes.byteLength);
  let current = throughXref(bytes, budget);
  const rebuilt = current === null;
  if (!current) {
    try {
      current = scanRevision(bytes, budget);
    } catch (error) {
      if (!(error instanceof PdfSyntaxError)) throw error;
    }
    if (!current || !hasCatalog(current)) return { ok: false, reason: 'corrupted' };
  }
  if (current.trailer.get('Encrypt') !== undefined) return { ok: false, reason: 'encrypted' };
  return { ok: true, current, rebuilt, budget };
}

/**
 * The `startxref` of the revision ending at `end`: the bytes there must close with
 * `%%EOF` and at most one end of line. Null when `end` is not the end of a revision.
 */
export function revisionStartxref(bytes: Uint8Array, end: number): number | null {
  let pos = end;
  if (bytes[pos - 1] === 0x0a) pos--;
  if (bytes[pos - 1] === 0x0d) pos--;
  const marker = pos - EOF_MARKER.length;
  if (marker < 0 || Buffer.compare(bytes.subarray(marker, pos), EOF_MARKER) !== 0) return null;
  return lastStartxref(bytes, marker);
}

/** The revision that ends at `end`; throws PdfSyntaxError when it does not read. */
export function openRevision(bytes: Uint8Array, end: number, budget: Budget): Revision {
  const startxref = revisionStartxref(bytes, end);
  if (startxref === null) throw new PdfSyntaxError('no revision ends there');
  return new Revision(bytes, readXrefChain(bytes, startxref, end, budget.sections), end, budget);
}
