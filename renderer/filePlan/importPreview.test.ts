import { describe, expect, it } from 'vitest';
import { testGroup } from '../../common/domain/testing/planGroups';
import { sampleFilePlanVersion } from '../../common/domain/testing/sampleDocuments';
import { planImportPreview } from './importPreview';

const parsed = {
  version: { ...sampleFilePlanVersion, validFrom: '2027-01-01', legacy: false },
  groups: [
    testGroup('1', 'Správa'),
    testGroup('1.1', 'Zápisy', { mark: 'A', period: 10 }),
    testGroup('1.2', 'Faktury', { mark: 'S', period: 10 }),
  ],
};

describe('planImportPreview', () => {
  it('counts the groups and those on the lowest level', () => {
    const preview = planImportPreview(parsed, []);
    expect(preview).toMatchObject({ groups: 3, classifiable: 2, validFrom: '2027-01-01' });
  });

  it('counts as retiring the stored groups still open on the new first day, as the import closes them', () => {
    const stored = [
      { validTo: null },
      { validTo: '2027-01-01' },
      { validTo: '2026-12-31' },
      { validTo: '2020-06-30' },
    ];
    expect(planImportPreview(parsed, stored).retiring).toBe(2);
  });
});
