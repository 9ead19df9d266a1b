import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** Event names of the NSESSS transaction log (transakční protokol). */
export const txEvents = ['Zalozeni', 'Uprava', 'Zobrazeni', 'Export', 'Storno'] as const;
export type TxEvent = (typeof txEvents)[number];

export type TxEntityType = 'document' | 'component' | 'journal' | 'settings' | 'filePlan';

export type TxDetail = Record<string, string | number | boolean | null>;

/**
 * One entry of the append-only transaction log. `hash` covers every other field and
 * the previous entry's hash, so removing, reordering or editing any entry breaks the
 * chain from that point on.
 */
export interface TxLogEntry {
  seq: number;
  at: string;
  event: TxEvent;
  entityType: TxEntityType;
  entityId: string;
  actor: string;
  detail: TxDetail;
  prevHash: string;
  hash: string;
}

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
