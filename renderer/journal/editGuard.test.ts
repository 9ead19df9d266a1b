import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentStates } from '../../common/domain/document';
import { incomingInput } from '../../common/domain/testing/sampleDocuments';
import { registerDocument } from '../db/commands/registerDocument';
import { updateDocument } from '../db/commands/updateDocument';
import { CommandError } from '../db/errors';
import type { UradovnaDatabase } from '../db/schema';
import { configureOffice, openTestDatabase } from '../db/testing/fixtures';
import { editRefusal } from './editGuard';

let db: UradovnaDatabase;
beforeEach(async () => {
  db = openTestDatabase();
  await configureOffice(db);
});
afterEach(async () => {
  await db.delete();
});

describe('editRefusal', () => {
  it('allows registered, in-progress and settled documents only', () => {
    const allowed = documentStates.filter((state) => editRefusal({ state }) === null);
    expect(allowed).toEqual(['registered', 'inProgress', 'settled']);
    expect(editRefusal({ state: 'cancelled' })).toEqual({ key: 'errors.document.notEditable' });
  });

  // The button says what the command would say: the two rules must never drift apart.
  it.each(documentStates)('agrees with updateDocument for a %s document', async (state) => {
    const { pid } = await registerDocument(db, incomingInput());
    await db.documents.update(pid, { state });
    const outcome = await updateDocument(db, pid, { subject: 'Oprava věci' }).then(
      () => null,
      (error: unknown) => (error instanceof CommandError ? error.code : String(error)),
    );
    expect(outcome).toBe(editRefusal({ state })?.key ?? null);
  });
});
