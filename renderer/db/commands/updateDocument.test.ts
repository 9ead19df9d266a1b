import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SUBJECT_MAX } from '../../../common/domain/document';
import { incomingInput, ownInput } from '../../../common/domain/testing/sampleDocuments';
import type { UradovnaDatabase } from '../schema';
import { refusal } from '../testing/commandTest';
import { configureOffice, openTestDatabase, snapshot, testUser } from '../testing/fixtures';
import { verifyTxLog } from '../txlog/verify';
import { cancelDocument } from './cancelDocument';
import { registerDocument } from './registerDocument';
import { updateDocument, type DocumentEdit } from './updateDocument';

const registeredAt = new Date('2026-03-02T10:00:00Z');
const editedAt = new Date('2026-03-03T09:30:00Z');
let db: UradovnaDatabase;
let incoming: string;
let own: string;

beforeEach(async () => {
  db = openTestDatabase();
  await configureOffice(db);
  ({ pid: incoming } = await registerDocument(db, incomingInput(), [], { now: registeredAt }));
  ({ pid: own } = await registerDocument(db, ownInput(), [], { now: registeredAt }));
});

afterEach(async () => {
  await db.delete();
});

const updates = () => db.outbox.where('kind').equals('document.update').toArray();

describe('updateDocument', () => {
  it('edits an incoming document, bumps its revision and keeps the search in step', async () => {
    const result = await updateDocument(
      db,
      incoming,
      {
        subject: '  Žádost o kácení lípy  ',
        sender: { kind: 'organization', name: 'Lesy Lhota a.s.', ico: '27082440' },
        senderReference: 'ZN-99/2026',
        sheets: 4,
        attachmentCount: 0,
        note: 'Doplněno telefonicky',
      },
      editedAt,
    );
    expect(result.changed).toEqual([
      'subject',
      'sender',
      'senderReference',
      'sheets',
      'attachmentCount',
      'note',
    ]);
    const row = await db.documents.get(incoming);
    expect(row).toMatchObject({
      subject: 'Žádost o kácení lípy',
      sender: { kind: 'organization', name: 'Lesy Lhota a.s.', ico: '27082440' },
      counterparty: 'Lesy Lhota a.s.',
      // The sender's date stays: only the number is edited here.
      senderReference: { number: 'ZN-99/2026', date: '2026-02-27' },
      sheets: 4,
      attachments: { count: 0, kind: 'paper' },
      note: 'Doplněno telefonicky',
      revision: 2,
      referenceNumber: 'OUHL 1/2026',
      fileMark: '1.1',
      state: 'registered',
    });
    expect(row?.words).toEqual(expect.arrayContaining(['kaceni', 'lipy', 'lesy']));
    expect(row?.words).not.toContain('stavebni');
  });

  it('logs Uprava with the changed fields and queues exactly one document.update', async () => {
    await updateDocument(db, incoming, { subject: 'Nová věc', sheets: 7 }, editedAt);
    const last = await db.txlog.orderBy('seq').last();
    expect(last).toMatchObject({
      event: 'Uprava',
      entityType: 'document',
      entityId: incoming,
      actor: testUser,
      at: editedAt.toISOString(),
      detail: { fields: 'subject,sheets', referenceNumber: 'OUHL 1/2026' },
    });
    expect(await verifyTxLog(db)).toEqual({ ok: true, entries: 3 });
    expect(await updates()).toEqual([
      expect.objectContaining({
        entityId: incoming,
        payload: { pid: incoming, fields: ['subject', 'sheets'] },
        createdAt: editedAt.toISOString(),
      }),
    ]);
  });

  it("edits an own document's addressees", async () => {
    const { changed } = await updateDocument(
      db,
      own,
      { addressees: [{ kind: 'person', name: 'Jan Novák', address: { city: 'Horní Lhota' } }] },
      editedAt,
    );
    expect(changed).toEqual(['addressees']);
    const row = await db.documents.get(own);
    expect(row?.addressees).toEqual([
      expect.objectContaining({ kind: 'person', name: 'Jan Novák' }),
    ]);
    expect(row?.counterparty).toBe('Jan Novák');
    expect(await updates()).toHaveLength(1);
  });

  it('writes, queues and logs nothing when nothing changes', async () => {
    const stored = await db.documents.get(incoming);
    if (!stored) throw new Error('not registered');
    const before = await snapshot(db);
    const result = await updateDocument(
      db,
      incoming,
      {
        subject: ` ${stored.subject} `,
        sender: stored.sender,
        senderReference: stored.senderReference?.number ?? null,
        sheets: stored.sheets,
        attachmentCount: stored.attachments.count,
        note: '',
      },
      editedAt,
    );
    expect(result).toEqual({ changed: [] });
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('updateDocument refuses bad input and changes nothing', () => {
  const fieldCases: Array<[string, () => string, DocumentEdit, object]> = [
    [
      'an empty subject',
      () => incoming,
      { subject: '   ' },
      { path: 'subject', message: 'validation.subject.required' },
    ],
    [
      'a subject of 256 characters',
      () => incoming,
      { subject: 'x'.repeat(SUBJECT_MAX + 1) },
      {
        path: 'subject',
        message: 'validation.subject.tooLong',
        params: { max: SUBJECT_MAX, length: SUBJECT_MAX + 1 },
      },
    ],
    [
      'a sender on an own document',
      () => own,
      { sender: { kind: 'person', name: 'Jan Novák' } },
      { path: 'sender', message: 'validation.sender.ownDocument' },
    ],
    [
      'addressees on an incoming document',
      () => incoming,
      { addressees: [{ kind: 'person', name: 'Jan Novák' }] },
      { path: 'addressees', message: 'validation.addressees.incomingDocument' },
    ],
    [
      'no addressees at all',
      () => own,
      { addressees: [] },
      { path: 'addressees', message: 'validation.addressees.required' },
    ],
    [
      'negative sheets',
      () => incoming,
      { sheets: -1 },
      { path: 'sheets', message: 'validation.sheets.negative' },
    ],
    [
      'fractional sheets',
      () => incoming,
      { sheets: 1.5 },
      { path: 'sheets', message: 'validation.sheets.notInteger' },
    ],
    [
      'a sender without a name',
      () => incoming,
      { sender: { kind: 'person', name: ' ' } },
      { path: 'sender.name', message: 'validation.party.nameRequired' },
    ],
  ];

  it.each(fieldCases)('refuses %s', async (_name, pidOf, edit, issue) => {
    const before = await snapshot(db);
    const error = await refusal(updateDocument(db, pidOf(), edit, editedAt));
    expect(error.code).toBe('errors.validation');
    expect(error.issues).toEqual([expect.objectContaining(issue)]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses an unknown document', async () => {
    const before = await snapshot(db);
    const error = await refusal(updateDocument(db, 'OUHLNEEXISTUJE', { subject: 'X' }, editedAt));
    expect(error.code).toBe('errors.documentNotFound');
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a cancelled document', async () => {
    await cancelDocument(db, incoming, 'Zapsáno dvakrát', editedAt);
    const before = await snapshot(db);
    const error = await refusal(updateDocument(db, incoming, { subject: 'Oprava' }, editedAt));
    expect(error.code).toBe('errors.document.notEditable');
    expect(await snapshot(db)).toEqual(before);
  });
});
