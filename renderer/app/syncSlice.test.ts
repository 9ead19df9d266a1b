import { describe, expect, it } from 'vitest';
import { initialSyncStatus, type SyncStatus } from '../sync/syncStatus';
import { lastSuccessLoaded, syncSlice, syncStatusChanged } from './syncSlice';

const reduce = syncSlice.reducer;

describe('syncSlice', () => {
  it('holds what the engine reported', () => {
    const status: SyncStatus = {
      ...initialSyncStatus,
      phase: 'syncing',
      step: 'push',
      done: 3,
      total: 10,
    };
    expect(reduce(initialSyncStatus, syncStatusChanged(status))).toEqual(status);
  });

  it('shows an earlier session’s last success until this session has one of its own', () => {
    const loaded = reduce(initialSyncStatus, lastSuccessLoaded('2026-03-02T10:00:00.000Z'));
    const running = reduce(loaded, syncStatusChanged({ ...initialSyncStatus, phase: 'syncing' }));
    expect(running.lastSuccessAt).toBe('2026-03-02T10:00:00.000Z');
    const done = reduce(
      running,
      syncStatusChanged({
        ...initialSyncStatus,
        phase: 'idle',
        lastSuccessAt: '2026-03-02T11:00:00.000Z',
      }),
    );
    expect(done.lastSuccessAt).toBe('2026-03-02T11:00:00.000Z');
    expect(reduce(done, lastSuccessLoaded('2026-03-01T08:00:00.000Z')).lastSuccessAt).toBe(
      '2026-03-02T11:00:00.000Z',
    );
  });
});
