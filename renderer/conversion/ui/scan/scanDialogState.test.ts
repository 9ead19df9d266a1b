import { describe, expect, it } from 'vitest';
import { initialRegisterForm } from '../registerForm';
import { initialScanDialogState, scanDialogReducer, type ScanDialogState } from './scanDialogState';
import { inspectionOf, scanFile } from './testing/scanFixtures';

const doc = { subject: 'Žádost', sender: null, senderReference: null, sheets: 0 };
const start = initialScanDialogState(initialRegisterForm(doc));
const withPages: ScanDialogState = scanDialogReducer(start, {
  type: 'added',
  files: [scanFile('a.tif')],
  inspection: inspectionOf([{ name: 'a.tif', format: 'tiff', pages: 3 }]),
  issues: [],
});

describe('the dialog’s state', () => {
  it('clears the issue of the field the clerk changes, and only that one', () => {
    const refused = scanDialogReducer(withPages, {
      type: 'invalid',
      issues: [
        { path: 'description', message: 'conversion.validation.descriptionRequired' },
        { path: 'sheets', message: 'conversion.validation.sheets' },
        { path: 'exemption', message: 'conversion.validation.feeOrExemption' },
      ],
    });
    const typed = scanDialogReducer(refused, { type: 'form', patch: { description: 'Žádost' } });
    expect(typed.issues.map((issue) => issue.path)).toEqual(['sheets', 'exemption']);
    const charged = scanDialogReducer(typed, { type: 'form', patch: { charge: 'fee' } });
    expect(charged.issues.map((issue) => issue.path)).toEqual(['sheets']);
  });

  it('stops offering the number of pages as sheets once the clerk types a number', () => {
    expect(withPages.form.sheetsFollowPages).toBe(true);
    const typed = scanDialogReducer(withPages, { type: 'form', patch: { sheets: '2' } });
    expect(typed.form).toMatchObject({ sheets: '2', sheetsFollowPages: false });
  });

  it('closes the enlarged preview of a page that is removed', () => {
    const shown = scanDialogReducer(withPages, { type: 'enlarge', key: '0:1' });
    expect(scanDialogReducer(shown, { type: 'remove', key: '0:2' }).enlarged).toBe('0:1');
    expect(scanDialogReducer(shown, { type: 'remove', key: '0:1' }).enlarged).toBeNull();
  });

  it('drops the "no pages" issue when pages arrive, and shows files the file dialog refused', () => {
    const empty = scanDialogReducer(start, {
      type: 'invalid',
      issues: [{ path: 'pages', message: 'conversionScan.validation.noPages' }],
    });
    const refusal = { path: 'files', message: 'validation.file.tooLarge' };
    const added = scanDialogReducer(scanDialogReducer(empty, { type: 'adding' }), {
      type: 'added',
      files: [scanFile('a.jpg')],
      inspection: inspectionOf([{ name: 'a.jpg' }]),
      issues: [refusal],
    });
    expect(added.issues).toEqual([]);
    expect(added.addIssues).toEqual([refusal]);
    expect(added.adding).toBe(false);
    expect(added.pages).toHaveLength(1);
  });

  it('keeps the pages when building fails, and says why', () => {
    const working = scanDialogReducer(withPages, { type: 'working' });
    const failed = scanDialogReducer(working, { type: 'failed', failure: 'Nelze.' });
    expect(failed).toMatchObject({ working: false, failure: 'Nelze.', prepared: null });
    expect(failed.pages).toBe(withPages.pages);
  });
});
