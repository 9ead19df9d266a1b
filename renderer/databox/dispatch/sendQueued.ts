import type { DataMessageRecord } from '../../../common/domain/databox';
import type { MethodArgs } from '../../../common/contract/api';
import { messageStates, statusFilter, type MessageRecord } from '../../../common/isds/model';
import type { OutboxEntry, UradovnaDatabase } from '../../db/schema';
import { actorOrUnknown } from '../../db/actor';
import { appendTxLog } from '../../db/txlog/append';
import { listAll } from '../receive/listWindow';
import {
  boxUnavailable,
  databoxErrorOf,
  outcomeUnknown,
  type DataboxError,
  type DataboxPort,
} from '../port';
import { sendEntries, sendPayloadOf, type DispatchEnvelope, type SendPayload } from './sendEntry';

/** The sent list is searched from this long before an attempt whose answer was lost. */
export const ADOPT_MARGIN_MS = 10 * 60_000;

export interface SentMessage {
  messageId: string;
  dmID: string;
  /** True when an earlier attempt had sent it and it was found in the sent list. */
  adopted: boolean;
  boxKey: string;
  documentPid: string;
}

export interface SendReport {
  sent: SentMessage[];
  /** ISDS refused: the message waits for the clerk (retry / discard). */
  refused: Array<{ messageId: string; error: DataboxError }>;
  /** Still queued (no line, login refused, the number not final yet, cancelled). */
  waiting: number;
  /** Boxes that could not be reached, with why. */
  boxErrors: Record<string, DataboxError>;
}

export interface SendOptions {
  signal?: AbortSignal;
  now?: () => Date;
  /** Only these boxes. */
  boxKeys?: ReadonlyArray<string>;
  onProgress?: (done: number, total: number) => void;
}

const ANY_STATE = statusFilter('all');

type OutgoingArgs = MethodArgs<'isds.send'>['message'];

/**
 * Sends the queued data messages, each exactly once, in the order they were queued.
 * Before `isds.send` the attempt is written down; when its answer is lost, the next
 * run first looks for the message in the sent list (same recipient, subject, our
 * reference number and file count) and adopts it instead of sending it again. A
 * refusal marks the message failed for the clerk; a lost line leaves it queued.
 */
export async function sendQueued(
  db: UradovnaDatabase,
  port: DataboxPort,
  options: SendOptions = {},
): Promise<SendReport> {
  const now = options.now ?? (() => new Date());
  const report: SendReport = { sent: [], refused: [], waiting: 0, boxErrors: {} };
  const entries = (await sendEntries(db)).filter(
    (entry) =>
      (entry.state ?? 'pending') === 'pending' &&
      (!options.boxKeys || options.boxKeys.includes(sendPayloadOf(entry).boxKey)),
  );
  if (entries.length === 0) {
    options.onProgress?.(0, 0);
    return report;
  }
  const acks = new PendingAcks(db, await actorOrUnknown(db));
  let done = 0;
  options.onProgress?.(done, entries.length);
  try {
    for (const entry of entries) {
      const payload = sendPayloadOf(entry);
      if (options.signal?.aborted || report.boxErrors[payload.boxKey]) {
        report.waiting += 1;
        continue;
      }
      const outcome = await sendOne(db, port, entry, payload, now, acks);
      if (outcome.kind === 'sent') report.sent.push(outcome.message);
      else if (outcome.kind === 'refused')
        report.refused.push({ messageId: payload.messageId, error: outcome.error });
      else if (outcome.kind === 'waiting') {
        report.waiting += 1;
        if (outcome.error) report.boxErrors[payload.boxKey] = outcome.error;
      }
      done += 1;
      options.onProgress?.(done, entries.length);
    }
  } finally {
    await acks.flush();
  }
  return report;
}

/** ISDS took a message (or it was found sent): what its acknowledgement writes. */
interface Ack {
  entry: OutboxEntry;
  payload: SendPayload;
  record: DataMessageRecord;
  dmID: string;
  adopted: boolean;
  at: Date;
}

/**
 * Acknowledgements waiting to be written. Each rides in the next letter's attempt
 * transaction, so a letter costs one read-write transaction instead of two (each
 * commit waits for the disk). Exactly-once holds: until its acknowledgement is
 * written, a message is an attempt whose answer was lost, which the next run finds in
 * the sent list and adopts; and nothing that decides by a record's dmID (adopting)
 * runs before the acknowledgements are written (`flush`). The run ends by writing them.
 */
class PendingAcks {
  private waiting: Ack[] = [];

  constructor(
    private readonly db: UradovnaDatabase,
    private readonly actor: string,
  ) {}

  add(ack: Ack): void {
    this.waiting.push(ack);
  }

  /** The tables `writeWithin` needs in the caller's transaction. */
  tables() {
    const { db } = this;
    return [db.outbox, db.isdsMessages, db.txlog];
  }

