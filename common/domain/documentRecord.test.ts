import { DEFAULT_TRIGGER_EVENT } from './filePlan';
import { describe, expect, it } from 'vitest';
import { newDocumentSchema } from './document';
import { buildDocumentRecord, documentDateOf } from './documentRecord';
import { incomingInput, ownInput } from './testing/sampleDocuments';

const numbering = {
  pid: 'OUHL7QK4MZ2X',
  year: 2026,
  sequence: 12,
  journalOrder: 2026_000_012,
  referenceNumber: 'OUHL 12/2026',
};
const context = {
  registeredAt: '2026-03-02T10:00:00.000Z',
  retention: { mark: 'A' as const, period: 10, triggerEvent: DEFAULT_TRIGGER_EVENT },
  createdBy: 'Marie Dvořáková',
};

describe('buildDocumentRecord — incoming', () => {
  const doc = newDocumentSchema.parse(
    incomingInput({
      subject: 'Žádost o STAVEBNÍ řízení',
      sender: {
        kind: 'organization',
        name: 'Stavby Šťastný s.r.o.',
        ico: '27082440',
        dataBoxId: 'XYZ9876',
      },
    }),
  );
  const record = buildDocumentRecord(doc, numbering, context);

  it('indexes folded words of the subject and the sender', () => {
    expect(record.words).toEqual(
      expect.arrayContaining(['zadost', 'stavebni', 'rizeni', 'stavby', 'stastny']),
    );
    expect(record.words).not.toContain('Žádost');
  });

  it('indexes the PID, the parts of the reference number, the IČO, the box and the sender reference', () => {
    expect(record.words).toEqual(
      expect.arrayContaining([
        'ouhl7qk4mz2x',
        'ouhl',
        '12',
        '2026',
        '27082440',
        'xyz9876',
        'zn',
        '15',
      ]),
    );
  });

  it('lists every word once', () => {
    expect(new Set(record.words).size).toBe(record.words.length);
  });

  it('takes the sender as counterparty and folds the sort keys', () => {
    expect(record.counterparty).toBe('Stavby Šťastný s.r.o.');
    expect(record.counterpartySort).toBe('stavby stastny s.r.o.');
    expect(record.subjectSort).toBe('zadost o stavebni rizeni');
  });

  it('stands under its receipt time and keeps the numbers it was given', () => {
    expect(record).toMatchObject({
      ...numbering,
      direction: 'incoming',
      documentDate: '2026-03-02T08:15:00.000Z',
      registeredAt: context.registeredAt,
      channel: 'post',
      addressees: [],
      author: null,
      state: 'registered',
      revision: 1,
      componentCount: 0,
      createdBy: 'Marie Dvořáková',
      retention: { mark: 'A', period: 10, triggerEvent: DEFAULT_TRIGGER_EVENT },
    });
  });

  it('drops the attachment description when there are no attachments', () => {
    const bare = newDocumentSchema.parse(
      incomingInput({ attachments: { count: 0, kind: 'paper', description: 'zapomenutý popis' } }),
    );
    expect(buildDocumentRecord(bare, numbering, context).attachments.description).toBeNull();
  });
});

describe('buildDocumentRecord — own', () => {
  const doc = newDocumentSchema.parse(ownInput());
  const record = buildDocumentRecord(doc, numbering, {
    ...context,
    componentCount: 2,
    state: 'settled',
  });

  it("indexes the addressees' IČO and data box", () => {
    expect(record.words).toEqual(expect.arrayContaining(['27082440', 'abc1234']));
  });

  it('joins the addressees into the counterparty and indexes them', () => {
    expect(record.counterparty).toBe('Stavby Lhota s.r.o., Krajský úřad');
    expect(record.words).toEqual(expect.arrayContaining(['stavby', 'lhota', 'krajsky', 'urad']));
    expect(record.sender).toBeNull();
    expect(record.channel).toBeNull();
    expect(record.senderReference).toBeNull();
  });

  it('stands under the office-time start of its creation day', () => {
    expect(record.documentDate).toBe('2026-03-01T23:00:00.000Z');
    expect(documentDateOf(doc)).toBe('2026-03-01T23:00:00.000Z');
  });

  it('keeps the author and what the context says', () => {
    expect(record).toMatchObject({ author: 'Petr Starosta', state: 'settled', componentCount: 2 });
  });
});
