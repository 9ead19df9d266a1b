import { describe, expect, it } from 'vitest';
import type { NewDocumentInput } from './document';
import { validateNewDocument } from './documentRules';
import { incomingInput, ownInput, sampleFilePlan } from './testing/sampleDocuments';

const now = new Date('2026-03-02T10:00:00.000Z');

function validate(input: NewDocumentInput, at = now) {
  return validateNewDocument(input, { now: at, filePlan: sampleFilePlan });
}

function issues(input: NewDocumentInput, at = now) {
  const result = validate(input, at);
  return result.ok ? [] : result.issues;
}

describe('validateNewDocument — incoming', () => {
  it('accepts a complete incoming document and trims its text', () => {
    const result = validate(incomingInput({ subject: '  Žádost  ', handler: ' Marie ' }));
    expect(result).toMatchObject({ ok: true, value: { subject: 'Žádost', handler: 'Marie' } });
  });

  it.each(['', '    '])('requires a subject (%j)', (subject) => {
    expect(issues(incomingInput({ subject }))).toEqual([
      expect.objectContaining({ path: 'subject', message: 'validation.subject.required' }),
    ]);
  });

  it('accepts a subject of 255 characters and refuses 256', () => {
    expect(validate(incomingInput({ subject: 'x'.repeat(255) })).ok).toBe(true);
    expect(issues(incomingInput({ subject: 'x'.repeat(256) }))).toEqual([
      expect.objectContaining({
        path: 'subject',
        message: 'validation.subject.tooLong',
        params: expect.objectContaining({ max: 255, length: 256 }),
      }),
    ]);
  });

  it('keeps HTML in the subject as plain text, unchanged', () => {
    const subject = '<script>alert("x")</script><b>Věc</b> & "uvozovky"';
    expect(validate(incomingInput({ subject }))).toMatchObject({ ok: true, value: { subject } });
  });

  it('refuses a receipt time in the future, with one second of tolerance', () => {
    const at = (ms: number) => new Date(now.getTime() + ms).toISOString();
    expect(validate(incomingInput({ receivedAt: at(0) })).ok).toBe(true);
    expect(validate(incomingInput({ receivedAt: at(1000) })).ok).toBe(true);
    expect(issues(incomingInput({ receivedAt: at(2000) }))).toEqual([
      { path: 'receivedAt', message: 'validation.receivedAt.future' },
    ]);
    expect(issues(incomingInput({ receivedAt: '2027-01-01T00:00:00Z' }))).toEqual([
      { path: 'receivedAt', message: 'validation.receivedAt.future' },
    ]);
  });

  it('refuses a receipt time that is not a date and time', () => {
    for (const receivedAt of ['', 'včera', '5', '2026-02-30T10:00:00Z', '2026-03-02T25:00:00Z']) {
      expect(issues(incomingInput({ receivedAt }))[0], receivedAt).toMatchObject({
        path: 'receivedAt',
        message: 'validation.dateTimeInvalid',
      });
    }
  });

  it('reads a receipt time without a zone as office time', () => {
    // 9:15 in Prague in winter is 8:15 UTC, whatever the zone of the machine.
    expect(validate(incomingInput({ receivedAt: '2026-03-02T09:15' }))).toMatchObject({
      ok: true,
      value: { receivedAt: '2026-03-02T08:15:00.000Z' },
    });
    expect(validate(incomingInput({ receivedAt: '2026-03-02T10:15:30+01:00' }))).toMatchObject({
      ok: true,
      value: { receivedAt: '2026-03-02T09:15:30.000Z' },
    });
  });

  it('refuses a receipt date before 1990 as a typo', () => {
    expect(issues(incomingInput({ receivedAt: '1926-03-02T08:00:00Z' }))).toEqual([
      { path: 'receivedAt', message: 'validation.dateTooOld', params: { year: 1990 } },
    ]);
  });

  it.each([
    [-1, 'validation.sheets.negative'],
    [Number.NaN, 'validation.sheets.notNumber'],
    [1.5, 'validation.sheets.notInteger'],
    ['3' as unknown as number, 'validation.sheets.notNumber'],
    [100_001, 'validation.sheets.tooMany'],
  ])('refuses %s sheets', (sheets, message) => {
    expect(issues(incomingInput({ sheets }))).toEqual([
      expect.objectContaining({ path: 'sheets', message }),
    ]);
  });

  it('refuses zero sheets with attachments, accepts zero without', () => {
    expect(issues(incomingInput({ sheets: 0 }))).toEqual([
      { path: 'sheets', message: 'validation.sheets.zeroWithAttachments' },
    ]);
    const none = { count: 0, kind: 'paper' as const, description: null };
    expect(validate(incomingInput({ sheets: 0, attachments: none })).ok).toBe(true);
  });

  it('refuses a negative number of attachments', () => {
    const attachments = { count: -2, kind: 'paper' as const, description: null };
    expect(issues(incomingInput({ attachments }))).toEqual([
      expect.objectContaining({
        path: 'attachments.count',
        message: 'validation.attachments.negative',
      }),
    ]);
  });

  it("refuses a sender's data box id of 6 characters and says so", () => {
    const sender = { kind: 'authority' as const, name: 'Úřad', dataBoxId: 'abc123' };
    expect(issues(incomingInput({ sender }))).toEqual([
      { path: 'sender.dataBoxId', message: 'validation.dataBoxId', params: { length: 6 } },
    ]);
  });

  it('refuses an unknown channel', () => {
    expect(issues(incomingInput({ channel: 'pigeon' as 'post' }))).toEqual([
      expect.objectContaining({ path: 'channel', message: 'validation.channel' }),
    ]);
  });

  it('refuses a file mark that is not in the plan or only a heading', () => {
    expect(issues(incomingInput({ fileMark: '9.9' }))).toEqual([
      { path: 'fileMark', message: 'validation.fileMark.unknown', params: { mark: '9.9' } },
    ]);
    expect(issues(incomingInput({ fileMark: '1' }))).toEqual([
      { path: 'fileMark', message: 'validation.fileMark.unknown', params: { mark: '1' } },
    ]);
  });

  it("drops an empty sender's reference", () => {
    const result = validate(incomingInput({ senderReference: { number: '  ', date: null } }));
    expect(result).toMatchObject({ ok: true, value: { senderReference: null } });
  });

  it("refuses a sender's reference date that does not exist", () => {
    expect(issues(incomingInput({ senderReference: { number: 'x', date: '2026-02-30' } }))).toEqual(
      [
        expect.objectContaining({
          path: 'senderReference.date',
          message: 'validation.dateInvalid',
        }),
      ],
    );
  });

  it('reports every problem at once', () => {
    const found = issues(incomingInput({ subject: '', sheets: -1, handler: '' }));
    expect(found.map((issue) => issue.path).sort()).toEqual(['handler', 'sheets', 'subject']);
  });
});

