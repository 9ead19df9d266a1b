import type { UradovnaDatabase } from '../schema';
import {
  GENESIS_HASH,
  hashEntry,
  type TxDetail,
  type TxEntityType,
  type TxEvent,
  type TxLogEntry,
} from './entry';

export interface TxLogDraft {
  event: TxEvent;
  entityType: TxEntityType;
  entityId: string;
  actor: string;
  detail?: TxDetail;
  at?: string;
}

/** Where the chain stands: the last entry's number and hash (genesis for an empty log). */
export interface TxLogHead {
  seq: number;
  hash: string;
}

export async function txLogHead(db: UradovnaDatabase): Promise<TxLogHead> {
  const last = await db.txlog.orderBy('seq').last();
  return { seq: last?.seq ?? 0, hash: last?.hash ?? GENESIS_HASH };
}

/** Numbers and chains drafts after `head`; pure, so a large import can hash while it writes. */
export function chainTxLog(head: TxLogHead, drafts: TxLogDraft[], now: Date): TxLogEntry[] {
  let seq = head.seq;
  let prevHash = head.hash;
  const entries: TxLogEntry[] = [];
  const at = now.toISOString();
  for (const draft of drafts) {
    seq += 1;
    const body: Omit<TxLogEntry, 'hash'> = {
      seq,
      at: draft.at ?? at,
      event: draft.event,
      entityType: draft.entityType,
      entityId: draft.entityId,
      actor: draft.actor,
      detail: draft.detail ?? {},
      prevHash,
    };
    const hash = hashEntry(body);
    entries.push({ ...body, hash });
    prevHash = hash;
  }
  return entries;
}

/**
 * Appends entries to the log. Must run inside a transaction that includes `txlog`,
 * so that the entries commit or vanish together with the change they describe.
 */
export async function appendTxLog(
  db: UradovnaDatabase,
  drafts: TxLogDraft[],
  now: Date,
): Promise<TxLogEntry[]> {
  const entries = chainTxLog(await txLogHead(db), drafts, now);
  await db.txlog.bulkAdd(entries);
  return entries;
}
