import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { journalTestT } from './testI18n';
import { PDF_MAX_ROWS, exportRefusal } from './useJournalExport';

let t: TFunction;
beforeAll(async () => {
  t = await journalTestT('cs');
});

describe('exportRefusal', () => {
  it('refuses an empty selection in either format', () => {
    expect(exportRefusal(t, 'csv', 0)).toBe('Výběr neobsahuje žádný dokument.');
    expect(exportRefusal(t, 'pdf', 0)).toBe('Výběr neobsahuje žádný dokument.');
  });

  it('refuses a PDF of more than 50,000 documents and says how to narrow it; CSV takes any size', () => {
    expect(PDF_MAX_ROWS).toBe(50_000);
    expect(exportRefusal(t, 'pdf', 50_000)).toBeNull();
    expect(exportRefusal(t, 'pdf', 50_001)).toBe(
      'PDF pojme nejvýše 50\u00a0000 dokumentů, výběr jich má 50\u00a0001. Zužte období nebo filtry.',
    );
    expect(exportRefusal(t, 'csv', 100_000)).toBeNull();
  });
});
