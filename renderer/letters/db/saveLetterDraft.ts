import type { LetterContent } from '../../../common/letters/model';
import { validateLetterContent } from '../../../common/letters/schemas';
import { CommandError, runCommand } from '../../db/errors';
import type { UradovnaDatabase } from '../../db/schema';
import type { RenderedLetter } from '../model/letterServices';
import { prepareRendering } from './letterRendering';
import { letterTemplatesOf } from './templates';
import { letterTables, looksLikePdf, writeLetter, type LetterWritten } from './writeLetter';

export interface SaveLetterDraftInput {
  pid: string;
  letterId?: string;
  templateId: string;
  content: LetterContent;
  /** What `letters.render` returned for exactly this content. */
  rendered: RenderedLetter;
}

/**
 * Saves the letter as the clerk wrote it with the PDF main rendered from exactly that
 * content. The content is checked by the letter schema (what is stored is what a
 * returned letter is edited from); the template must still exist.
 */
export async function saveLetterDraft(
  db: UradovnaDatabase,
  input: SaveLetterDraftInput,
  now = new Date(),
): Promise<LetterWritten> {
  const validated = validateLetterContent(input.content);
  if (!validated.ok) throw new CommandError('errors.validation', validated.issues);
  if (!looksLikePdf(input.rendered.pdf)) throw new CommandError('errors.letterEditor.notPdf');
  const rendering = prepareRendering(
    input.rendered.pdf,
    input.rendered.fileName,
    input.rendered.pages,
  );

  return runCommand(() =>
    db.transaction('rw', letterTables(db), async () => {
      const templates = await letterTemplatesOf(db);
      if (!templates.some((template) => template.id === input.templateId))
        throw new CommandError('errors.letterEditor.templateNotFound');
      return writeLetter(
        db,
        {
          pid: input.pid,
          letterId: input.letterId,
          source: 'template',
          templateId: input.templateId,
          content: validated.value,
          signatureBox: input.rendered.signatureBox,
          rendering,
          action: 'letter.draft',
        },
        now,
      );
    }),
  );
}
