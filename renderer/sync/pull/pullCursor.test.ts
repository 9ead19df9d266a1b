import { describe, expect, it } from 'vitest';
import type { AssignedEntry } from '../../../common/erms/model';
import { advanceCursor, unseen } from './pullChanges';

const row = (value: string, changedAt: string): AssignedEntry => ({
  kind: 'document',
  id: { value, source: 'ESSL' },
  title: value,
  reference: null,
  createdAt: changedAt,
  fileMark: '1',
  changedAt,
});

const t1 = '2026-05-01T10:00:00.001Z';
const t2 = '2026-05-01T10:00:00.002Z';
const t3 = '2026-05-01T10:00:00.003Z';

describe('the pull cursor', () => {
  it('moves to the newest time of the page and remembers the rows at that time', () => {
    expect(
      advanceCursor({ since: null, seen: [] }, [row('A', t1), row('B', t2), row('C', t2)]),
    ).toEqual({
      since: t2,
      seen: ['ESSL/B', 'ESSL/C'],
    });
  });

  it('adds to the remembered rows while the time stays the same', () => {
    expect(advanceCursor({ since: t2, seen: ['ESSL/B'] }, [row('C', t2)])).toEqual({
      since: t2,
      seen: ['ESSL/B', 'ESSL/C'],
    });
  });

  it('drops only the rows applied at the cursor time, not ones that changed again', () => {
    const cursor = { since: t2, seen: ['ESSL/B', 'ESSL/C'] };
    // B changed again (now at t3) and must come; C is unchanged at t2 and is dropped.
    const page = [row('C', t2), row('D', t2), row('B', t3)];
    expect(unseen(cursor, page).map((entry) => entry.id.value)).toEqual(['D', 'B']);
  });

  it('never skips a row when an applied row moves out from under the cursor', () => {
    // Page 1 ended at t2 with X; X then changes (t3). The next list from t2 starts with Y.
    const cursor = advanceCursor({ since: null, seen: [] }, [row('W', t1), row('X', t2)]);
    const next = [row('Y', t2), row('X', t3)];
    expect(unseen(cursor, next).map((entry) => entry.id.value)).toEqual(['Y', 'X']);
  });

  it('keeps the cursor for a page without change times', () => {
    const cursor = { since: t1, seen: [] };
    expect(advanceCursor(cursor, [{ ...row('A', t1), changedAt: null }])).toBe(cursor);
  });
});
