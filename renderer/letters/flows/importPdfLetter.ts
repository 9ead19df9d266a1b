import type { DocumentRecord } from '../../../common/domain/document';
import type { ValidationIssue } from '../../../common/domain/validation';
import { refuse } from '../../db/commands/lifecycleSupport';
import type { UradovnaDatabase } from '../../db/schema';
import { importLetterPdf } from '../db/importLetterPdf';
import { currentLetter } from '../db/writeLetter';
import { letterDocumentRefusal, letterEditRefusal } from '../model/editGuard';
import type { LetterServices } from '../model/letterServices';

export type ImportPdfOutcome =
  | { status: 'canceled' }
  /** The file dialog refused the file before reading it (too large, unreadable). */
  | { status: 'rejected'; issues: ValidationIssue[] }
  | { status: 'imported'; letterId: string; changes: string[] };

/**
 * "Načíst PDF jako dopis": pick a PDF, let main convert it to PDF/A (or refuse it:
 * encrypted, JavaScript, fonts it cannot embed, damaged), then store it as the
 * document's letter. A refusal throws before anything is written.
 */
export async function importPdfLetter(
  deps: { db: UradovnaDatabase; services: Pick<LetterServices, 'openFile' | 'importAsPdfA'> },
  doc: Pick<DocumentRecord, 'pid' | 'subject' | 'direction' | 'state'>,
  now = new Date(),
): Promise<ImportPdfOutcome> {
  refuse(letterDocumentRefusal(doc));
  refuse(letterEditRefusal((await currentLetter(deps.db, doc.pid)) ?? null));

  const picked = await deps.services.openFile('pdf');
  if (picked.rejected.length > 0) return { status: 'rejected', issues: picked.rejected };
  const file = picked.files[0];
  if (picked.canceled || !file) return { status: 'canceled' };

  const converted = await deps.services.importAsPdfA(new Uint8Array(file.bytes), doc.subject);
  const written = await importLetterPdf(
    deps.db,
    { pid: doc.pid, pdf: converted.pdf, pages: converted.pages, fileName: file.name },
    now,
  );
  return { status: 'imported', letterId: written.letterId, changes: converted.changes };
}
