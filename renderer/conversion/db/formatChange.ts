import type { FormatChanged } from '../../../common/contract/conversion';
import { sanitizeFileName } from '../../../common/domain/attachments';
import { CommandError, runCommand } from '../../db/errors';
import { enqueue } from '../../db/outbox';
import { addGeneratedComponent } from '../../db/generatedComponent';
import type { ComponentRecord, UradovnaDatabase } from '../../db/schema';
import { actorOrUnknown } from '../../db/actor';
import { appendTxLog } from '../../db/txlog/append';
import { pdfBlob, requirePdf, sha256Hex } from '../../signing/commands/signedBytes';

/** `zadost.docx` → `zadost-PDFA.pdf`. */
export function formatChangedName(name: string): string {
  const stem = name.replace(/\.[^.]{1,8}$/, '') || 'dokument';
  return sanitizeFileName(`${stem}-PDFA.pdf`);
}

/** The newer output of a format change made from `component`, if there is one. */
export async function formatChangeOf(
  db: UradovnaDatabase,
  component: ComponentRecord,
): Promise<ComponentRecord | undefined> {
  return db.components
    .where('pid')
    .equals(component.pid)
    .filter(
      (candidate) => candidate.role === 'formatChanged' && candidate.derivedFrom === component.id,
    )
    .first();
}

/**
 * Keeps a format change (§ 69a zákona 499/2004 Sb.): the PDF/A-2b with the § 24 clause
 * that main made becomes a new component `formatChanged` that names its original; the
 * original stays on the document. The log says `KonverzeFormatu` on the component.
 */
export async function recordFormatChange(
  db: UradovnaDatabase,
  input: { componentId: string; changed: FormatChanged },
  context: { now?: Date } = {},
): Promise<string> {
  const now = context.now ?? new Date();
  requirePdf(input.changed.pdf);
  const sha256 = sha256Hex(input.changed.pdf);
  const blob = pdfBlob(input.changed.pdf);
  const id = crypto.randomUUID();
  const at = now.toISOString();
  return runCommand(() =>
    db.transaction(
      'rw',
      [db.components, db.documents, db.outbox, db.txlog, db.settings],
      async () => {
        const source = await db.components.get(input.componentId);
        if (!source) throw new CommandError('errors.conversionRecord.componentGone');
        const doc = await db.documents.get(source.pid);
        if (!doc) throw new CommandError('errors.documentNotFound');
        if (doc.state === 'cancelled')
          throw new CommandError('errors.conversionRecord.documentCancelled');
        if (source.role === 'formatChanged')
          throw new CommandError('errors.conversionRecord.alreadyOutput');
        if (await formatChangeOf(db, source))
          throw new CommandError('errors.conversionRecord.alreadyChanged');
        const actor = await actorOrUnknown(db);
        const name = formatChangedName(source.name);
        const added = await addGeneratedComponent(
          db,
          {
            id,
            pid: source.pid,
            name,
            role: 'formatChanged',
            blob,
            sha256,
            size: input.changed.pdf.byteLength,
            links: { derivedFrom: source.id },
            payload: {
              formatChange: {
                originalFormat: input.changed.originalFormat,
                originalFileId: source.id,
                changedAt: at,
                person: actor,
              },
            },
            detail: { derivedFrom: source.id },
          },
          actor,
          at,
        );
        await enqueue(db, added.outbox, now);
        await appendTxLog(
          db,
          [
            ...added.log,
            {
              event: 'KonverzeFormatu',
              entityType: 'component',
              entityId: source.id,
              actor,
              detail: {
                pid: source.pid,
                referenceNumber: doc.referenceNumber,
                originalFormat: input.changed.originalFormat,
                output: id,
                pages: input.changed.pages,
              },
            },
          ],
          now,
        );
        return id;
      },
    ),
  );
}
