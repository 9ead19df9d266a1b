import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { initialSyncStatus, type SyncStatus } from '../syncStatus';
import {
  lastErrorText,
  lastSuccessText,
  outboxText,
  phaseText,
  syncStatusParts,
} from './statusText';
import { noCounts } from './syncCounts';
import { syncTestT } from './testI18n';

let t: TFunction;
beforeAll(async () => {
  t = await syncTestT('cs');
});

const status = (patch: Partial<SyncStatus>): SyncStatus => ({ ...initialSyncStatus, ...patch });
// 14:05 office time (CET) on 2 March 2026.
const lastRun = '2026-03-02T13:05:00.000Z';

describe('sync status texts', () => {
  it('says the phase in words, and while syncing the step with its progress', () => {
    expect(phaseText(t, status({ phase: 'offline' }))).toBe('eSSL nedostupná — pracujete offline');
    expect(phaseText(t, status({ phase: 'syncing', step: 'push', done: 3, total: 10 }))).toBe(
      'Synchronizuji s eSSL… odesílání 3/10',
    );
    expect(phaseText(t, status({ phase: 'syncing', step: 'numbers', done: 0, total: 0 }))).toBe(
      'Synchronizuji s eSSL… rezervace čísel',
    );
  });

  it('gives the time of the last success, with the date when it was not today', () => {
    expect(lastSuccessText(t, lastRun, new Date('2026-03-02T20:00:00Z'))).toBe(
      'naposledy synchronizováno 14:05',
    );
    expect(lastSuccessText(t, lastRun, new Date('2026-03-04T08:00:00Z'))).toBe(
      'naposledy synchronizováno 2. 3. 2026 v 14:05',
    );
  });

  it('says "all sent" only when nothing waits, is refused or held', () => {
    expect(outboxText(t, noCounts)).toBe('Vše odesláno');
    expect(outboxText(t, { ...noCounts, pending: 2 })).toBe('2 změny čekají na odeslání');
    expect(outboxText(t, { ...noCounts, failed: 1 })).toBeNull();
    expect(outboxText(t, { ...noCounts, held: 1, conflicts: 1 })).toBeNull();
  });

  it('lists waiting, refused and conflicting work as words, not as colour', () => {
    const parts = syncStatusParts(
      t,
      status({ phase: 'idle', lastSuccessAt: lastRun }),
      { pending: 5, failed: 2, held: 1, conflicts: 1 },
      new Date('2026-03-02T15:00:00Z'),
    );
    expect(parts).toEqual([
      { key: 'phase', text: 'eSSL v pořádku' },
      { key: 'outbox', text: '5 změn čeká na odeslání' },
      { key: 'failed', text: '2 změny selhaly' },
      { key: 'conflicts', text: '1 konflikt' },
      { key: 'lastSuccess', text: 'naposledy synchronizováno 14:05' },
    ]);
  });

  it('shows the eSSL’s own words for a refusal, the catalog’s for a lost line', () => {
    expect(lastErrorText(t, { code: 'errors.essl.status', message: 'Spis je uzavřen.' })).toBe(
      'Spis je uzavřen.',
    );
    expect(lastErrorText(t, { code: 'errors.essl.transport', message: 'Failed to fetch' })).toMatch(
      /^Spojení s eSSL se nezdařilo/,
    );
    expect(lastErrorText(t, { code: 'something.odd', message: 'TypeError: x' })).toBe(
      t('errors.unexpected'),
    );
  });
});
