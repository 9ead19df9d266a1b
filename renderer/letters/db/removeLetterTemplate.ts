import { CommandError } from '../../db/errors';
import type { UradovnaDatabase } from '../../db/schema';
import { changeLetterTemplates } from './templateChange';

/**
 * Removes a letter template. The last one stays: a letter needs some template. Letters
 * written with a removed template keep their content and take the first template
 * when next opened.
 */
export async function removeLetterTemplate(
  db: UradovnaDatabase,
  id: string,
  now = new Date(),
): Promise<void> {
  await changeLetterTemplates(db, now, (templates) => {
    const removed = templates.find((item) => item.id === id);
    if (!removed) throw new CommandError('errors.letterEditor.templateNotFound');
    if (templates.length <= 1) throw new CommandError('errors.letterEditor.lastTemplate');
    return {
      next: templates.filter((item) => item.id !== id),
      template: { id, name: removed.name },
      outboxAction: 'remove',
      logAction: 'letterTemplate.remove',
      result: undefined,
    };
  });
}
