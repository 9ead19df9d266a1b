import { describe, expect, it } from 'vitest';
import type { FilePlanGroup } from '../../common/domain/filePlan';
import { testGroup } from '../../common/domain/testing/planGroups';
import { compareMarks, fileMarkGroups } from './filePlanOptions';

const plan: FilePlanGroup[] = [
  testGroup('10', 'Desátá'),
  testGroup('10.1', 'Pod desátou', { mark: 'S', period: 5 }),
  testGroup('1', 'Organizace'),
  testGroup('1.10', 'Desátá podskupina', { mark: 'S', period: 5 }),
  testGroup('1.1', 'Zastupitelstvo'),
  testGroup('1.1.1', 'Zápisy', { mark: 'A', period: 10 }),
  testGroup('1.2', 'Vyhlášky', { mark: 'A', period: 5 }),
  testGroup('9', 'Samostatná', { mark: 'S', period: 1 }),
];

describe('file plan options', () => {
  it('orders marks numerically, parents before children', () => {
    const marks = ['10', '1.10', '2', '1.2', '1', '1.1.1'];
    expect(marks.sort(compareMarks)).toEqual(['1', '1.1.1', '1.2', '1.10', '2', '10']);
  });

  it('offers only the lowest level, with its retention rule, under its parent', () => {
    expect(fileMarkGroups(plan)).toEqual([
      { label: '1.1 Zastupitelstvo', options: [{ value: '1.1.1', label: '1.1.1 Zápisy (A/10)' }] },
      {
        label: '1 Organizace',
        options: [
          { value: '1.2', label: '1.2 Vyhlášky (A/5)' },
          { value: '1.10', label: '1.10 Desátá podskupina (S/5)' },
        ],
      },
      { label: null, options: [{ value: '9', label: '9 Samostatná (S/1)' }] },
      { label: '10 Desátá', options: [{ value: '10.1', label: '10.1 Pod desátou (S/5)' }] },
    ]);
  });
});
