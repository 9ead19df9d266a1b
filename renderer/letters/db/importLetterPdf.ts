import { runCommand, CommandError } from '../../db/errors';
import type { UradovnaDatabase } from '../../db/schema';
import { prepareRendering } from './letterRendering';
import { letterTables, looksLikePdf, writeLetter, type LetterWritten } from './writeLetter';

export interface ImportLetterPdfInput {
  pid: string;
  /** The PDF/A main made of the picked file (`pdf.importAsPdfA`). */
  pdf: Uint8Array;
  pages: number;
  fileName: string;
}

/**
 * Makes an existing PDF (already converted to PDF/A) the document's letter. It has no
 * content to edit and no known place for the signature: the mayor's signature then
 * goes without a visible box. An existing draft is replaced.
 */
export async function importLetterPdf(
  db: UradovnaDatabase,
  input: ImportLetterPdfInput,
  now = new Date(),
): Promise<LetterWritten> {
  if (!looksLikePdf(input.pdf)) throw new CommandError('errors.letterEditor.notPdf');
  const rendering = prepareRendering(input.pdf, input.fileName, input.pages);
  return runCommand(() =>
    db.transaction('rw', letterTables(db), async () =>
      writeLetter(
        db,
        {
          pid: input.pid,
          source: 'import',
          templateId: null,
          content: null,
          signatureBox: null,
          rendering,
          action: 'letter.import',
        },
        now,
      ),
    ),
  );
}
