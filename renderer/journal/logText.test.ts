import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { logDetailText } from './logText';
import { journalTestT } from './testI18n';

let t: TFunction;
beforeAll(async () => {
  t = await journalTestT('cs');
});

describe('logDetailText', () => {
  it('names the known details in Czech and translates their values', () => {
    expect(
      logDetailText(
        t,
        {
          entityType: 'document',
          detail: { referenceNumber: 'OUHL 12/2026', direction: 'incoming', source: 'seed' },
        },
        'cs',
      ),
    ).toBe('č. j.: OUHL 12/2026 · směr: Doručený · zdroj: převzato z ukázkových dat');
    expect(
      logDetailText(t, { entityType: 'document', detail: { reason: 'Zapsáno dvakrát' } }, 'cs'),
    ).toBe('důvod: Zapsáno dvakrát');
  });

  it('names the fields an edit changed in words, and keeps a field it does not know', () => {
    expect(
      logDetailText(
        t,
        {
          entityType: 'document',
          detail: {
            fields: 'subject,sheets,attachmentCount,custom',
            referenceNumber: 'OUHL 3/2026',
          },
        },
        'cs',
      ),
    ).toBe('změněno: věc, počet listů, počet příloh, custom · č. j.: OUHL 3/2026');
  });

  it('says in words whether the document was taken into keeping or given back', () => {
    const text = (keeping: string) =>
      logDetailText(
        t,
        { entityType: 'document', detail: { keeping, referenceNumber: 'OUHL 3/2026' } },
        'cs',
      );
    expect(text('taken')).toBe(
      'výhradní správa: převzato z eSSL do správy Úřadovny · č. j.: OUHL 3/2026',
    );
    expect(text('returned')).toBe('výhradní správa: vráceno do správy eSSL · č. j.: OUHL 3/2026');
  });

  it("shows a file's name, size and a short hash, without repeating the document's PID", () => {
    expect(
      logDetailText(
        t,
        {
          entityType: 'component',
          detail: { pid: 'OUHL123', name: 'sken.pdf', size: 2048, sha256: 'a'.repeat(64) },
        },
        'cs',
      ),
    ).toBe(`název: sken.pdf · velikost: 2 kB · SHA-256: ${'a'.repeat(12)}…`);
  });

  it('keeps unknown details as they are and skips empty ones', () => {
    expect(
      logDetailText(
        t,
        { entityType: 'journal', detail: { format: 'csv', rows: 3, filter: null, note: '' } },
        'cs',
      ),
    ).toBe('formát: csv · rows: 3');
  });

  it('speaks the life cycle in words and hides internal identifiers', () => {
    expect(
      logDetailText(
        t,
        {
          entityType: 'document',
          detail: {
            caseFileId: 'OUHLX',
            reference: 'SZ OUHL 1/2026',
            order: 2,
            initiator: false,
            method: 'noted',
            mode: 'collectionSheet',
          },
        },
        'cs',
      ),
    ).toBe(
      'spis: SZ OUHL 1/2026 · pořadí ve spisu: 2 · iniciační: ne · způsob vyřízení: vzetí na vědomí · způsob vedení: sběrný arch',
    );
  });
});
