import { CommandError } from '../db/errors';
import { closeCaseFile, type CloseOptions } from '../db/commands/caseFiles/closeCaseFile';
import type { UradovnaDatabase } from '../db/schema';
import { caseFileComponents } from '../conversion/model/caseFileFormats';
import { componentsNeedingFormatChange } from '../conversion/model/outputFormat';

/** The path: the close dialog shows it at the "close anyway" checkbox. */
export const CLOSE_ANYWAY_PATH = 'closeAnyway';

/**
 * Closes the case file, but not past the format change of § 69a zákona 499/2004 Sb.
 * unnoticed: while a file of its documents is not in an output format, closing needs
 * the clerk's explicit "close anyway". Checked afresh here, not from what the dialog
 * showed, so a file added meanwhile is not missed. Nothing is written when refused.
 */
export async function closeCaseFileCheckingFormats(
  db: UradovnaDatabase,
  id: string,
  options: CloseOptions,
  closeAnyway: boolean,
  now = new Date(),
): Promise<void> {
  if (!closeAnyway) {
    const files = await caseFileComponents(db, id);
    const needing = await componentsNeedingFormatChange(files.map((file) => file.component));
    if (needing.length > 0)
      throw new CommandError('errors.validation', [
        { path: CLOSE_ANYWAY_PATH, message: 'conversionDialogs.closeCaseFile.confirmRequired' },
      ]);
  }
  await closeCaseFile(db, id, options, now);
}
