import { planGroupId, type ParsedPlan } from '../../../common/domain/filePlan';
import { parsePlanXml } from '../../../common/nsesss/planXml';
import { storePlanVersion } from './filePlan/importFilePlan';
import type { DocumentRecord } from '../../../common/domain/document';
import type { DemoSeed } from '../../../common/contract/types';
import { CommandError, runCommand } from '../errors';
import type { UradovnaDatabase, SequenceRecord } from '../schema';
import { putSetting } from '../settings';
import { chainTxLog, txLogHead } from '../txlog/append';
import { journalFromSeed, type JournalSeed } from './seedJournal';
import { seedLogDrafts } from './seedLog';
import { editableOfRecord } from '../../sync/map/editable';
import { SYSTEM_CODE } from '../../sync/map/toEssl';
import { putSyncMeta } from '../../sync/syncMeta';

export interface ImportResult {
  documents: number;
  caseFiles: number;
}

export interface ImportOptions {
  /** Write nothing when the device already has an organisation (the demo's first start). */
  onlyIntoEmptyDatabase?: boolean;
}

/**
 * Builds journal rows, with their life cycle, from documents the eSSL already numbered
 * (the demo seed now; the sync pull later). Pure, so the import and the benchmark
 * share it.
 */
export function recordsFromSeed(
  seed: JournalSeed & Pick<DemoSeed, 'filePlanXml'>,
  plan: ParsedPlan = planOfSeed(seed),
): DocumentRecord[] {
  return journalFromSeed(seed, plan).documents;
}

/**
 * The seed's file plan, read the way any municipality's plan is imported: from its
 * nsesss-plan XML. A seed whose plan does not parse is refused as a whole.
 */
export function planOfSeed(seed: Pick<DemoSeed, 'filePlanXml'>): ParsedPlan {
  const parsed = parsePlanXml(seed.filePlanXml);
  if (!parsed.ok)
    throw new CommandError('errors.seedInvalid', parsed.issues, 'Invalid seed file plan');
  return parsed.value;
}

/**
 * Imports an already numbered journal (the demo municipality) in one transaction:
 * organisation, file plan, documents and case files with their life cycle, sequence
 * states, and the transaction-log entries the commands would have written over that
 * history. Nothing goes to the outbox: the server handed these over.
 */
export async function importSeed(
  db: UradovnaDatabase,
  seed: DemoSeed,
  now = new Date(),
  options: ImportOptions = {},
): Promise<ImportResult> {
  const plan = planOfSeed(seed);
  const journal = journalFromSeed(seed, plan);
  const records = journal.documents;
  const pidByOrder = new Map<number, string>();
  for (const record of records) {
    // A reference number once given is never given to another document.
    const holder = pidByOrder.get(record.journalOrder);
    if (holder !== undefined && holder !== record.pid) {
      throw new CommandError(
        'errors.seedInvalid',
        [],
        `Duplicate number ${record.referenceNumber}`,
      );
    }
    pidByOrder.set(record.journalOrder, record.pid);
  }
  const drafts = seedLogDrafts(journal, seed.currentUser);
  return runCommand(() =>
    db.transaction(
      'rw',
      [
        db.documents,
        db.sequences,
        db.caseFiles,
        db.caseFileSequences,
        db.txlog,
        db.settings,
        db.planGroups,
        db.filePlanVersions,
        db.syncMeta,
      ],
      async () => {
        // Decided inside the transaction: two starts racing (two windows, StrictMode's
        // double effect) both fetch the seed, but only the first writes it.
        if (options.onlyIntoEmptyDatabase && (await db.settings.get('organization'))) {
          return { documents: 0, caseFiles: 0 };
        }
        await refuseTakenNumbers(db, pidByOrder);
        await putSetting(db, 'organization', seed.organization);
        await putSetting(db, 'currentUser', seed.currentUser);
        await putSetting(db, 'handlers', seed.handlers);
        await putSetting(db, 'demoSeededAt', now.toISOString());
        const known = await db.filePlanVersions
          .filter(
            (version) =>
              version.identifier === plan.version.identifier &&
              version.validFrom === plan.version.validFrom,
          )
          .first();
        const planId = known?.id ?? (await storePlanVersion(db, plan, now)).planId;
        for (const file of journal.caseFiles) file.planGroupId = planGroupId(planId, file.fileMark);
        const head = await txLogHead(db);
        // Issued together and awaited once: IndexedDB writes the documents while this
        // thread hashes the log, instead of the hashing (318,000 entries for the demo's
        // 100,000 documents) and the case files waiting for the documents' writes.
        // The eSSL handed these over: their numbers are its own, they are in sync.
        const writes: Promise<unknown>[] = [
          db.documents.bulkPut(records.map(inEssl)),
          db.caseFiles.bulkPut(
            journal.caseFiles.map((file) => ({
              ...file,
              numberStatus: 'confirmed' as const,
              essl: {
                id: { value: file.id, source: SYSTEM_CODE },
                changedAt: null,
                base: {},
                keptHere: false,
              },
            })),
          ),
          putSyncMeta(db, 'numberSource', 'essl'),
          raiseSequences(db.sequences, lastByYear(records)),
          raiseSequences(db.caseFileSequences, lastByYear(journal.caseFiles)),
        ];
        if (seed.esslCursor)
          writes.push(putSyncMeta(db, 'cursor', { since: seed.esslCursor, seen: [] }));
        writes.push(db.txlog.bulkAdd(chainTxLog(head, drafts, now)));
        await Promise.all(writes);
        return { documents: records.length, caseFiles: journal.caseFiles.length };
      },
    ),
  );
}

function inEssl(record: DocumentRecord): DocumentRecord {
  return {
    ...record,
    numberStatus: 'confirmed',
    essl: {
      id: { value: record.pid, source: SYSTEM_CODE },
      changedAt: null,
      base: { ...editableOfRecord(record) },
      keptHere: false,
    },
  };
}

function lastByYear(rows: ReadonlyArray<{ year: number; sequence: number }>): Map<number, number> {
  const last = new Map<number, number>();
  for (const row of rows) last.set(row.year, Math.max(last.get(row.year) ?? 0, row.sequence));
  return last;
}

/** Sets each year to at least its highest imported number; a sequence never moves back. */
async function raiseSequences(
  table: UradovnaDatabase['sequences'],
  last: Map<number, number>,
): Promise<void> {
  for (const [year, sequence] of last) {
    const current: SequenceRecord | undefined = await table.get(year);
    await table.put({ year, last: Math.max(current?.last ?? 0, sequence) });
  }
}

/** Refuses a seed that would give a number already held here by another document. */
async function refuseTakenNumbers(
  db: UradovnaDatabase,
  pidByOrder: Map<number, string>,
): Promise<void> {
  // A fresh database (the demo's first start) holds nothing to collide with.
  if ((await db.documents.count()) === 0) return;
  const holders = await db.documents
    .where('journalOrder')
    .anyOf([...pidByOrder.keys()])
    .toArray();
  const taken = holders.find((row) => pidByOrder.get(row.journalOrder) !== row.pid);
  if (taken) {
    throw new CommandError('errors.seedInvalid', [], `Number ${taken.referenceNumber} is taken`);
  }
}
