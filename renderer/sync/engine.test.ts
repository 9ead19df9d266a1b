import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UradovnaDatabase } from '../db/schema';
import { openTestDatabase } from '../db/testing/fixtures';
import { SyncEngine } from './engine';
import type { EsslPort } from './esslPort';

/** A port whose account names no eSSL: a municipality that numbers on its own. */
function portWithoutEssl() {
  const account = vi.fn(async () => ({ url: null, user: null }));
  return { port: { 'essl.account': account } as unknown as EsslPort, account };
}

describe('SyncEngine.ensureNumbers without an eSSL', () => {
  let db: UradovnaDatabase;

  beforeEach(() => {
    db = openTestDatabase();
  });

  afterEach(async () => {
    vi.useRealTimers();
    await db.delete();
  });

  it('returns when the run that found no eSSL ends, without waiting for a poll', async () => {
    const { port, account } = portWithoutEssl();
    const engine = new SyncEngine(db, port);
    // With the clock stopped, only the end of the run can let it return.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await engine.ensureNumbers();
    expect(account).toHaveBeenCalledTimes(1);
    expect(engine.getStatus().phase).toBe('notConfigured');
  });

  it('starts no further run once it knows there is no eSSL', async () => {
    const { port, account } = portWithoutEssl();
    const engine = new SyncEngine(db, port);
    await engine.ensureNumbers();
    await engine.ensureNumbers();
    await engine.ensureNumbers();
    expect(account).toHaveBeenCalledTimes(1);
    // A run asked for by the clerk still looks again (the settings may have changed).
    await engine.syncNow('user');
    expect(account).toHaveBeenCalledTimes(2);
  });
});
