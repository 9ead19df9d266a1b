import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

import type { TxLogEntry } from '../../../common/domain/transactionLog';

export {
  txEvents,
  type TxDetail,
  type TxEntityType,
  type TxEvent,
  type TxLogEntry,
} from '../../../common/domain/transactionLog';

export const GENESIS_HASH = '0'.repeat(64);

function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`).join(',')}}`;
}

/**
 * SHA-256 over the canonical form. Synchronous on purpose (@noble/hashes): awaiting
 * crypto.subtle inside a Dexie transaction would let IndexedDB commit it early.
 */
export function hashEntry(entry: Omit<TxLogEntry, 'hash'>): string {
  return bytesToHex(sha256(utf8ToBytes(canonical(entry))));
}
