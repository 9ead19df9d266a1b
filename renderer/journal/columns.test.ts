import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../common/domain/document';
import { recordsFromSeed } from '../db/commands/importSeed';
import { makeSeed, seedDocument } from '../db/testing/seed';
import {
  cellText,
  cellTitle,
  clip,
  columnIds,
  compactColumns,
  journalColumns,
  pdfRow,
  printedColumns,
} from './columns';
import { csvHeader, csvRow } from './exportRows';
import { journalTestT } from './testI18n';

let t: TFunction;
let incoming: DocumentRecord;
let own: DocumentRecord;
beforeAll(async () => {
  t = await journalTestT('cs');
  [incoming, own] = recordsFromSeed(
    makeSeed([
      seedDocument({
        year: 2026,
        sequence: 12,
        counterparty: 'Božena Čermáková',
        date: '2026-03-01T23:30:00Z',
        state: 'cancelled',
      }),
      seedDocument({
        year: 2026,
        sequence: 13,
        direction: 'own',
        counterparty: 'Jan Novák',
        date: '2026-03-05',
      }),
    ]),
  ) as [DocumentRecord, DocumentRecord];
});

describe('journal columns', () => {
  it('are the ten columns of the podací deník with the case file and the settlement; the compact set keeps what a clerk scans by', () => {
    expect(journalColumns.map((column) => column.id)).toEqual([...columnIds]);
    // The printed journal (the PDF contract's row) keeps its ten columns, in its order.
    expect(printedColumns.map((column) => column.id)).toEqual([
      'referenceNumber',
      'documentDate',
      'direction',
      'counterparty',
      'subject',
      'senderReference',
      'sheets',
      'fileMark',
      'handler',
      'state',
    ]);
    expect(printedColumns.map((column) => column.id)).toHaveLength(
      Object.keys(pdfRow(t, own)).length,
    );
    expect(columnIds).toContain('caseFile');
    expect(columnIds).toContain('settlement');
    expect(compactColumns.map((column) => column.id)).toEqual([
      'referenceNumber',
      'documentDate',
      'direction',
      'counterparty',
      'subject',
      'state',
    ]);
  });

  it('show dates in office time: 23:30 UTC on 1 March is 2 March in Prague', () => {
    expect(cellText(t, incoming, 'documentDate')).toBe('2. 3. 2026');
    expect(cellTitle(t, incoming, 'documentDate', '')).toBe('2. 3. 2026 00:30:00');
    expect(cellText(t, own, 'documentDate')).toBe('5. 3. 2026');
  });

  it('translate the enumerations and join sheets and attachments', () => {
    expect(cellText(t, incoming, 'referenceNumber')).toBe('OUHL 12/2026');
    expect(cellText(t, incoming, 'direction')).toBe('Doručený');
    expect(cellText(t, own, 'direction')).toBe('Vlastní');
    expect(cellText(t, incoming, 'state')).toBe('Stornován');
    expect(cellText(t, incoming, 'counterparty')).toBe('Božena Čermáková');
    expect(cellText(t, incoming, 'sheets')).toBe('2 / 1');
    expect(cellText(t, incoming, 'senderReference')).toBe('ZN-15/2026 ze dne 27. 2. 2026');
    expect(cellTitle(t, incoming, 'sheets', '2 / 1')).toBe('Počet listů: 2, Přílohy: 1');
  });
});

describe('case file and settlement cells', () => {
  it('show the case file reference once read, and nothing for a stand-alone document', () => {
    const inFile: DocumentRecord = { ...own, caseFileId: 'OUHLX00000000001', caseFileOrder: 2 };
    expect(cellText(t, inFile, 'caseFile', { caseFileReference: 'SZ OUHL 3/2026' })).toBe(
      'SZ OUHL 3/2026',
    );
    expect(cellText(t, inFile, 'caseFile')).toBe('');
    expect(cellText(t, { ...own, caseFileId: null }, 'caseFile', { caseFileReference: 'X' })).toBe(
      '',
    );
  });

  it('show the settlement as its date and NSESSS method in Czech, the reason in the tooltip', () => {
    expect(cellText(t, { ...own, settlement: null }, 'settlement')).toBe('');
    const settled: DocumentRecord = {
      ...own,
      state: 'settled',
      settlement: {
        date: '2026-03-09',
        method: 'other',
        content: null,
        reason: 'Žadatel žádost vzal zpět',
        settlingPid: null,
        settledBy: 'Marie Dvořáková',
        recordedAt: '2026-03-09T10:00:00.000Z',
      },
    };
    const text = cellText(t, settled, 'settlement');
    expect(text).toBe('9. 3. 2026, jiný způsob');
    expect(cellTitle(t, settled, 'settlement', text)).toBe(
      '9. 3. 2026, jiný způsob — Žadatel žádost vzal zpět',
    );
    const noted = { ...settled, settlement: { ...settled.settlement!, method: 'noted' as const } };
    expect(cellText(t, noted, 'settlement')).toBe('9. 3. 2026, vzetí na vědomí');
  });
});

describe('pdfRow', () => {
  it('fills every field of the PDF contract in the column order', () => {
    expect(pdfRow(t, incoming)).toEqual({
      referenceNumber: 'OUHL 12/2026',
      documentDate: '2. 3. 2026',
      direction: 'Doručený',
      counterparty: 'Božena Čermáková',
      subject: 'Dokument 12',
      senderReference: 'ZN-15/2026 ze dne 27. 2. 2026',
      sheetsAndAttachments: '2 / 1',
      fileMark: '1.1',
      handler: 'Marie Dvořáková',
      state: 'Stornován',
    });
  });

  it("cuts texts to the contract's limits with an ellipsis", () => {
    const many = { ...own, counterparty: 'Adresát s dlouhým jménem, '.repeat(40) };
    const row = pdfRow(t, many);
    expect(row.counterparty).toHaveLength(600);
    expect(row.counterparty.endsWith('…')).toBe(true);
    expect(clip('abc', 3)).toBe('abc');
    expect(clip('abcd', 3)).toBe('ab…');
  });
});

describe('CSV rows', () => {
  it('have as many cells as the header, with the PID and the retention rule', () => {
    const header = csvHeader(t);
    const row = csvRow(t, incoming);
    expect(row).toHaveLength(header.length);
    expect(header.slice(0, 3)).toEqual(['Č. j.', 'PID', 'Datum']);
    expect(row.slice(0, 3)).toEqual(['OUHL 12/2026', incoming.pid, '2. 3. 2026']);
    expect(row[header.indexOf('Skartační režim')]).toBe('A/10');
    expect(row[header.indexOf('Způsob doručení')]).toBe('Pošta');
    expect(row[header.indexOf('Ze dne')]).toBe('27. 2. 2026');
    expect(row[header.indexOf('Druh příloh')]).toBe('listinné');
    expect(csvRow(t, own)[header.indexOf('Druh příloh')]).toBe('');
    expect(csvRow(t, own)[header.indexOf('Způsob doručení')]).toBe('');
  });
});