  /**
   * Writes the waiting acknowledgements inside the caller's transaction (`tables`);
   * how many, for `written` once the transaction has committed (until then they stay
   * waiting, so a transaction that fails leaves them to the next one).
   */
  async writeWithin(): Promise<number> {
    const acks = [...this.waiting];
    if (acks.length === 0) return 0;
    const { db, actor } = this;
    for (const ack of acks) await writeAck(db, ack);
    await appendTxLog(
      db,
      acks.map((ack) => ({
        event: 'Uprava' as const,
        entityType: 'document' as const,
        entityId: ack.payload.documentPid,
        actor,
        detail: {
          databox: 'dispatched',
          messageId: ack.record.id,
          dmID: ack.dmID,
          adopted: ack.adopted,
        },
        at: ack.at.toISOString(),
      })),
      acks[acks.length - 1]?.at ?? new Date(),
    );
    return acks.length;
  }

  /** The first `count` acknowledgements are committed. */
  written(count: number): void {
    this.waiting.splice(0, count);
  }

  /** Writes the waiting acknowledgements in a transaction of their own. */
  async flush(): Promise<void> {
    if (this.waiting.length === 0) return;
    this.written(await this.db.transaction('rw', this.tables(), () => this.writeWithin()));
  }
}

type Outcome =
  | { kind: 'sent'; message: SentMessage }
  | { kind: 'refused'; error: DataboxError }
  | { kind: 'waiting'; error: DataboxError | null }
  | { kind: 'gone' };

async function sendOne(
  db: UradovnaDatabase,
  port: DataboxPort,
  entry: OutboxEntry,
  payload: SendPayload,
  now: () => Date,
  acks: PendingAcks,
): Promise<Outcome> {
  const record = await db.isdsMessages.get(payload.messageId);
  if (!record || record.dmID) {
    // Sent already (a crash between the answer and this entry's removal) or withdrawn.
    await db.outbox.delete(entry.seq ?? -1);
    return { kind: 'gone' };
  }
  const doc = await db.documents.get(payload.documentPid);
  // A provisional number must not go out to the recipient: the eSSL will replace it.
  if (!doc || doc.numberStatus === 'provisional') return { kind: 'waiting', error: null };
  const envelope: DispatchEnvelope = {
    ...payload.envelope,
    dmSenderRefNumber: doc.referenceNumber,
  };

  if (payload.attemptedAt) {
    // The last attempt's answer never came: ISDS may hold the message already. Which
    // sent messages records claim must be written before one is looked for.
    await acks.flush();
    let found: MessageRecord | null;
    try {
      found = await findEarlierAttempt(db, port, payload);
    } catch (error) {
      const failure = databoxErrorOf(error);
      await noteAttemptFailed(db, record, failure, now());
      return { kind: 'waiting', error: failure };
    }
    if (found) return acknowledge(acks, entry, payload, record, found.envelope.dmID, true, now());
  }

  let message: OutgoingArgs;
  try {
    message = await outgoingOf(db, payload, envelope);
  } catch (error) {
    return refuse(db, entry, record, databoxErrorOf(error), now());
  }

  const attemptedAt = now().toISOString();
  const acknowledged = await db.transaction('rw', acks.tables(), async () => {
    const written = await acks.writeWithin();
    await db.outbox.update(entry.seq ?? -1, {
      payload: { ...payload, attemptedAt, attemptedEnvelope: envelope },
      attempts: entry.attempts + 1,
    });
    await db.isdsMessages.update(record.id, {
      dispatch: { ...(record.dispatch ?? { outboxId: entry.id, failure: null }), state: 'sending' },
      updatedAt: attemptedAt,
    });
    return written;
  });
  acks.written(acknowledged);
  const attempted: SendPayload = { ...payload, attemptedAt, attemptedEnvelope: envelope };

  let dmID: string;
  try {
    ({ dmID } = await port['isds.send']({ key: payload.boxKey, message }));
  } catch (error) {
    const failure = databoxErrorOf(error);
    if (boxUnavailable(failure)) {
      await noteAttemptFailed(db, record, failure, now());
      // A login refusal surely created nothing: the next run need not search.
      if (!outcomeUnknown(failure)) await clearAttempt(db, entry, attempted);
      return { kind: 'waiting', error: failure };
    }
    await clearAttempt(db, entry, attempted);
    return refuse(db, entry, record, failure, now());
  }
  return acknowledge(acks, entry, attempted, record, dmID, false, now());
}

