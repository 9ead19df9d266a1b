import { runCommand } from '../../errors';
import type { UradovnaDatabase } from '../../schema';
import { actorOf, requireCaseFile, requireDocument, requiredReason } from '../lifecycleSupport';
import { placeInCaseFile, takeOutOfCaseFile } from './membership';

const tables = (db: UradovnaDatabase) => [
  db.documents,
  db.caseFiles,
  db.settings,
  db.outbox,
  db.txlog,
];

/** Puts a registered document into an open case file (vložení do spisu). */
export async function insertIntoCaseFile(
  db: UradovnaDatabase,
  input: { pid: string; caseFileId: string },
  now = new Date(),
): Promise<{ order: number }> {
  return runCommand(() =>
    db.transaction('rw', tables(db), async () => {
      const actor = await actorOf(db);
      const caseFile = await requireCaseFile(db, input.caseFileId);
      const doc = await requireDocument(db, input.pid);
      return { order: await placeInCaseFile(db, caseFile, doc, actor, now) };
    }),
  );
}

/** Takes a document out of its case file (vyjmutí ze spisu); the reason is required. */
export async function removeFromCaseFile(
  db: UradovnaDatabase,
  input: { pid: string; reason: string },
  now = new Date(),
): Promise<void> {
  const reason = requiredReason(input.reason);
  await runCommand(() =>
    db.transaction('rw', tables(db), async () => {
      const actor = await actorOf(db);
      const doc = await requireDocument(db, input.pid);
      if (doc.caseFileId === null) return;
      const caseFile = await requireCaseFile(db, doc.caseFileId);
      await takeOutOfCaseFile(db, caseFile, doc, reason, actor, now);
    }),
  );
}

/** Moves a document from its case file into another open one, in one step. */
export async function moveToCaseFile(
  db: UradovnaDatabase,
  input: { pid: string; caseFileId: string; reason: string },
  now = new Date(),
): Promise<{ order: number }> {
  const reason = requiredReason(input.reason);
  return runCommand(() =>
    db.transaction('rw', tables(db), async () => {
      const actor = await actorOf(db);
      const doc = await requireDocument(db, input.pid);
      const target = await requireCaseFile(db, input.caseFileId);
      if (doc.caseFileId !== null) {
        if (doc.caseFileId === target.id) return { order: doc.caseFileOrder ?? 0 };
        const source = await requireCaseFile(db, doc.caseFileId);
        await takeOutOfCaseFile(db, source, doc, reason, actor, now);
      }
      return {
        order: await placeInCaseFile(db, target, doc, actor, now, { movedBecause: reason }),
      };
    }),
  );
}
