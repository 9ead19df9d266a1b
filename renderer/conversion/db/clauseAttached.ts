import { conversionBlobId } from '../../../common/domain/conversion';
import type { ElectronicInputExamination } from '../../../common/contract/conversion';
import type { SignatureBox } from '../../../common/domain/letter';
import { CommandError } from '../../db/errors';
import type { UradovnaDatabase } from '../../db/schema';
import { pdfBlob, requirePdf } from '../../signing/commands/signedBytes';
import { runConversionCommand, writeConversionStep } from './conversionSupport';

export interface ClauseOutput {
  pdf: Uint8Array;
  pages: number;
  /** e → p: the printout's sheets as the clause states them. */
  sheets: number | null;
  /** e → p: main's own verification, made again when it wrote the clause. */
  examination: ElectronicInputExamination | null;
  /** p → e: the box main left on the clause page for the visible signature. */
  signatureBox?: SignatureBox | null;
}

/**
 * Keeps the output with its clause (made by main with the register's number): p → e now
 * waits for the converting person's signature, e → p is ready to print.
 */
export async function recordClause(
  db: UradovnaDatabase,
  id: string,
  output: ClauseOutput,
  context: { now?: Date } = {},
): Promise<void> {
  requirePdf(output.pdf);
  const blob = pdfBlob(output.pdf);
  await runConversionCommand(
    db,
    id,
    context.now ?? new Date(),
    [db.conversionBlobs],
    async (step) => {
      const { conversion, at } = step;
      if (conversion.state !== 'numbered' || conversion.number === null)
        throw new CommandError('errors.conversionRecord.notNumbered');
      await db.conversionBlobs.put({
        id: conversionBlobId(id, 'withClause'),
        conversionId: id,
        kind: 'withClause',
        blob,
        createdAt: at,
      });
      const paper = conversion.direction === 'electronicToPaper';
      await writeConversionStep(db, step, {
        changes: {
          state: paper ? 'readyToPrint' : 'awaitingSignature',
          pages: output.pages,
          outputSheets: paper ? output.sheets : null,
          signatureBox: paper ? null : (output.signatureBox ?? null),
          examination: paper
            ? (output.examination ?? conversion.examination)
            : conversion.examination,
        },
        action: 'clause',
        detail: { pages: output.pages, sheets: output.sheets },
      });
    },
  );
}
