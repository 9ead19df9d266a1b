import { describe, expect, it } from 'vitest';
import { validateNewDocument } from '../../common/domain/documentRules';
import type { FilePlanGroup } from '../../common/domain/filePlan';
import { testGroup } from '../../common/domain/testing/planGroups';
import { buildNewDocumentInput } from './buildInput';
import { fieldOfIssue, fieldOrder, issuesByField, placeIssues } from './fieldKeys';
import { emptyForm, emptyParty, nextForm, hasTypedContent, type IntakeForm } from './formState';

const now = new Date('2026-03-05T09:00:00Z'); // 10:00 in Prague
const plan: FilePlanGroup[] = [
  testGroup('1', 'Organizace'),
  testGroup('1.7', 'Korespondence', { mark: 'S', period: 5 }),
];

function incoming(patch: Partial<IntakeForm> = {}): IntakeForm {
  return {
    ...emptyForm({ now, currentUser: 'Jana Dvořáková' }),
    sender: {
      ...emptyParty('organization'),
      name: 'Stavby s.r.o.',
      ico: '25596641',
      city: 'Tábor',
    },
    subject: 'Žádost o vyjádření',
    fileMark: '1.7',
    ...patch,
  };
}

function issuesOf(form: IntakeForm) {
  const result = validateNewDocument(buildNewDocumentInput(form), { now, filePlan: plan });
  return result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`);
}

describe('the empty form', () => {
  it('starts with now in office time, the current user as handler and author', () => {
    const form = emptyForm({ now, currentUser: 'Jana Dvořáková' });
    expect(form.receivedAt).toBe('2026-03-05T10:00:00');
    expect(form.createdOn).toBe('2026-03-05');
    expect(form.handler).toBe('Jana Dvořáková');
    expect(form.author).toBe('Jana Dvořáková');
  });

  it('for the next document keeps kind, channel and handler only', () => {
    const typed = incoming({ channel: 'personal', handler: 'Petr Novák', direction: 'incoming' });
    const next = nextForm(typed, now, 'Jana Dvořáková');
    expect(next.channel).toBe('personal');
    expect(next.handler).toBe('Petr Novák');
    expect(next.subject).toBe('');
    expect(next.sender.name).toBe('');
    expect(hasTypedContent(next, nextForm(typed, now, 'Jana Dvořáková'))).toBe(false);
    expect(hasTypedContent({ ...next, note: 'x' }, next)).toBe(true);
  });
});

describe('buildNewDocumentInput', () => {
  it('builds a valid incoming document with the receipt time as a UTC instant', () => {
    const input = buildNewDocumentInput(
      incoming({
        receivedAt: '2026-03-05T09:30:15',
        senderRefNumber: 'SR 12/2026',
        attachmentsCount: '2',
        attachmentsDescription: 'CD',
      }),
    );
    expect(input).toMatchObject({
      direction: 'incoming',
      receivedAt: '2026-03-05T08:30:15.000Z',
      sender: {
        kind: 'organization',
        name: 'Stavby s.r.o.',
        ico: '25596641',
        address: { city: 'Tábor' },
      },
      senderReference: { number: 'SR 12/2026', date: null },
      sheets: 1,
      attachments: { count: 2, kind: 'paper', description: 'CD' },
      note: null,
    });
    expect(validateNewDocument(input, { now, filePlan: plan }).ok).toBe(true);
  });

  it('drops an IČO typed for a person and a description without attachments', () => {
    const input = buildNewDocumentInput(
      incoming({
        sender: { ...emptyParty('person'), name: 'Jan Novák', ico: '123' },
        attachmentsDescription: 'x',
      }),
    );
    expect(input.direction === 'incoming' && input.sender.ico).toBeUndefined();
    expect(input.attachments.description).toBeNull();
  });

  it('builds an own document with every addressee', () => {
    const form = incoming({
      direction: 'own',
      addressees: [
        { ...emptyParty(), name: 'Jan Novák' },
        { ...emptyParty('authority'), name: 'Krajský úřad', dataBoxId: 'abc1234' },
      ],
    });
    const input = buildNewDocumentInput(form);
    expect(input).toMatchObject({
      direction: 'own',
      author: 'Jana Dvořáková',
      createdOn: '2026-03-05',
      addressees: [{ name: 'Jan Novák' }, { name: 'Krajský úřad', dataBoxId: 'abc1234' }],
    });
    expect(validateNewDocument(input, { now, filePlan: plan }).ok).toBe(true);
  });

  it('lets the domain rules name every bad input of the issue', () => {
    expect(issuesOf(incoming({ subject: '   ' }))).toEqual([
      'subject: validation.subject.required',
    ]);
    expect(issuesOf(incoming({ subject: 'x'.repeat(256) }))).toEqual([
      'subject: validation.subject.tooLong',
    ]);
    expect(issuesOf(incoming({ subject: 'x'.repeat(255) }))).toEqual([]);
    expect(issuesOf(incoming({ receivedAt: '2026-03-05T10:00:05' }))).toEqual([
      'receivedAt: validation.receivedAt.future',
    ]);
    expect(issuesOf(incoming({ receivedAt: '' }))).toEqual([
      'receivedAt: validation.dateTimeInvalid',
    ]);
    expect(issuesOf(incoming({ sheets: '-1' }))).toEqual(['sheets: validation.sheets.negative']);
    expect(issuesOf(incoming({ sheets: 'dva' }))).toEqual(['sheets: validation.sheets.notNumber']);
    expect(issuesOf(incoming({ sheets: '' }))).toEqual(['sheets: validation.sheets.notNumber']);
    expect(issuesOf(incoming({ sheets: '1.5' }))).toEqual(['sheets: validation.sheets.notInteger']);
    expect(issuesOf(incoming({ sheets: '0', attachmentsCount: '2' }))).toEqual([
      'sheets: validation.sheets.zeroWithAttachments',
    ]);
    expect(
      issuesOf(incoming({ sender: { ...emptyParty(), name: 'Jan Novák', dataBoxId: 'abc123' } })),
    ).toEqual(['sender.dataBoxId: validation.dataBoxId']);
    expect(issuesOf(incoming({ fileMark: '' }))).toEqual([
      'fileMark: validation.fileMark.required',
    ]);
  });

  it('keeps HTML as plain text for the rules to store as it is', () => {
    const input = buildNewDocumentInput(incoming({ subject: '<script>alert(1)</script>' }));
    expect(input.subject).toBe('<script>alert(1)</script>');
  });
});

describe('issue paths find their fields', () => {
  it('places every issue the rules give on a control of the form', () => {
    const fields = fieldOrder('incoming', 0);
    const bad = incoming({
      subject: '',
      sheets: 'x',
      attachmentsCount: '-1',
      receivedAt: '',
      fileMark: '',
      sender: { ...emptyParty('organization'), name: '', ico: '1', dataBoxId: 'abc' },
    });
    const result = validateNewDocument(buildNewDocumentInput(bad), { now, filePlan: plan });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.length).toBeGreaterThan(5);
    for (const issue of result.issues)
      expect(fieldOfIssue(issue.path, fields), issue.path).not.toBeNull();
  });

  it('maps addressees of an own document and group paths to a control', () => {
    const fields = fieldOrder('own', 2);
    expect(fieldOfIssue('addressees.1.dataBoxId', fields)).toBe('addressees.1.dataBoxId');
    expect(fieldOfIssue('addressees.1', fields)).toBe('addressees.1.name');
    expect(fieldOfIssue('addressees.2.name', fields)).toBeNull();
    expect(fieldOfIssue('addressees', fields)).toBe('addressees');
    expect(fieldOfIssue('sender.name', fields)).toBeNull();
    expect(fieldOfIssue('attachments', fields)).toBe('attachments.count');
    expect(fieldOfIssue('somethingElse', fields)).toBeNull();
  });
});

describe('placeIssues', () => {
  it('orders issues as the fields stand on screen, unplaced ones first, and groups them by field', () => {
    const fields = fieldOrder('incoming', 0);
    const placed = placeIssues(
      [
        { path: 'fileMark', message: 'a' },
        { path: 'sheets', message: 'b' },
        { path: 'storage', message: 'c' },
        { path: 'sender.name', message: 'd' },
        { path: 'sheets', message: 'e' },
      ],
      fields,
    );
    expect(placed.map(({ issue, field }) => `${issue.message}@${field}`)).toEqual([
      'c@null',
      'd@sender.name',
      'b@sheets',
      'e@sheets',
      'a@fileMark',
    ]);
    const byField = issuesByField(placed);
    expect(byField.get('sheets')?.map((issue) => issue.message)).toEqual(['b', 'e']);
    expect(byField.has('storage')).toBe(false);
  });
});
