import { validateLetterTemplate } from '../../../common/letters/schemas';
import type { LetterTemplate } from '../../../common/letters/model';
import { CommandError } from '../../db/errors';
import type { UradovnaDatabase } from '../../db/schema';
import { changeLetterTemplates } from './templateChange';

export interface SaveLetterTemplateResult {
  template: LetterTemplate;
  /** False when the template was new (added at the end of the list). */
  replaced: boolean;
}

/**
 * Saves one letter template (a new one goes last): validated by the letter schema,
 * stored in the settings, logged as `Uprava` of the settings and queued as a local
 * settings change — in one transaction. Saving any template while the office still
 * runs on the defaults stores the defaults with it, so none of them disappears.
 */
export async function saveLetterTemplate(
  db: UradovnaDatabase,
  template: LetterTemplate,
  now = new Date(),
): Promise<SaveLetterTemplateResult> {
  const validated = validateLetterTemplate(template);
  if (!validated.ok) throw new CommandError('errors.validation', validated.issues);
  const saved = validated.value;

  return changeLetterTemplates(db, now, (templates) => {
    const index = templates.findIndex((item) => item.id === saved.id);
    const next =
      index >= 0
        ? templates.map((item, at) => (at === index ? saved : item))
        : [...templates, saved];
    return {
      next,
      template: saved,
      outboxAction: 'save',
      logAction: index >= 0 ? 'letterTemplate.save' : 'letterTemplate.add',
      result: { template: saved, replaced: index >= 0 },
    };
  });
}
