import type { Table } from 'dexie';
import type { ConversionRecord } from '../../../common/domain/conversion';
import type { DocumentRecord } from '../../../common/domain/document';
import { actorOrUnknown } from '../../db/actor';
import { CommandError, runCommand } from '../../db/errors';
import { enqueue, type OutboxDraft } from '../../db/outbox';
import type { UradovnaDatabase } from '../../db/schema';
import { appendTxLog, type TxLogDraft } from '../../db/txlog/append';
import type { TxDetail } from '../../db/txlog/entry';

/**
 * The request for a number waits in the outbox like every other piece of work, but goes
 * to the conversion register, not to the eSSL (renderer/conversion/sync/registerQueue.ts;
 * see isOtherServiceOutboxKind).
 */
export const REGISTER_OUTBOX_KIND = 'conversion.requestNumber';

/** What a conversion command works with inside its transaction. */
export interface ConversionContext {
  conversion: ConversionRecord;
  doc: DocumentRecord;
  actor: string;
  at: string;
  now: Date;
}

export async function requireConversion(
  db: UradovnaDatabase,
  id: string,
): Promise<ConversionRecord> {
  const conversion = await db.conversions.get(id);
  if (!conversion) throw new CommandError('errors.conversionRecord.notFound');
  return conversion;
}

/**
 * Runs a conversion command in one transaction over the conversion, its document, the
 * outbox, the log and the settings (for the actor), plus `moreTables`.
 */
export function runConversionCommand<T>(
  db: UradovnaDatabase,
  id: string,
  now: Date,
  moreTables: Table[],
  work: (context: ConversionContext) => Promise<T>,
): Promise<T> {
  return runCommand(() =>
    db.transaction(
      'rw',
      [db.conversions, db.documents, db.outbox, db.txlog, db.settings, ...moreTables],
      async () => {
        const conversion = await requireConversion(db, id);
        const doc = await db.documents.get(conversion.pid);
        if (!doc) throw new CommandError('errors.documentNotFound');
        const actor = await actorOrUnknown(db);
        return work({ conversion, doc, actor, at: now.toISOString(), now });
      },
    ),
  );
}

export interface ConversionStepWrite {
  changes: Partial<ConversionRecord>;
  /** The `action` of the conversion's log entry (prepared, numbered, signed …). */
  action: string;
  detail?: TxDetail;
  outbox?: OutboxDraft[];
  /** Entries of the same change that go before the conversion's own (its component's). */
  preceding?: { outbox: OutboxDraft[]; log: TxLogDraft[] };
}

/** One step of a conversion, in the caller's transaction: the record, the outbox and the log. */
export async function writeConversionStep(
  db: UradovnaDatabase,
  { conversion, doc, actor, now }: ConversionContext,
  write: ConversionStepWrite,
): Promise<void> {
  await db.conversions.update(conversion.id, write.changes);
  const outbox = [...(write.preceding?.outbox ?? []), ...(write.outbox ?? [])];
  if (outbox.length > 0) await enqueue(db, outbox, now);
  await appendTxLog(
    db,
    [
      ...(write.preceding?.log ?? []),
      conversionLogDraft(
        { ...conversion, ...write.changes },
        doc,
        actor,
        write.action,
        write.detail,
      ),
    ],
    now,
  );
}

/** The conversion's log entry: NSESSS `KonverzeZMociUredni` on the conversion, naming its document. */
export function conversionLogDraft(
  conversion: ConversionRecord,
  doc: DocumentRecord,
  actor: string,
  action: string,
  detail: TxDetail = {},
): TxLogDraft {
  return {
    event: 'KonverzeZMociUredni',
    entityType: 'conversion',
    entityId: conversion.id,
    actor,
    detail: {
      action,
      pid: doc.pid,
      referenceNumber: doc.referenceNumber,
      direction: conversion.direction,
      number: conversion.number,
      ...detail,
    },
  };
}

/** Removes the conversion's pending request for a number from the outbox (in the transaction). */
export async function dropRegisterRequest(db: UradovnaDatabase, id: string): Promise<void> {
  await db.outbox
    .where('kind')
    .equals(REGISTER_OUTBOX_KIND)
    .filter((entry) => entry.entityId === id)
    .delete();
}
