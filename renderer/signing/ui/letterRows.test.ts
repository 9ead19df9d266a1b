import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../../common/domain/document';
import type { LetterRecord } from '../../../common/domain/letter';
import { signingUi } from '../../i18n/locales/cs/signingUi';
import { cellText, lastStep, sectionRows } from './letterRows';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { cs: { translation: { signingUi } } },
    lng: 'cs',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
});

function letter(id: string, patch: Partial<LetterRecord>): LetterRecord {
  return {
    id,
    pid: `pid-${id}`,
    source: 'template',
    templateId: null,
    content: null,
    state: 'awaitingSignature',
    draftBlobId: 'b',
    signedComponentId: null,
    signatureLevel: null,
    signatureBox: null,
    request: {
      signerName: 'Petr Starosta',
      signerFunction: 'starosta',
      note: 'Do pátku',
      requestedAt: '2026-03-02T09:00:00.000Z',
      requestedBy: 'Marie Dvořáková',
    },
    queuedAt: '2026-03-02T09:00:00.000Z',
    post: null,
    history: [],
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
    ...patch,
  };
}

const doc = (pid: string, reference: string, journalOrder: number) =>
  ({
    pid,
    referenceNumber: reference,
    subject: 'Výzva',
    addressees: [{ kind: 'person', name: 'Jan Novák' }],
    counterparty: 'Jan Novák',
    journalOrder,
  }) as unknown as DocumentRecord;

describe('sectionRows', () => {
  it('lists the queue oldest first and leaves other states out', () => {
    const letters = [
      letter('b', { queuedAt: '2026-03-03T09:00:00.000Z' }),
      letter('a', { queuedAt: '2026-03-02T09:00:00.000Z' }),
      letter('c', { state: 'signed', queuedAt: null }),
    ];
    const docs = new Map([
      ['pid-a', doc('pid-a', 'OUHL 2/2026', 2)],
      ['pid-b', doc('pid-b', 'OUHL 1/2026', 1)],
    ]);
    const rows = sectionRows(letters, docs, 'awaiting');
    expect(rows.map((row) => row.letter.id)).toEqual(['a', 'b']);
    expect(rows[0]?.doc?.referenceNumber).toBe('OUHL 2/2026');
  });

  it('orders signed and returned letters by when they got there', () => {
    const signedAt = (at: string) => [{ at, by: 'x', step: 'signed' as const }];
    const letters = [
      letter('late', { state: 'signed', history: signedAt('2026-03-05T09:00:00.000Z') }),
      letter('early', { state: 'signed', history: signedAt('2026-03-04T09:00:00.000Z') }),
    ];
    expect(sectionRows(letters, new Map(), 'signed').map((row) => row.letter.id)).toEqual([
      'early',
      'late',
    ]);
    expect(sectionRows(letters, new Map(), 'returned')).toEqual([]);
  });
});

describe('cellText', () => {
  it('says who asked when, who signs, and the note', () => {
    const row = { letter: letter('a', {}), doc: doc('pid-a', 'OUHL 2/2026', 2) };
    const t = i18n.t.bind(i18n);
    expect(cellText(t, row, 'reference')).toBe('OUHL 2/2026');
    expect(cellText(t, row, 'addressee')).toBe('Jan Novák');
    expect(cellText(t, row, 'requested')).toBe('Marie Dvořáková, 2. 3. 2026 10:00:00');
    expect(cellText(t, row, 'signer')).toBe('Petr Starosta (starosta)');
    expect(cellText(t, row, 'note')).toBe('Do pátku');
  });

  it('names the level and the latest return comment', () => {
    const t = i18n.t.bind(i18n);
    const row = {
      letter: letter('a', {
        signatureLevel: 'B-B',
        history: [
          { at: '2026-03-02T10:00:00.000Z', by: 'S', step: 'returned', comment: 'první' },
          { at: '2026-03-03T10:00:00.000Z', by: 'S', step: 'returned', comment: 'druhá' },
        ],
      }),
      doc: null,
    };
    expect(cellText(t, row, 'level')).toBe('B-B (bez časového razítka)');
    expect(cellText(t, row, 'comment')).toBe('druhá');
    expect(cellText(t, row, 'reference')).toBe('pid-a');
    expect(lastStep(row.letter, 'signed')).toBeNull();
  });
});
