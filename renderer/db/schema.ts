import type { LetterBlob, LetterRecord } from '../../common/domain/letter';
import type { ConversionBlob, ConversionRecord } from '../../common/domain/conversion';
import Dexie, { type EntityTable } from 'dexie';
import type { DocumentRecord } from '../../common/domain/document';
import type { CaseFileRecord } from '../../common/domain/caseFile';
import type { DisposalProposal } from '../../common/domain/disposal';
import {
  DEFAULT_TRIGGER_EVENT,
  planGroupId,
  type FilePlanGroup,
  type FilePlanVersion,
} from '../../common/domain/filePlan';
import type { TxLogEntry } from './txlog/entry';
import type { DataMessageBlob, DataMessageRecord } from '../../common/domain/databox';
import type { ConflictRecord, ReservedNumberRecord, SyncLogEntry } from '../../common/domain/sync';

/**
 * `signedOriginal`: the signed original the document arrived as (a data message's ZFO),
 * kept byte for byte. `signedLetter`: our letter as the mayor signed it (PAdES), kept
 * byte for byte. `conversionOutput`: the signed PDF/A of a paper → electronic
 * conversion with its clause; `conversionPrint`: what an electronic → paper conversion
 * printed (pages + clause), kept as evidence; `formatChanged`: a component's PDF/A made
 * by a format change. Absent on ordinary files.
 */
export type ComponentRole =
  'signedOriginal' | 'signedLetter' | 'conversionOutput' | 'conversionPrint' | 'formatChanged';

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
  /** What the file is beyond an ordinary attachment (see ComponentRole). */
  role?: ComponentRole;
  /**
   * `formatChanged`: the component this one was made from by a format change (§ 69a);
   * the original stays on the document.
   */
  derivedFrom?: string;
  /** The conversion whose output this is (`conversionOutput`, `conversionPrint`). */
  conversionId?: string;
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
  /**
   * `pending` goes out on the next push; `failed` waits for the user (retry, edit,
   * discard) after the eSSL refused it; `held` waits for a conflict to be resolved.
   * Absent on entries older than sync (= pending).
   */
  state?: 'pending' | 'failed' | 'held';
  /** The eSSL's refusal, for the failure list. */
  failure?: OutboxFailure | null;
}

export interface OutboxFailure {
  /** i18n key of the error (`errors.essl.status`, …). */
  code: string;
  message: string;
  /** OperaceStatus Kod, when the eSSL gave one. */
  statusCode: string | null;
  at: string;
}

