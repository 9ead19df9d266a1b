import type { Refusal } from '../../../common/domain/caseFileGuards';
import type { TransitionResult } from '../../../common/domain/lifecycle';
import type { CaseFileRecord } from '../../../common/domain/caseFile';
import type { DocumentRecord } from '../../../common/domain/document';
import { CommandError } from '../errors';
import type { UradovnaDatabase } from '../schema';

/** Who is acting lives in db/actor.ts; re-exported for the commands that import it from here. */
export { actorOf } from '../actor';

export const REASON_MAX = 500;

export function refuse(refusal: Refusal | null): void {
  if (refusal) throw new CommandError(refusal.key, [], refusal.key, refusal.params ?? {});
}

export function allowed(result: TransitionResult): Extract<TransitionResult, { ok: true }> {
  if (!result.ok) {
    throw new CommandError(
      'errors.lifecycle.forbidden',
      [],
      `${result.transition} from ${result.from}`,
      {
        state: result.from,
      },
    );
  }
  return result;
}

/** A reason the law asks for (taking out of a file, reopening): required, bounded. */
export function requiredReason(reason: string, path = 'reason'): string {
  const trimmed = reason.trim();
  if (!trimmed) {
    throw new CommandError('errors.validation', [{ path, message: 'validation.reason.required' }]);
  }
  if (trimmed.length > REASON_MAX) {
    throw new CommandError('errors.validation', [
      { path, message: 'validation.tooLong', params: { max: REASON_MAX } },
    ]);
  }
  return trimmed;
}

export async function requireDocument(db: UradovnaDatabase, pid: string): Promise<DocumentRecord> {
  const doc = await db.documents.get(pid);
  if (!doc) throw new CommandError('errors.documentNotFound');
  return doc;
}

export async function requireCaseFile(db: UradovnaDatabase, id: string): Promise<CaseFileRecord> {
  const caseFile = await db.caseFiles.get(id);
  if (!caseFile) throw new CommandError('errors.caseFile.notFound');
  return caseFile;
}

/** The documents of a case file in their order in it (the inventory, soupis). */
export async function documentsOf(
  db: UradovnaDatabase,
  caseFileId: string,
): Promise<DocumentRecord[]> {
  const docs = await db.documents.where('caseFileId').equals(caseFileId).toArray();
  return docs.sort((a, b) => (a.caseFileOrder ?? 0) - (b.caseFileOrder ?? 0));
}
