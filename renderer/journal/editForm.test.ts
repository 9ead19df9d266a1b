import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../common/domain/document';
import { incomingInput, ownInput } from '../../common/domain/testing/sampleDocuments';
import { registerDocument } from '../db/commands/registerDocument';
import { updateDocument } from '../db/commands/updateDocument';
import type { UradovnaDatabase } from '../db/schema';
import { configureOffice, openTestDatabase, snapshot } from '../db/testing/fixtures';
import { buildDocumentEdit, editFieldKeys, editFormOf, partyFormOf } from './editForm';

let db: UradovnaDatabase;
beforeEach(async () => {
  db = openTestDatabase();
  await configureOffice(db);
});
afterEach(async () => {
  await db.delete();
});

async function stored(pid: string): Promise<DocumentRecord> {
  const doc = await db.documents.get(pid);
  if (!doc) throw new Error(`${pid} not stored`);
  return doc;
}

describe('editFormOf and buildDocumentEdit', () => {
  it('sends an incoming document its sender and reference, never addressees', async () => {
    const doc = await stored((await registerDocument(db, incomingInput())).pid);
    const form = editFormOf(doc);
    expect(form).toMatchObject({
      subject: 'Žádost o stavební povolení',
      senderReference: 'ZN-15/2026',
      sheets: '2',
      attachmentCount: '1',
      note: '',
    });
    expect(form.sender).toMatchObject({ kind: 'person', name: 'Jan Novák', city: 'Horní Lhota' });
    const edit = buildDocumentEdit({ ...form, sheets: ' 3 ', attachmentCount: 'dva' }, 'incoming');
    expect(edit).toMatchObject({ sheets: 3, senderReference: 'ZN-15/2026' });
    expect(edit.attachmentCount).toBeNaN();
    expect(edit).not.toHaveProperty('addressees');
  });

  it('sends an own document its addressees, never a sender or a reference', async () => {
    const doc = await stored((await registerDocument(db, ownInput())).pid);
    const form = editFormOf(doc);
    expect(form.addressees.map((party) => party.name)).toEqual([
      'Stavby Lhota s.r.o.',
      'Krajský úřad',
    ]);
    const edit = buildDocumentEdit(form, 'own');
    expect(edit).not.toHaveProperty('sender');
    expect(edit).not.toHaveProperty('senderReference');
    expect(edit.addressees).toHaveLength(2);
  });

  it.each([
    ['incoming', () => registerDocument(db, incomingInput())],
    ['own', () => registerDocument(db, ownInput())],
  ] as const)('saving an untouched %s form changes nothing', async (_kind, register) => {
    const doc = await stored((await register()).pid);
    const before = await snapshot(db);
    const result = await updateDocument(
      db,
      doc.pid,
      buildDocumentEdit(editFormOf(doc), doc.direction),
    );
    expect(result.changed).toEqual([]);
    expect(await snapshot(db)).toEqual(before);
  });

  it("keeps a party's country, which the form does not show", () => {
    const form = partyFormOf({
      kind: 'organization',
      name: 'Firma GmbH',
      ico: undefined,
      dataBoxId: undefined,
      address: { street: undefined, city: 'Wien', postalCode: undefined, country: 'Rakousko' },
    });
    const edit = buildDocumentEdit(
      {
        subject: 'x',
        sender: form,
        addressees: [],
        senderReference: '',
        sheets: '1',
        attachmentCount: '0',
        note: '',
      },
      'incoming',
    );
    expect(edit.sender).toMatchObject({ address: { city: 'Wien', country: 'Rakousko' } });
  });
});

describe('editFieldKeys', () => {
  it('lists the paths the dialog shows, in screen order', () => {
    expect(editFieldKeys('incoming', 1)).toEqual([
      'subject',
      'sender.name',
      'sender.kind',
      'sender.address.street',
      'sender.address.city',
      'sender.address.postalCode',
      'sender.ico',
      'sender.dataBoxId',
      'senderReference',
      'sheets',
      'attachmentCount',
      'note',
    ]);
    const own = editFieldKeys('own', 2);
    expect(own).toContain('addressees.1.dataBoxId');
    expect(own).toContain('addressees');
    expect(own).not.toContain('sender.name');
    expect(own).not.toContain('senderReference');
  });
});
