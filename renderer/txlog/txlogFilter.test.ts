import { describe, expect, it } from 'vitest';
import type { TxLogEntry } from '../db/txlog/entry';
import {
  entryMatcher,
  hasNarrowing,
  periodBounds,
  periodProblem,
  todayFilter,
  type TxLogFilter,
} from './txlogFilter';

const base: TxLogFilter = {
  from: '2026-03-02',
  to: '2026-03-02',
  event: null,
  entityType: null,
  text: '',
};

const entry = (patch: Partial<TxLogEntry>): TxLogEntry => ({
  seq: 1,
  at: '2026-03-02T08:00:00.000Z',
  event: 'Zalozeni',
  entityType: 'document',
  entityId: 'OUHLx1a2b3',
  actor: 'Marie Dvořáková',
  detail: { referenceNumber: 'OUHL 12/2026' },
  prevHash: '0'.repeat(64),
  hash: '1'.repeat(64),
  ...patch,
});

describe('the period', () => {
  it('is today in office time by default', () => {
    // 23:30 UTC on 1 March is already 2 March in Prague.
    expect(todayFilter(new Date('2026-03-01T23:30:00Z'))).toEqual(base);
  });

  it('says what is wrong with it', () => {
    expect(periodProblem('2026-03-02', '2026-03-05')).toBeNull();
    expect(periodProblem('', '2026-03-05')).toBe('txlog.filters.periodMissing');
    expect(periodProblem('2026-02-30', '2026-03-05')).toBe('txlog.filters.periodInvalid');
    expect(periodProblem('2026-03-06', '2026-03-05')).toBe('txlog.filters.periodReversed');
    expect(periodBounds('2026-03-06', '2026-03-05')).toBeNull();
  });

  it('covers whole office days, also across the change to summer time', () => {
    expect(periodBounds('2026-03-02', '2026-03-02')).toEqual({
      lower: '2026-03-01T23:00:00.000Z',
      upper: '2026-03-02T22:59:59.999Z',
    });
    // Summer time starts on 29 March 2026: the day has 23 hours.
    expect(periodBounds('2026-03-29', '2026-03-29')).toEqual({
      lower: '2026-03-28T23:00:00.000Z',
      upper: '2026-03-29T21:59:59.999Z',
    });
  });
});

describe('entryMatcher', () => {
  it('is null when nothing narrows, so the period is read straight from the index', () => {
    expect(entryMatcher(base)).toBeNull();
    expect(entryMatcher({ ...base, text: '   ' })).toBeNull();
    expect(hasNarrowing({ ...base, event: 'Export' })).toBe(true);
  });

  it('narrows by event and object type', () => {
    const byEvent = entryMatcher({ ...base, event: 'Export' })!;
    expect(byEvent(entry({ event: 'Export' }))).toBe(true);
    expect(byEvent(entry({}))).toBe(false);
    const byType = entryMatcher({ ...base, entityType: 'caseFile' })!;
    expect(byType(entry({ entityType: 'caseFile' }))).toBe(true);
    expect(byType(entry({}))).toBe(false);
  });

  it('finds text in the identifier, the actor and the reference number, without diacritics', () => {
    const matches = (text: string, patch: Partial<TxLogEntry> = {}) =>
      entryMatcher({ ...base, text })!(entry(patch));
    expect(matches('x1A2')).toBe(true);
    expect(matches('dvorak')).toBe(true);
    expect(matches('DVOŘÁK')).toBe(true);
    expect(matches('12/2026')).toBe(true);
    expect(matches('13/2026')).toBe(false);
    expect(matches('12/2026', { detail: {} })).toBe(false);
    expect(matches('nováková')).toBe(false);
  });

  it('combines all narrowing', () => {
    const match = entryMatcher({ ...base, event: 'Uprava', text: 'marie' })!;
    expect(match(entry({ event: 'Uprava' }))).toBe(true);
    expect(match(entry({ event: 'Uprava', actor: 'Jan' }))).toBe(false);
    expect(match(entry({}))).toBe(false);
  });
});
