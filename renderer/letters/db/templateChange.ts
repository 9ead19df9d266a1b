import type { LetterTemplate } from '../../../common/letters/model';
import { actorOf } from '../../db/commands/lifecycleSupport';
import { runCommand } from '../../db/errors';
import { enqueue } from '../../db/outbox';
import type { UradovnaDatabase } from '../../db/schema';
import { appendTxLog } from '../../db/txlog/append';
import { LETTER_TEMPLATES_KEY, letterTemplatesOf, putLetterTemplates } from './templates';

export interface TemplateChange<T> {
  /** The office's templates after the change. */
  next: LetterTemplate[];
  /** The template changed, as the outbox and the log name it. */
  template: Pick<LetterTemplate, 'id' | 'name'>;
  /** What the outbox entry says was done. */
  outboxAction: 'save' | 'remove';
  /** The `action` of the settings' `Uprava` in the log. */
  logAction: 'letterTemplate.add' | 'letterTemplate.save' | 'letterTemplate.remove';
  result: T;
}

/**
 * One change of the office's letter templates, in one transaction: `change` (which may
 * refuse by throwing) gets the current templates; the new list is stored, queued as a
 * local settings change and logged as `Uprava` of the settings.
 */
export function changeLetterTemplates<T>(
  db: UradovnaDatabase,
  now: Date,
  change: (templates: LetterTemplate[]) => TemplateChange<T>,
): Promise<T> {
  return runCommand(() =>
    db.transaction('rw', [db.settings, db.outbox, db.txlog], async () => {
      const actor = await actorOf(db);
      const { next, template, outboxAction, logAction, result } = change(
        await letterTemplatesOf(db),
      );
      await putLetterTemplates(db, next);
      await enqueue(
        db,
        [
          {
            kind: 'settings.update',
            entityId: LETTER_TEMPLATES_KEY,
            payload: { action: outboxAction, templateId: template.id, name: template.name },
          },
        ],
        now,
      );
      await appendTxLog(
        db,
        [
          {
            event: 'Uprava',
            entityType: 'settings',
            entityId: LETTER_TEMPLATES_KEY,
            actor,
            detail: { action: logAction, templateId: template.id, name: template.name },
          },
        ],
        now,
      );
      return result;
    }),
  );
}
