import { buildDocumentRecord } from '../../../common/domain/documentRecord';
import { journalOrder, formatReferenceNumber } from '../../../common/domain/referenceNumber';
import { findClassifiable, type ParsedPlan } from '../../../common/domain/filePlan';
import { parsePlanXml } from '../../../common/nsesss/planXml';
import { storePlanVersion } from './filePlan/importFilePlan';
import { newDocumentSchema, type DocumentRecord } from '../../../common/domain/document';
import type { DemoSeed } from '../../../common/contract/types';
import { issuesFromZod } from '../../../common/domain/validation';
import { CommandError, runCommand } from '../errors';
import type { UradovnaDatabase } from '../schema';
import { putSetting } from '../settings';
import { appendTxLog, type TxLogDraft } from '../txlog/append';

export interface ImportResult {
  documents: number;
}

export interface ImportOptions {
  /** Write nothing when the device already has an organisation (the demo's first start). */
  onlyIntoEmptyDatabase?: boolean;
}

/**
 * Builds journal rows from documents the eSSL already numbered (the demo seed now;
 * the sync pull later). Pure, so the import and the benchmark share it.
 */
export function recordsFromSeed(
  seed: Pick<DemoSeed, 'organization' | 'filePlanXml' | 'documents'>,
  plan: ParsedPlan = planOfSeed(seed),
): DocumentRecord[] {
  return seed.documents.map((seedDoc, index) => {
    // A seed comes over the network: a bad one is refused as a whole, with a reason.
    const parsed = newDocumentSchema.safeParse(seedDoc);
    if (!parsed.success) {
      const issues = issuesFromZod(parsed.error).map((issue) => ({
        ...issue,
        path: `documents.${index}.${issue.path}`,
      }));
      throw new CommandError('errors.seedInvalid', issues, `Invalid seed document ${index}`);
    }
    const doc = parsed.data;
    // A seed document keeps the rule it was classified with, whichever version that was.
    const group = findClassifiable(plan.groups, doc.fileMark);
    if (!group?.retention)
      throw new CommandError('errors.seedInvalid', [], `Unknown file mark ${doc.fileMark}`);
    return buildDocumentRecord(
      doc,
      {
        pid: seedDoc.pid,
        year: seedDoc.year,
        sequence: seedDoc.sequence,
        journalOrder: journalOrder(seedDoc.year, seedDoc.sequence),
        referenceNumber: formatReferenceNumber(seed.organization.referenceMask, {
          abbreviation: seed.organization.abbreviation,
          sequence: seedDoc.sequence,
          year: seedDoc.year,
        }),
      },
      {
        registeredAt: seedDoc.registeredAt,
        retention: group.retention,
        createdBy: seedDoc.createdBy,
        state: seedDoc.state,
      },
    );
  });
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
 * organisation, file plan, documents, sequence state and one `Zalozeni` log entry per
 * document. Nothing goes to the outbox: the server handed these over.
 */
export async function importSeed(
  db: UradovnaDatabase,
  seed: DemoSeed,
  now = new Date(),
  options: ImportOptions = {},
): Promise<ImportResult> {
  const plan = planOfSeed(seed);
  const records = recordsFromSeed(seed, plan);
  const lastByYear = new Map<number, number>();
  const pidByOrder = new Map<number, string>();
  for (const record of records) {
    lastByYear.set(record.year, Math.max(lastByYear.get(record.year) ?? 0, record.sequence));
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
  return runCommand(() =>
    db.transaction(
      'rw',
      [db.documents, db.sequences, db.txlog, db.settings, db.planGroups, db.filePlanVersions],
      async () => {
        // Decided inside the transaction: two starts racing (two windows, StrictMode's
        // double effect) both fetch the seed, but only the first writes it.
        if (options.onlyIntoEmptyDatabase && (await db.settings.get('organization'))) {
          return { documents: 0 };
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
          .count();
        if (known === 0) await storePlanVersion(db, plan, now);
        await db.documents.bulkPut(records);
        for (const [year, last] of lastByYear) {
          const current = await db.sequences.get(year);
          await db.sequences.put({ year, last: Math.max(current?.last ?? 0, last) });
        }
        const drafts: TxLogDraft[] = records.map((record) => ({
          event: 'Zalozeni',
          entityType: 'document',
          entityId: record.pid,
          actor: record.createdBy,
          at: record.registeredAt,
          detail: {
            referenceNumber: record.referenceNumber,
            direction: record.direction,
            source: 'seed',
          },
        }));
        await appendTxLog(db, drafts, now);
        return { documents: records.length };
      },
    ),
  );
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
