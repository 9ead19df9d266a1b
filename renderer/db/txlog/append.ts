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

/**
 * Appends entries to the log. Must run inside a transaction that includes `txlog`,
 * so that the entries commit or vanish together with the change they describe.
 */
export async function appendTxLog(
  db: UradovnaDatabase,
  drafts: TxLogDraft[],
  now: Date,
): Promise<TxLogEntry[]> {
  const last = await db.txlog.orderBy('seq').last();
  let seq = last?.seq ?? 0;
  let prevHash = last?.hash ?? GENESIS_HASH;
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
  await db.txlog.bulkAdd(entries);
  return entries;
}
