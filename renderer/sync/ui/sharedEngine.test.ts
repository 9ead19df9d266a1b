import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UradovnaDatabase } from '../../db/schema';
import { openTestDatabase } from '../../db/testing/fixtures';
import type { EsslPort } from '../esslPort';
import { sharedEngine } from './sharedEngine';

// The engine is only constructed here, never run: the port is never called.
const port = {} as EsslPort;
let db: UradovnaDatabase;

beforeEach(() => {
  vi.useFakeTimers();
  db = openTestDatabase();
});
afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

describe('sharedEngine', () => {
  it('gives one engine per database and port', () => {
    const first = sharedEngine(db, port);
    expect(sharedEngine(db, port)).toBe(first);
    const other = openTestDatabase();
    expect(sharedEngine(other, port).engine).not.toBe(first.engine);
    const replaced = sharedEngine(db, {} as EsslPort);
    expect(replaced.engine).not.toBe(first.engine);
  });

  it('keeps the engine running through an unmount followed at once by a mount', () => {
    const shared = sharedEngine(db, port);
    const stop = vi.spyOn(shared.engine, 'stop');
    const mounted = shared.acquire();
    expect(mounted.fresh).toBe(true);
    mounted.release();
    const again = shared.acquire();
    expect(again.fresh).toBe(false);
    vi.runAllTimers();
    expect(stop).not.toHaveBeenCalled();
    again.release();
    vi.runAllTimers();
    expect(stop).toHaveBeenCalledTimes(1);
    expect(shared.acquire().fresh).toBe(true);
  });

  it('passes the engine’s reports to whoever listens now', async () => {
    const unconfigured = {
      'essl.account': async () => ({
        url: null,
        user: null,
        systemCode: 'URADOVNA',
        passwordStored: false,
        demo: false,
      }),
    } as unknown as EsslPort;
    const shared = sharedEngine(db, unconfigured);
    const onStatus = vi.fn();
    shared.listeners.onStatus = onStatus;
    await shared.engine.syncNow('start');
    expect(onStatus).toHaveBeenLastCalledWith(expect.objectContaining({ phase: 'notConfigured' }));
  });
});
