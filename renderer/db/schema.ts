import Dexie, { type EntityTable } from 'dexie';
import type { DocumentRecord } from '../../common/domain/document';
import type { FilePlanGroup } from '../../common/domain/filePlan';
import type { TxLogEntry } from './txlog/entry';

/** A file of a document (komponenta). The bytes stay a Blob so big scans stay out of the JS heap. */
export interface ComponentRecord {
  id: string;
  pid: string;
  /** Safe name shown and used when saving. */
  name: string;
  /** The name as it arrived (may be hostile; never used as a path). */
  originalName: string;
  mime: string;
  size: number;
  sha256: string;
  addedAt: string;
  blob: Blob;
}

/** Journal sequence state of one evidence period. */
export interface SequenceRecord {
  year: number;
  last: number;
}

/** Work waiting for the server; removed only after the server acknowledged it. */
export interface OutboxEntry {
  seq?: number;
  /** Client-generated id; the server applies each id once. */
  id: string;
  kind: string;
  entityId: string;
  payload: unknown;
  createdAt: string;
  attempts: number;
  lastError: string | null;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'uradovna';

/**
 * Schema history. Rules: never edit a released version; add a new version with the
 * full store list and an upgrader that rewrites old rows into the new shape.
 * `schema.test.ts` opens a v1 database with this code.
 */
export const schemaVersions = {
  1: {
    documents: [
      'pid',
      'journalOrder',
      '[direction+journalOrder]',
      '[channel+journalOrder]',
      '[state+journalOrder]',
      '[handler+journalOrder]',
      '[fileMark+journalOrder]',
      '[documentDate+journalOrder]',
      '[counterpartySort+journalOrder]',
      '[subjectSort+journalOrder]',
      '*words',
    ].join(', '),
    components: 'id, pid',
    sequences: 'year',
    outbox: '++seq, &id, kind, entityId',
    settings: 'key',
    txlog: 'seq, entityId, at',
    filePlan: 'fileMark, parentMark',
  },
} as const;

export class UradovnaDatabase extends Dexie {
  documents!: EntityTable<DocumentRecord, 'pid'>;
  components!: EntityTable<ComponentRecord, 'id'>;
  sequences!: EntityTable<SequenceRecord, 'year'>;
  outbox!: EntityTable<OutboxEntry, 'seq'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  txlog!: EntityTable<TxLogEntry, 'seq'>;
  filePlan!: EntityTable<FilePlanGroup, 'fileMark'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores(schemaVersions[1]);
  }
}