describe('validateNewDocument — own', () => {
  it('accepts a complete own document', () => {
    expect(validate(ownInput()).ok).toBe(true);
  });

  it('requires at least one addressee', () => {
    expect(issues(ownInput({ addressees: [] }))).toEqual([
      expect.objectContaining({ path: 'addressees', message: 'validation.addressees.required' }),
    ]);
  });

  it('requires an author', () => {
    expect(issues(ownInput({ author: ' ' }))).toEqual([
      expect.objectContaining({ path: 'author', message: 'validation.author.required' }),
    ]);
  });

  it('refuses a creation date in the future, counted in office days', () => {
    expect(issues(ownInput({ createdOn: '2026-03-03' }))).toEqual([
      { path: 'createdOn', message: 'validation.createdOn.future' },
    ]);
    // 23:30 UTC is already the next day in Prague.
    const lateEvening = new Date('2026-03-02T23:30:00Z');
    expect(validate(ownInput({ createdOn: '2026-03-03' }), lateEvening).ok).toBe(true);
    expect(issues(ownInput({ createdOn: '2026-03-04' }), lateEvening)).toEqual([
      { path: 'createdOn', message: 'validation.createdOn.future' },
    ]);
  });

  it('refuses a creation date that does not exist', () => {
    expect(issues(ownInput({ createdOn: '2026-02-30' }))).toEqual([
      expect.objectContaining({ path: 'createdOn', message: 'validation.dateInvalid' }),
    ]);
    expect(issues(ownInput({ createdOn: '2.3.2026' }))).toEqual([
      expect.objectContaining({ path: 'createdOn', message: 'validation.dateInvalid' }),
    ]);
  });
});
