import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { TxDetail, TxEntityType, TxEvent, TxLogEntry } from '../../domain/transactionLog';

/** Test helper: a hash-chained run of log entries, as the device's log would hold them. */
export interface EntryDraft {
  at: string;
  event: TxEvent;
  entityType: TxEntityType;
  entityId: string;
  actor?: string;
  detail?: TxDetail;
}

export function chainEntries(drafts: EntryDraft[], firstSeq = 1): TxLogEntry[] {
  let prevHash = '0'.repeat(64);
  return drafts.map((draft, index) => {
    const body = {
      seq: firstSeq + index,
      at: draft.at,
      event: draft.event,
      entityType: draft.entityType,
      entityId: draft.entityId,
      actor: draft.actor ?? 'Marie Dvořáková',
      detail: draft.detail ?? {},
      prevHash,
    };
    const hash = bytesToHex(sha256(utf8ToBytes(JSON.stringify(body))));
    prevHash = hash;
    return { ...body, hash };
  });
}
