import type { Table } from 'dexie';
import type { DocumentRecord } from '../../../common/domain/document';
import type { LetterRecord, LetterStep } from '../../../common/domain/letter';
import { runCommand } from '../../db/errors';
import { enqueue, type OutboxDraft } from '../../db/outbox';
import type { UradovnaDatabase } from '../../db/schema';
import { appendTxLog, type TxLogDraft } from '../../db/txlog/append';
import type { TxDetail } from '../../db/txlog/entry';
import { actorOrUnknown } from '../../db/actor';
import { letterWithDocument, withStep } from './letterSupport';

/** What a letter command works with inside its transaction. */
export interface LetterContext {
  letter: LetterRecord;
  doc: DocumentRecord;
  actor: string;
  /** `now` as ISO text: the time of the step, the letter's change and the log. */
  at: string;
  now: Date;
}

/**
 * Runs a letter command in one transaction over the tables every step writes (the
 * letter, its document, the outbox, the log, the settings for the actor) and
 * `moreTables`; the letter and its document are read first.
 */
export function runLetterCommand<T>(
  db: UradovnaDatabase,
  letterId: string,
  now: Date,
  moreTables: Table[],
  work: (context: LetterContext) => Promise<T>,
): Promise<T> {
  return runCommand(() =>
    db.transaction(
      'rw',
      [db.letters, db.documents, db.outbox, db.txlog, db.settings, ...moreTables],
      async () => {
        const { letter, doc } = await letterWithDocument(db, letterId);
        const actor = await actorOrUnknown(db);
        return work({ letter, doc, actor, at: now.toISOString(), now });
      },
    ),
  );
}

export interface LetterStepWrite {
  step: Pick<LetterStep, 'step' | 'comment' | 'detail'>;
  /** The rest of the letter's change (state, queue, signature …). */
  changes?: Omit<Partial<LetterRecord>, 'history' | 'updatedAt'>;
  outboxKind: string;
  /** The outbox payload besides the document's pid and the letter's id. */
  payload: Record<string, unknown>;
  /** The `action` of the document's `Uprava`. */
  action: string;
  /** The log detail besides the action, the letter's id and the reference number. */
  detail: TxDetail;
  /** Entries of the same change that go before the letter's own (its signed component's). */
  preceding?: { outbox: OutboxDraft[]; log: TxLogDraft[] };
}

/**
 * A step on the letter's way, in the caller's transaction: the letter with the step in
 * its history, its outbox entry and the `Uprava` of its document in the log.
 */
export async function writeLetterStep(
  db: UradovnaDatabase,
  { letter, doc, actor, at, now }: LetterContext,
  write: LetterStepWrite,
): Promise<void> {
  await db.letters.update(letter.id, {
    ...write.changes,
    history: withStep(letter, { at, by: actor, ...write.step }),
    updatedAt: at,
  });
  await enqueue(
    db,
    [
      ...(write.preceding?.outbox ?? []),
      {
        kind: write.outboxKind,
        entityId: letter.id,
        payload: { pid: doc.pid, letterId: letter.id, ...write.payload },
      },
    ],
    now,
  );
  await appendTxLog(
    db,
    [
      ...(write.preceding?.log ?? []),
      {
        event: 'Uprava',
        entityType: 'document',
        entityId: doc.pid,
        actor,
        detail: {
          action: write.action,
          ...write.detail,
          letterId: letter.id,
          referenceNumber: doc.referenceNumber,
        },
      },
    ],
    now,
  );
}
