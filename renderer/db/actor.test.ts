import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actorOf, actorOrUnknown, UNKNOWN_ACTOR } from './actor';
import type { UradovnaDatabase } from './schema';
import { putSetting } from './settings';
import { refusal } from './testing/commandTest';
import { configureOffice, openTestDatabase, testUser } from './testing/fixtures';

let db: UradovnaDatabase;

beforeEach(() => {
  db = openTestDatabase();
});

afterEach(async () => {
  await db.delete();
});

describe('actorOf (a new record must name who made it)', () => {
  it('returns the configured user', async () => {
    await configureOffice(db);
    await expect(actorOf(db)).resolves.toBe(testUser);
  });

  it('refuses when no user is configured', async () => {
    const error = await refusal(actorOf(db));
    expect(error.code).toBe('errors.notConfigured');
  });

  it('refuses an empty user name', async () => {
    await putSetting(db, 'currentUser', '');
    const error = await refusal(actorOf(db));
    expect(error.code).toBe('errors.notConfigured');
  });
});

describe('actorOrUnknown (an action on an existing record is never lost)', () => {
  it('returns the configured user', async () => {
    await configureOffice(db);
    await expect(actorOrUnknown(db)).resolves.toBe(testUser);
  });

  it('falls back to the unknown user when none is configured', async () => {
    await expect(actorOrUnknown(db)).resolves.toBe(UNKNOWN_ACTOR);
    expect(UNKNOWN_ACTOR).toBe('neznámý uživatel');
  });
});
