import { describe, expect, it } from 'vitest';
import type { CaseFileRecord } from '../../common/domain/caseFile';
import type { DocumentRecord } from '../../common/domain/document';
import { holdingRows } from './holdingRows';

const retention = { mark: 'S' as const, period: 5, triggerEvent: 'uzavření spisu' };

function file(id: string, disposalYear: number | null): CaseFileRecord {
  return {
    id,
    reference: `SZ OUHL ${id}/2020`,
    year: 2020,
    sequence: 1,
    title: `Spis ${id}`,
    fileMark: '1.1',
    planGroupId: 'p/1.1',
    retention,
    mode: 'linking',
    initiatorPid: null,
    handler: 'Marie Dvořáková',
    openedAt: '2020-01-01T00:00:00.000Z',
    state: 'inRecordsOffice',
    closedAt: '2020-06-01T00:00:00.000Z',
    triggerYear: disposalYear === null ? null : disposalYear - 6,
    disposalYear,
    documentCount: 3,
    nextOrder: 4,
    custody: null,
    words: [],
    createdBy: 'Marie Dvořáková',
    revision: 1,
  };
}

function doc(pid: string, disposalYear: number | null, caseFileId: string | null = null) {
  return {
    pid,
    referenceNumber: `OUHL ${pid}/2020`,
    subject: `Dokument ${pid}`,
    fileMark: '1.2',
    retention,
    triggerYear: null,
    disposalYear,
    state: 'inRecordsOffice',
    custody: null,
    caseFileId,
  } as unknown as DocumentRecord;
}

describe('holdingRows', () => {
  it('lists case files and stand-alone documents, the ones due soonest first', () => {
    const rows = holdingRows(
      [file('7', 2031), file('8', null)],
      [doc('2', 2027), doc('10', 2027), doc('3', 2040)],
    );
    expect(rows.map((row) => [row.type, row.id, row.disposalYear])).toEqual([
      ['document', '2', 2027],
      ['document', '10', 2027],
      ['caseFile', '7', 2031],
      ['document', '3', 2040],
      ['caseFile', '8', null],
    ]);
  });

  it('leaves out documents that travel inside a case file', () => {
    const rows = holdingRows([file('7', 2031)], [doc('1', 2031, '7'), doc('2', 2031)]);
    expect(rows.map((row) => row.id)).toEqual(['2', '7']);
    expect(rows.find((row) => row.id === '7')?.documents).toBe(3);
  });
});
