import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CASE_FILE_MASK,
  checkCaseFileMask,
  collectionSheetJournalOrder,
  collectionSheetReference,
  formatCaseFileReference,
} from './caseFile';
import { journalOrder } from './referenceNumber';

describe('collection sheet numbering', () => {
  it('gives later documents the initiator number with their order', () => {
    expect(collectionSheetReference('OUHL 12/2026', 1)).toBe('OUHL 12/2026');
    expect(collectionSheetReference('OUHL 12/2026', 2)).toBe('OUHL 12/2026-2');
    expect(collectionSheetReference('OUHL 12/2026', 17)).toBe('OUHL 12/2026-17');
  });

  it('places suffixed documents right after their initiator in the journal', () => {
    const initiator = journalOrder(2026, 12);
    const second = collectionSheetJournalOrder(initiator, 2);
    const last = collectionSheetJournalOrder(initiator, 999);
    expect(second).toBeGreaterThan(initiator);
    expect(collectionSheetJournalOrder(initiator, 3)).toBeGreaterThan(second);
    expect(last).toBeLessThan(journalOrder(2026, 13));
  });
});

describe('case-file reference mask', () => {
  it('formats the default mask and the file mark token', () => {
    const parts = { abbreviation: 'OUHL', sequence: 7, year: 2026, fileMark: '4.2' };
    expect(formatCaseFileReference(DEFAULT_CASE_FILE_MASK, parts)).toBe('SZ OUHL 7/2026');
    expect(formatCaseFileReference('{mark}/{seq:3}/{yy}', parts)).toBe('4.2/007/26');
  });

  it('refuses a mask without sequence or year and unknown tokens', () => {
    expect(checkCaseFileMask('{mark} {seq}/{year}')).toEqual([]);
    expect(checkCaseFileMask('SZ {seq}').map((problem) => problem.code)).toEqual([
      'mask.missingYear',
    ]);
    expect(checkCaseFileMask('{foo} {seq}/{year}')).toEqual([
      { code: 'mask.unknownToken', token: '{foo}' },
    ]);
  });
});