/** The files in message order, read from the document's components. */
async function outgoingOf(
  db: UradovnaDatabase,
  payload: SendPayload,
  envelope: DispatchEnvelope,
): Promise<OutgoingArgs> {
  const components = await db.components.bulkGet(payload.componentIds);
  const files: OutgoingArgs['files'] = [];
  for (const [index, component] of components.entries()) {
    if (!component || component.pid !== payload.documentPid)
      throw {
        code: 'errors.databox.fileMissing',
        message: 'Soubor zprávy už u dokumentu není.',
        params: { kind: 'local', retryable: 'no' },
      };
    files.push({
      dmMimeType: component.mime,
      dmFileMetaType: index === 0 ? 'main' : 'enclosure',
      dmFileDescr: component.name,
      content: new Uint8Array(await component.blob.arrayBuffer()),
    });
  }
  return {
    envelope,
    dmOVM: payload.options.dmOVM,
    dmPublishOwnID: payload.options.dmPublishOwnID,
    dmType: payload.options.dmType,
    files,
  };
}

/** The message an earlier attempt created, if the sent list has it and no record claims it. */
async function findEarlierAttempt(
  db: UradovnaDatabase,
  port: DataboxPort,
  payload: SendPayload,
): Promise<MessageRecord | null> {
  const sent = payload.attemptedEnvelope ?? payload.envelope;
  const from = new Date(Date.parse(payload.attemptedAt ?? '') - ADOPT_MARGIN_MS).toISOString();
  const records = await listAll(port, 'isds.listSent', { key: payload.boxKey }, from, ANY_STATE);
  for (const candidate of records) {
    const envelope = candidate.envelope;
    if (envelope.dbIDRecipient !== sent.dbIDRecipient) continue;
    if ((envelope.dmAnnotation ?? '') !== sent.dmAnnotation) continue;
    if ((envelope.dmSenderRefNumber ?? null) !== (sent.dmSenderRefNumber ?? null)) continue;
    if (candidate.attsNum !== null && candidate.attsNum !== payload.componentIds.length) continue;
    // The same letter sent twice on purpose: each record adopts only a message no one has.
    if ((await db.isdsMessages.where('dmID').equals(envelope.dmID).count()) > 0) continue;
    return candidate;
  }
  return null;
}

/**
 * ISDS took the message: the record gets its dmID, the entry leaves the outbox and the
 * log says so — together, with the next attempt or at the end of the run (PendingAcks).
 */
function acknowledge(
  acks: PendingAcks,
  entry: OutboxEntry,
  payload: SendPayload,
  record: DataMessageRecord,
  dmID: string,
  adopted: boolean,
  now: Date,
): Outcome {
  acks.add({ entry, payload, record, dmID, adopted, at: now });
  return {
    kind: 'sent',
    message: {
      messageId: record.id,
      dmID,
      adopted,
      boxKey: payload.boxKey,
      documentPid: payload.documentPid,
    },
  };
}

/** One acknowledgement's writes, inside the caller's transaction (the log is the caller's). */
async function writeAck(db: UradovnaDatabase, ack: Ack): Promise<void> {
  const { entry, payload, record, dmID } = ack;
  await db.isdsMessages.update(record.id, {
    dmID,
    state: messageStates.submitted,
    envelope: { ...record.envelope, ...(payload.attemptedEnvelope ?? payload.envelope), dmID },
    dispatch: { state: 'sent', outboxId: entry.id, failure: null },
    updatedAt: ack.at.toISOString(),
  });
  await db.outbox.delete(entry.seq ?? -1);
}

/** ISDS said no (or the message cannot be built): it waits for the clerk. */
async function refuse(
  db: UradovnaDatabase,
  entry: OutboxEntry,
  record: DataMessageRecord,
  error: DataboxError,
  now: Date,
): Promise<Outcome> {
  const at = now.toISOString();
  const failure = { code: error.code, message: error.description ?? error.message, at };
  await db.transaction('rw', [db.outbox, db.isdsMessages], async () => {
    await db.outbox.update(entry.seq ?? -1, {
      state: 'failed',
      lastError: failure.message,
      failure: { ...failure, statusCode: error.statusCode },
    });
    await db.isdsMessages.update(record.id, {
      dispatch: { state: 'failed', outboxId: entry.id, failure },
      updatedAt: at,
    });
  });
  return { kind: 'refused', error };
}

/** No answer (or no login): the message stays queued; the clerk sees why it has not gone. */
async function noteAttemptFailed(
  db: UradovnaDatabase,
  record: DataMessageRecord,
  error: DataboxError,
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  await db.isdsMessages.update(record.id, {
    dispatch: {
      state: 'queued',
      outboxId: record.dispatch?.outboxId ?? '',
      failure: { code: error.code, message: error.description ?? error.message, at },
    },
    updatedAt: at,
  });
}

async function clearAttempt(
  db: UradovnaDatabase,
  entry: OutboxEntry,
  payload: SendPayload,
): Promise<void> {
  await db.outbox.update(entry.seq ?? -1, {
    payload: { ...payload, attemptedAt: null, attemptedEnvelope: null },
  });
}
