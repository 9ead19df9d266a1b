import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UradovnaDatabase } from '../../db/schema';
import { configureOffice, openTestDatabase, snapshot, testUser } from '../../db/testing/fixtures';
import { refusal } from '../../db/testing/commandTest';
import { putSetting } from '../../db/settings';
import { verifyTxLog } from '../../db/txlog/verify';
import { ZFO_MIME } from '../model/messageFiles';
import { partyKindOf } from '../model/senderParty';
import {
  CITIZEN_BOX,
  fakeZfoBytes,
  pdfBytes,
  receivedZfo,
  reportFor,
  sampleFile,
  sampleMessage,
} from '../testing/sampleMessages';
import { registerStoredMessage, storeReceivedMessage } from './storeReceived';

const now = new Date('2026-03-02T10:00:00.000Z');
let db: UradovnaDatabase;

beforeEach(async () => {
  db = openTestDatabase();
  await configureOffice(db);
});

afterEach(async () => {
  await db.delete();
});

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

describe('storeReceivedMessage', () => {
  it('stores the message, its ZFO unchanged, and registers an incoming document', async () => {
    const { zfo, report } = receivedZfo();
    const result = await storeReceivedMessage(db, { boxKey: 'obec', zfo, report }, { now });

    expect(result).toMatchObject({ stored: true, messageId: 'received:1000001', dmID: '1000001' });
    expect(result.referenceNumber).toBe('OUHL 1/2026');
    const record = await db.isdsMessages.get('received:1000001');
    expect(record).toMatchObject({
      dmID: '1000001',
      direction: 'received',
      boxKey: 'obec',
      state: 6,
      deliveryTime: '2026-03-02T08:00:00Z',
      unread: true,
      suspicious: [],
      documentPid: result.pid,
      zfoSha256: report.sha256,
    });
    expect(record?.words).toEqual(expect.arrayContaining(['zadost', 'novak', '1000001']));

    const blob = await db.isdsBlobs.get('received:1000001:message');
    expect(blob?.kind).toBe('message');
    expect(await bytesOf(blob!.blob)).toEqual(zfo);

    const doc = await db.documents.get(result.pid!);
    expect(doc).toMatchObject({
      direction: 'incoming',
      channel: 'databox',
      subject: 'Žádost o stavební povolení',
      senderReference: { number: 'JN-7/2026', date: null },
      documentDate: '2026-03-02T08:00:00.000Z',
      handler: testUser,
      componentCount: 2,
      sender: {
        kind: 'person',
        name: 'Jan Novák',
        dataBoxId: CITIZEN_BOX,
        address: { street: 'Dlouhá 5', postalCode: '111 11', city: 'Horní Lhota' },
      },
    });

    const components = await db.components.where('pid').equals(result.pid!).toArray();
    const byName = new Map(components.map((component) => [component.name, component]));
    expect([...byName.keys()].sort()).toEqual(['1000001.zfo', 'zadost.pdf']);
    const zfoComponent = byName.get('1000001.zfo')!;
    expect(zfoComponent).toMatchObject({ role: 'signedOriginal', mime: ZFO_MIME });
    expect(await bytesOf(zfoComponent.blob)).toEqual(zfo);
    expect(byName.get('zadost.pdf')?.role).toBeUndefined();
    expect(await bytesOf(byName.get('zadost.pdf')!.blob)).toEqual(pdfBytes);
    expect(record?.zfoComponentId).toBe(zfoComponent.id);
    expect(record?.files[0]?.componentId).toBe(byName.get('zadost.pdf')?.id);

    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((entry) => entry.kind)).toEqual([
      'document.register',
      'component.add',
      'component.add',
    ]);
    expect((await verifyTxLog(db)).ok).toBe(true);
  });

  it('does nothing when the same message is stored again', async () => {
    const input = { boxKey: 'obec', ...receivedZfo() };
    await storeReceivedMessage(db, input, { now });
    const before = await snapshot(db);
    const again = await storeReceivedMessage(db, input, { now });
    expect(again.stored).toBe(false);
    expect(again.pid).not.toBeNull();
    expect(await snapshot(db)).toEqual(before);
  });

  it('saves hostile attachment names under safe names and flags the message', async () => {
    const long = `${'a'.repeat(296)}.pdf`;
    const message = sampleMessage({
      files: [
        sampleFile({ dmFileDescr: '../../x.exe', content: new Uint8Array([0x4d, 0x5a, 0, 0]) }),
        sampleFile({ dmFileDescr: 'CON', dmFileMetaType: 'enclosure' }),
        sampleFile({ dmFileDescr: 'a/b.pdf', dmFileMetaType: 'enclosure' }),
        sampleFile({ dmFileDescr: long, dmFileMetaType: 'enclosure' }),
        sampleFile({ dmFileDescr: 'b.pdf', dmFileMetaType: 'enclosure' }),
      ],
    });
    const result = await storeReceivedMessage(
      db,
      { boxKey: 'obec', ...receivedZfo(message) },
      { now },
    );
    const record = await db.isdsMessages.get(result.messageId);
    const names = record!.files.map((file) => file.name);
    expect(names[0]).toBe('x.exe');
    expect(names[1]).toBe('_CON');
    expect(names[2]).toBe('b.pdf');
    expect(names[3]!.length).toBeLessThanOrEqual(180);
    expect(names[3]).toMatch(/^a+\.pdf$/);
    // Two files never share a name once made safe.
    expect(names[4]).toBe('b (2).pdf');
    for (const name of names) expect(name).not.toMatch(/[/\\]/);
    expect(record!.files.map((file) => file.originalName)).toEqual(
      message.files.map((file) => file.dmFileDescr),
    );
    expect(record!.suspicious).toEqual(['executableAttachment', 'renamedAttachment']);
    expect(result.renamedFiles).toContainEqual(['../../x.exe', 'x.exe']);
    const components = await db.components.where('pid').equals(result.pid!).toArray();
    expect(components.map((component) => component.name).sort()).toEqual(
      [...names, '1000001.zfo'].sort(),
    );
  });

  it.each([
    [{ seal: { valid: false, problem: 'zfo.sealInvalid' } }, ['sealInvalid']],
    [{ seal: { trusted: false } }, ['sealUntrusted']],
    [{ timestamp: { valid: false } }, ['timestampInvalid']],
    [{ timestamp: { hashMatches: false } }, ['hashMismatch']],
  ] as const)('flags a message whose checks fail (%o)', async (checks, reasons) => {
    const { zfo, report } = receivedZfo(sampleMessage(), checks);
    const result = await storeReceivedMessage(db, { boxKey: 'obec', zfo, report }, { now });
    expect(result.suspicious).toEqual(reasons);
    expect((await db.isdsMessages.get(result.messageId))?.suspicious).toEqual(reasons);
  });

  it('keeps HTML in the subject as plain text', async () => {
    const annotation = '<b>Věc</b> <script>alert(1)</script>';
    const message = sampleMessage({ envelope: { dmAnnotation: annotation } });
    const result = await storeReceivedMessage(
      db,
      { boxKey: 'obec', ...receivedZfo(message) },
      { now },
    );
    expect((await db.documents.get(result.pid!))?.subject).toBe(annotation);
  });

  it('names a message without a subject and a sender without a name', async () => {
    const message = sampleMessage({
      envelope: { dmAnnotation: '  ', dmSender: null, dmSenderAddress: null, dmSenderType: 20 },
    });
    const result = await storeReceivedMessage(
      db,
      { boxKey: 'obec', ...receivedZfo(message) },
      { now },
    );
    expect(await db.documents.get(result.pid!)).toMatchObject({
      subject: 'Datová zpráva 1000001',
      sender: { kind: 'organization', name: CITIZEN_BOX },
    });
  });

  it('registers a message delivered "later" by the ISDS clock at the time it is stored', async () => {
    const message = sampleMessage({ dmDeliveryTime: '2026-03-20T08:00:00Z' });
    const result = await storeReceivedMessage(
      db,
      { boxKey: 'obec', ...receivedZfo(message) },
      { now },
    );
    expect((await db.documents.get(result.pid!))?.documentDate).toBe(now.toISOString());
  });

  it('uses the classification of the box from the settings', async () => {
    await putSetting(db, 'databoxIntake', {
      fileMark: '1.1',
      handler: null,
      byBox: { skola: { fileMark: '1.2', handler: 'Ředitelka' } },
    });
    const first = await storeReceivedMessage(db, { boxKey: 'obec', ...receivedZfo() }, { now });
    const second = await storeReceivedMessage(
      db,
      { boxKey: 'skola', ...receivedZfo(sampleMessage({ envelope: { dmID: '1000002' } })) },
      { now },
    );
    expect(await db.documents.get(first.pid!)).toMatchObject({
      fileMark: '1.1',
      handler: testUser,
    });
    expect(await db.documents.get(second.pid!)).toMatchObject({
      fileMark: '1.2',
      handler: 'Ředitelka',
    });
  });

  it('stores nothing when the registration fails', async () => {
    await db.settings.delete('organization');
    const before = await snapshot(db);
    const error = await refusal(
      storeReceivedMessage(db, { boxKey: 'obec', ...receivedZfo() }, { now }),
    );
    expect(error.code).toBe('errors.notConfigured');
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a report of other bytes or of another kind of content', async () => {
    const { report } = receivedZfo();
    expect(
      (await refusal(storeReceivedMessage(db, { boxKey: 'obec', zfo: fakeZfoBytes('9'), report })))
        .code,
    ).toBe('errors.databox.reportMismatch');
    const zfo = fakeZfoBytes('1000001');
    const sent = reportFor(zfo, { kind: 'sent', message: sampleMessage() });
    expect(
      (await refusal(storeReceivedMessage(db, { boxKey: 'obec', zfo, report: sent }))).code,
    ).toBe('errors.databox.notReceivedMessage');
    expect(await db.isdsMessages.count()).toBe(0);
  });

  it('keeps a message unregistered when told, and registers it later from its ZFO', async () => {
    const input = { boxKey: 'obec', ...receivedZfo() };
    const kept = await storeReceivedMessage(db, input, { now, register: false });
    expect(kept).toMatchObject({ stored: true, pid: null });
    expect(await db.documents.count()).toBe(0);
    const port = { 'zfo.verify': async () => input.report };
    const registered = await registerStoredMessage(db, port, kept.messageId, { now });
    const record = await db.isdsMessages.get(kept.messageId);
    expect(record?.documentPid).toBe(registered.pid);
    expect(record?.files[0]?.componentId).not.toBeNull();
    expect(await db.components.where('pid').equals(registered.pid).count()).toBe(2);
  });
});

describe('partyKindOf', () => {
  it.each([
    [10, 'authority'],
    [14, 'authority'],
    [20, 'organization'],
    [25, 'organization'],
    [30, 'person'],
    [40, 'person'],
    [45, 'person'],
  ] as const)('dmSenderType %i is a %s', (type, kind) => {
    expect(partyKindOf(type)).toBe(kind);
  });
});
