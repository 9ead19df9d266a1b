import type { DataMessageFile, DataMessageRecord } from '../../../common/domain/databox';
import type { ValidationIssue } from '../../../common/domain/validation';
import { emptyEnvelopeSub, type Envelope, type EnvelopeSub } from '../../../common/isds/model';
import { CommandError, runCommand } from '../../db/errors';
import { enqueue } from '../../db/outbox';
import type { ComponentRecord, UradovnaDatabase } from '../../db/schema';
import { actorOrUnknown } from '../../db/actor';
import { getSetting } from '../../db/settings';
import { appendTxLog } from '../../db/txlog/append';
import { messageWordsOf } from '../model/messageRecord';
import { outgoingIssues } from './outgoingIssues';
import {
  ISDS_SEND_KIND,
  type DispatchEnvelope,
  type DispatchOptions,
  type SendPayload,
} from './sendEntry';

export interface QueueDispatchInput {
  /** The own document to send. */
  pid: string;
  /** Our box to send from (settings key). */
  boxKey: string;
  /** dbIDRecipient and dmAnnotation are required; dmSenderRefNumber is our reference number. */
  envelope: Partial<EnvelopeSub> & { dbIDRecipient: string; dmAnnotation: string };
  /** The document's components to send, in order: the first becomes the `main` file. */
  fileComponentIds: string[];
  options?: Partial<DispatchOptions>;
  /** The recipient as the box search named it (shown until ISDS says it). */
  recipient?: { name: string | null; address: string | null };
}

export interface QueueDispatchResult {
  messageId: string;
  outboxId: string;
}

/** The envelope with every field present, the subject trimmed, the recipient in lower case. */
export function dispatchEnvelopeOf(
  envelope: QueueDispatchInput['envelope'],
  referenceNumber: string,
): DispatchEnvelope {
  const full = { ...emptyEnvelopeSub, ...envelope };
  return {
    ...full,
    dbIDRecipient: envelope.dbIDRecipient.trim().toLowerCase(),
    dmAnnotation: envelope.dmAnnotation.replace(/\s+/g, ' ').trim(),
    // Our reference number goes with every message (the recipient quotes it back).
    dmSenderRefNumber: referenceNumber,
  };
}

export const defaultDispatchOptions: DispatchOptions = {
  dmOVM: true,
  dmPublishOwnID: null,
  dmType: null,
};

async function componentsInOrder(
  db: UradovnaDatabase,
  pid: string,
  ids: ReadonlyArray<string>,
): Promise<{ components: ComponentRecord[]; issues: ValidationIssue[] }> {
  const rows = await db.components.bulkGet([...ids]);
  const issues: ValidationIssue[] = [];
  const components: ComponentRecord[] = [];
  rows.forEach((row, index) => {
    if (!row || row.pid !== pid)
      issues.push({ path: `files.${index}`, message: 'validation.dispatch.fileMissing' });
    else components.push(row);
  });
  if (new Set(ids).size !== ids.length)
    issues.push({ path: 'files', message: 'validation.dispatch.duplicateFile' });
  return { components, issues };
}

/**
 * Queues an own document to be sent by data box: checks the envelope and the files
 * against the ISDS limits (clear Czech issues before anything is stored), then in ONE
 * transaction stores the message record (`sent:local-<uuid>`, dispatch queued), the
 * `isds.send` outbox entry and the transaction-log entry. Works offline; `sendQueued`
 * sends it when the line is there.
 */
export async function queueDispatch(
  db: UradovnaDatabase,
  input: QueueDispatchInput,
  context: { now?: Date } = {},
): Promise<QueueDispatchResult> {
  const now = context.now ?? new Date();
  const doc = await db.documents.get(input.pid);
  if (!doc) throw new CommandError('errors.documentNotFound');
  if (doc.direction !== 'own' || doc.state === 'cancelled')
    throw new CommandError('errors.databox.notDispatchable');
  const envelope = dispatchEnvelopeOf(input.envelope, doc.referenceNumber);
  const options: DispatchOptions = { ...defaultDispatchOptions, ...input.options };
  const { components, issues } = await componentsInOrder(db, input.pid, input.fileComponentIds);
  issues.push(...(await outgoingIssues(envelope, options, components)));
  if (issues.length > 0) throw new CommandError('errors.validation', issues);

  const files: DataMessageFile[] = components.map((component, index) => ({
    index,
    name: component.name,
    originalName: component.name,
    mime: component.mime,
    metaType: index === 0 ? 'main' : 'enclosure',
    size: component.size,
    componentId: component.id,
  }));

  return runCommand(() =>
    db.transaction(
      'rw',
      [db.documents, db.components, db.isdsMessages, db.outbox, db.txlog, db.settings],
      async () => {
        const current = await db.documents.get(input.pid);
        if (!current || current.state === 'cancelled')
          throw new CommandError('errors.documentNotFound');
        const actor = await actorOrUnknown(db);
        const organization = await getSetting(db, 'organization');
        const messageId = `sent:local-${crypto.randomUUID()}`;
        const payload: SendPayload = {
          messageId,
          boxKey: input.boxKey,
          documentPid: input.pid,
          envelope,
          componentIds: components.map((component) => component.id),
          options,
          attemptedAt: null,
          attemptedEnvelope: null,
        };
        const [entry] = await enqueue(
          db,
          [{ kind: ISDS_SEND_KIND, entityId: messageId, payload }],
          now,
        );
        if (!entry) throw new Error('the outbox entry was not written');
        const shownEnvelope: Envelope = {
          ...envelope,
          dmID: '',
          dbIDSender: null,
          dmSender: organization?.name ?? null,
          dmSenderAddress: organization?.address ?? null,
          dmSenderType: 10,
          dmRecipient: input.recipient?.name ?? null,
          dmRecipientAddress: input.recipient?.address ?? null,
          dmAmbiguousRecipient: null,
        };
        const at = now.toISOString();
        const record: DataMessageRecord = {
          id: messageId,
          dmID: null,
          direction: 'sent',
          boxKey: input.boxKey,
          envelope: shownEnvelope,
          files,
          state: 0,
          deliveryTime: null,
          acceptanceTime: null,
          fictionAt: null,
          unread: false,
          suspicious: [],
          seal: null,
          timestamp: null,
          zfoSha256: null,
          documentPid: input.pid,
          markedDownloaded: false,
          events: [],
          hasDeliveryZfo: false,
          dispatch: { state: 'queued', outboxId: entry.id, failure: null },
          createdAt: at,
          updatedAt: at,
          words: messageWordsOf(shownEnvelope),
        };
        await db.isdsMessages.add(record);
        await appendTxLog(
          db,
          [
            {
              event: 'Uprava',
              entityType: 'document',
              entityId: input.pid,
              actor,
              detail: {
                databox: 'dispatchQueued',
                messageId,
                dbIDRecipient: envelope.dbIDRecipient,
                files: files.length,
              },
            },
          ],
          now,
        );
        return { messageId, outboxId: entry.id };
      },
    ),
  );
}
