import type { LetterTemplate } from '../../../common/letters/model';
import { validateLetterContent } from '../../../common/letters/schemas';
import { refuse } from '../../db/commands/lifecycleSupport';
import { CommandError } from '../../db/errors';
import type { UradovnaDatabase } from '../../db/schema';
import { saveLetterDraft } from '../db/saveLetterDraft';
import { currentLetter, type LetterWritten } from '../db/writeLetter';
import { letterEditRefusal } from '../model/editGuard';
import { contentOfForm, type LetterForm } from '../model/letterForm';
import type { LetterServices } from '../model/letterServices';

export interface DraftLetterInput {
  pid: string;
  letterId?: string;
  template: LetterTemplate;
  form: LetterForm;
}

/**
 * "Uložit koncept": checks the content, has main render exactly that content, then
 * saves content and rendering together. A refusal of the renderer (a character the
 * font lacks) throws before anything is written, so the stored draft never differs
 * from what its PDF shows.
 */
export async function draftLetter(
  deps: { db: UradovnaDatabase; services: Pick<LetterServices, 'render'> },
  input: DraftLetterInput,
  now = new Date(),
): Promise<LetterWritten> {
  const validated = validateLetterContent(contentOfForm(input.form));
  if (!validated.ok) throw new CommandError('errors.validation', validated.issues);
  // Refused before rendering: the queue's letter would be refused by the command anyway.
  const existing = await currentLetter(deps.db, input.pid, input.letterId);
  refuse(letterEditRefusal(existing ?? null));

  const rendered = await deps.services.render(input.template, validated.value);
  return saveLetterDraft(
    deps.db,
    {
      pid: input.pid,
      letterId: input.letterId ?? existing?.id,
      templateId: input.template.id,
      content: validated.value,
      rendered,
    },
    now,
  );
}
