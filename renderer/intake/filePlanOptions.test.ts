import { describe, expect, it } from 'vitest';
import type { FilePlanGroup } from '../../common/domain/filePlan';
import { compareMarks, fileMarkGroups } from './filePlanOptions';

const plan: FilePlanGroup[] = [
  { fileMark: '10', title: 'Desátá', parentMark: null, retention: null },
  { fileMark: '10.1', title: 'Pod desátou', parentMark: '10', retention: { mark: 'S', period: 5 } },
  { fileMark: '1', title: 'Organizace', parentMark: null, retention: null },
  {
    fileMark: '1.10',
    title: 'Desátá podskupina',
    parentMark: '1',
    retention: { mark: 'S', period: 5 },
  },
  { fileMark: '1.1', title: 'Zastupitelstvo', parentMark: '1', retention: null },
  { fileMark: '1.1.1', title: 'Zápisy', parentMark: '1.1', retention: { mark: 'A', period: 10 } },
  { fileMark: '1.2', title: 'Vyhlášky', parentMark: '1', retention: { mark: 'A', period: 5 } },
  { fileMark: '9', title: 'Samostatná', parentMark: null, retention: { mark: 'S', period: 1 } },
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