/** Small values of the sync engine (cursor, last success, whether the eSSL reserves numbers). */
export interface SyncMetaRecord {
  key: string;
  value: unknown;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'uradovna';

/** The journal's indexes of documents, as version 1 declared them; later versions add to them. */
const journalIndexes = [
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
] as const;

/** Version 2: case files, the versioned file plan and the records office. */
const version2Stores = {
  documents: [
    ...journalIndexes,
    'caseFileId',
    // Stand-alone documents in the records office by the year they fall due; rows
    // without a disposal year (null) stay out of the index.
    '[state+disposalYear]',
  ].join(', '),
  components: 'id, pid',
  sequences: 'year',
  caseFileSequences: 'year',
  outbox: '++seq, &id, kind, entityId',
  settings: 'key',
  txlog: 'seq, entityId, at',
  filePlan: null,
  filePlanVersions: 'id, validFrom',
  planGroups: 'id, fileMark, planId, parentMark',
  caseFiles: 'id, state, fileMark, handler, year, initiatorPid, [state+disposalYear], *words',
  disposalProposals: 'id, year',
} as const;

/** Version 3 adds sync (reserved numbers, cursor and log, conflicts). */
const version3Stores = {
  ...version2Stores,
  reservedNumbers: 'id, [register+year+state]',
  syncMeta: 'key',
  syncLog: '++seq, at, kind',
  conflicts: 'id, entityId, state',
} as const;

/** Version 4 adds the data messages. */
const version4Stores = {
  ...version3Stores,
  isdsMessages:
    'id, dmID, [boxKey+direction+createdAt], [direction+createdAt], documentPid, state, *words',
  isdsBlobs: 'id, messageId',
} as const;

/** Version 5 adds outgoing letters. */
const version5Stores = {
  ...version4Stores,
  letters: 'id, pid, state, queuedAt',
  letterBlobs: 'id, letterId',
} as const;

/**
 * Schema history. Rules: never edit a released version; add a new version with the
 * full store list and an upgrader that rewrites old rows into the new shape.
 * `schema.test.ts` opens a v1 database with this code.
 */
export const schemaVersions = {
  1: {
    documents: journalIndexes.join(', '),
    components: 'id, pid',
    sequences: 'year',
    outbox: '++seq, &id, kind, entityId',
    settings: 'key',
    txlog: 'seq, entityId, at',
    filePlan: 'fileMark, parentMark',
  },
  2: version2Stores,
  3: version3Stores,
  4: version4Stores,
  5: version5Stores,
  6: {
    ...version5Stores,
    conversions: 'id, pid, state, direction, number, createdAt',
    conversionBlobs: 'id, conversionId',
  },
} as const;

/** The plan a version-1 database held, kept as the first version of the plan. */
export const LEGACY_PLAN_ID = 'plan-v1';

export class UradovnaDatabase extends Dexie {
  documents!: EntityTable<DocumentRecord, 'pid'>;
  components!: EntityTable<ComponentRecord, 'id'>;
  sequences!: EntityTable<SequenceRecord, 'year'>;
  outbox!: EntityTable<OutboxEntry, 'seq'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  txlog!: EntityTable<TxLogEntry, 'seq'>;
  caseFileSequences!: EntityTable<SequenceRecord, 'year'>;
  filePlanVersions!: EntityTable<FilePlanVersion, 'id'>;
  planGroups!: EntityTable<FilePlanGroup, 'id'>;
  caseFiles!: EntityTable<CaseFileRecord, 'id'>;
  disposalProposals!: EntityTable<DisposalProposal, 'id'>;
  reservedNumbers!: EntityTable<ReservedNumberRecord, 'id'>;
  syncMeta!: EntityTable<SyncMetaRecord, 'key'>;
  syncLog!: EntityTable<SyncLogEntry, 'seq'>;
  conflicts!: EntityTable<ConflictRecord, 'id'>;
  isdsMessages!: EntityTable<DataMessageRecord, 'id'>;
  isdsBlobs!: EntityTable<DataMessageBlob, 'id'>;
  letters!: EntityTable<LetterRecord, 'id'>;
  letterBlobs!: EntityTable<LetterBlob, 'id'>;
  conversions!: EntityTable<ConversionRecord, 'id'>;
  conversionBlobs!: EntityTable<ConversionBlob, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores(schemaVersions[1]);
    this.version(2)
      .stores(schemaVersions[2])
      .upgrade(async (tx) => {
        // Version 1 knew a plan without versions, trigger events or case-file modes.
        type V1Group = {
          fileMark: string;
          title: string;
          parentMark: string | null;
          retention: { mark: 'A' | 'S' | 'V'; period: number } | null;
        };
        const v1Groups = (await tx.table('filePlan').toArray()) as V1Group[];
        const validFrom = '2000-01-01';
        if (v1Groups.length > 0) {
          const version: FilePlanVersion = {
            id: LEGACY_PLAN_ID,
            identifier: LEGACY_PLAN_ID,
            identifierSource: 'Úřadovna',
            title: 'Spisový plán',
            comment: null,
            issuer: '',
            validFrom,
            validTo: null,
            importedAt: new Date().toISOString(),
            legacy: v1Groups.some((group) => group.retention?.mark === 'V'),
            issuerDetails: null,
          };
          await tx.table('filePlanVersions').add(version);
          await tx.table('planGroups').bulkAdd(
            v1Groups.map((group): FilePlanGroup => ({
              id: planGroupId(LEGACY_PLAN_ID, group.fileMark),
              planId: LEGACY_PLAN_ID,
              simpleMark: group.fileMark.split('.').at(-1) ?? group.fileMark,
              fileMark: group.fileMark,
              title: group.title,
              parentMark: group.parentMark,
              validFrom,
              validTo: null,
              retention: group.retention && {
                ...group.retention,
                triggerEvent: DEFAULT_TRIGGER_EVENT,
              },
              caseFileMode: group.retention ? 'linking' : null,
            })),
          );
        }
        await tx
          .table('documents')
          .toCollection()
          .modify((doc: Record<string, unknown>) => {
            const retention = doc.retention as Record<string, unknown>;
            doc.retention = {
              ...retention,
              triggerEvent: retention.triggerEvent ?? DEFAULT_TRIGGER_EVENT,
            };
            doc.caseFileId = null;
            doc.caseFileOrder = null;
            doc.settlement = null;
            doc.settles = [];
            doc.triggerYear = null;
            doc.disposalYear = null;
            doc.custody = null;
          });
      });
    // Version 3 only adds the sync engine's tables; rows without sync fields read as
    // `local` numbers and pending outbox entries, so nothing needs rewriting.
    this.version(3).stores(schemaVersions[3]);
    // Version 4 adds the data boxes' messages and their signed originals; nothing to rewrite.
    this.version(4).stores(schemaVersions[4]);
    // Version 5 adds outgoing letters and their unsigned renderings; nothing to rewrite.
    this.version(5).stores(schemaVersions[5]);
    // Version 6 adds the conversion register and the conversions' working files.
    this.version(6).stores(schemaVersions[6]);
  }
}
