import { CommandError } from './errors';
import type { UradovnaDatabase } from './schema';
import { getSetting } from './settings';

/*
 * Two rules for who is acting, on purpose:
 * - a command that makes a record (registration, a case file, a letter, an import…) must
 *   name who made it, so it refuses to run until the current user is set up;
 * - an action on a record that already exists (editing, cancelling, sending, resolving a
 *   conflict…) must never be lost because the setting is missing, so it goes on under
 *   UNKNOWN_ACTOR and the transaction log still shows that it happened.
 */

/** The name written for an action taken while no current user is configured. */
export const UNKNOWN_ACTOR = 'neznámý uživatel';

/** The configured user; refuses with `errors.notConfigured` when there is none (or it is empty). */
export async function actorOf(db: UradovnaDatabase): Promise<string> {
  const actor = await getSetting(db, 'currentUser');
  if (!actor) throw new CommandError('errors.notConfigured');
  return actor;
}

/** The configured user, or UNKNOWN_ACTOR when the setting is absent. */
export async function actorOrUnknown(db: UradovnaDatabase): Promise<string> {
  return (await getSetting(db, 'currentUser')) ?? UNKNOWN_ACTOR;
}
