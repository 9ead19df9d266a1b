import { z } from 'zod';
import {
  MAX_SHEETS,
  NOTE_MAX,
  SUBJECT_MAX,
  type DocumentRecord,
} from '../../../common/domain/document';
import { partySchema } from '../../../common/domain/party';
import { issuesFromZod } from '../../../common/domain/validation';
import {
  editableOfRecord,
  sameValue,
  withEditable,
  type EditableFields,
} from '../../sync/map/editable';
import { withSearchFields } from '../../sync/map/fromEssl';
import { CommandError, runCommand } from '../errors';
import { enqueue } from '../outbox';
import type { UradovnaDatabase } from '../schema';
import { actorOrUnknown } from '../actor';
import { appendTxLog } from '../txlog/append';

/** States in which a clerk may still correct a document's description. */
const EDITABLE_STATES = new Set(['registered', 'inProgress', 'settled']);

const count = (key: string) =>
  z
    .number({ message: `validation.${key}.notNumber` })
    .int({ message: `validation.${key}.notInteger` })
    .min(0, { message: `validation.${key}.negative` })
    .max(MAX_SHEETS, { message: `validation.${key}.tooMany` });

export const documentEditSchema = z
  .object({
    subject: z
      .string()
      .trim()
      .min(1, { message: 'validation.subject.required' })
      .max(SUBJECT_MAX, { message: 'validation.subject.tooLong' }),
    sender: partySchema.nullable(),
    addressees: z.array(partySchema).max(50),
    senderReference: z
      .string()
      .trim()
      .max(100, { message: 'validation.tooLong' })
      .nullable()
      .transform((value) => (value ? value : null)),
    sheets: count('sheets'),
    attachmentCount: count('attachments'),
    note: z
      .string()
      .trim()
      .max(NOTE_MAX, { message: 'validation.tooLong' })
      .nullable()
      .transform((value) => (value ? value : null)),
  })
  .partial();

export type DocumentEdit = z.input<typeof documentEditSchema>;

/**
 * Corrects what a document says (subject, sender or addressees, the sender's
 * reference, sheets, attachments, note): one transaction writes the row, queues a
 * `DokumentUprava` for the eSSL and logs `Uprava` with the fields that changed.
 * A document the eSSL changed meanwhile is caught on the next pull (a conflict, never
 * a silent overwrite). The number, the file mark and the life cycle are not edits.
 */
export async function updateDocument(
  db: UradovnaDatabase,
  pid: string,
  edit: DocumentEdit,
  now = new Date(),
): Promise<{ changed: string[] }> {
  const parsed = documentEditSchema.safeParse(edit, { reportInput: true });
  if (!parsed.success) throw new CommandError('errors.validation', issuesFromZod(parsed.error));
  const fields = parsed.data as Partial<EditableFields>;

  return runCommand(() =>
    db.transaction('rw', [db.documents, db.outbox, db.txlog, db.settings], async () => {
      const doc = await db.documents.get(pid);
      if (!doc) throw new CommandError('errors.documentNotFound');
      if (!EDITABLE_STATES.has(doc.state)) throw new CommandError('errors.document.notEditable');
      if (fields.sender !== undefined && doc.direction !== 'incoming')
        throw new CommandError('errors.validation', [
          { path: 'sender', message: 'validation.sender.ownDocument' },
        ]);
      if (fields.addressees !== undefined && doc.direction !== 'own')
        throw new CommandError('errors.validation', [
          { path: 'addressees', message: 'validation.addressees.incomingDocument' },
        ]);
      if (fields.sender === null && doc.direction === 'incoming')
        throw new CommandError('errors.validation', [
          { path: 'sender', message: 'validation.party.nameRequired' },
        ]);
      if (fields.addressees !== undefined && fields.addressees.length === 0)
        throw new CommandError('errors.validation', [
          { path: 'addressees', message: 'validation.addressees.required' },
        ]);

      const before = editableOfRecord(doc);
      const changed = (Object.keys(fields) as Array<keyof EditableFields>).filter(
        (field) => !sameValue(before[field], fields[field]),
      );
      if (changed.length === 0) return { changed: [] };
      const actor = await actorOrUnknown(db);
      const next: DocumentRecord = withSearchFields({
        ...withEditable(doc, fields),
        revision: doc.revision + 1,
      });
      await db.documents.put(next);
      await enqueue(
        db,
        [{ kind: 'document.update', entityId: pid, payload: { pid, fields: changed } }],
        now,
      );
      await appendTxLog(
        db,
        [
          {
            event: 'Uprava',
            entityType: 'document',
            entityId: pid,
            actor,
            detail: { fields: changed.join(','), referenceNumber: doc.referenceNumber },
          },
        ],
        now,
      );
      return { changed };
    }),
  );
}
