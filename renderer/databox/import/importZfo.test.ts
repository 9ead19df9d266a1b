import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UradovnaDatabase } from '../../db/schema';
import { configureOffice, openTestDatabase, snapshot } from '../../db/testing/fixtures';
import { refusal } from '../../db/testing/commandTest';
import { queueDispatch } from '../dispatch/queueDispatch';
import { sendQueued } from '../dispatch/sendQueued';
import { FakeIsds } from '../testing/fakeIsds';
import { ownLetter } from '../testing/ownDocument';
import {
  CITIZEN_BOX,
  fakeZfoBytes,
  OUR_BOX,
  receivedZfo,
  reportFor,
  sampleDelivery,
  sampleEnvelope,
  sampleMessage,
} from '../testing/sampleMessages';
import { importZfoFile } from './importZfo';

const now = new Date('2026-03-02T10:00:00.000Z');
let db: UradovnaDatabase;
let isds: FakeIsds;

beforeEach(async () => {
  db = openTestDatabase();
  await configureOffice(db);
  isds = new FakeIsds();
});

afterEach(async () => {
  await db.delete();
});

function known(zfo: Uint8Array, report: ReturnType<typeof reportFor>): Uint8Array {
  isds.known.set(report.sha256, report);
  return zfo;
}

const importFile = (bytes: Uint8Array, name = 'zprava.zfo') =>
  importZfoFile(db, isds.port, { name, bytes }, { now });

describe('importZfoFile', () => {
  it('stores and registers a message received by one of our boxes, once', async () => {
    const { zfo, report } = receivedZfo();
    const result = await importFile(known(zfo, report));
    expect(result).toMatchObject({
      outcome: 'received',
      stored: true,
      messageId: 'received:1000001',
    });
    const pid = result.outcome === 'received' ? result.pid : null;
    expect((await db.documents.get(pid ?? ''))?.channel).toBe('databox');
    expect(await importFile(zfo)).toEqual({
      outcome: 'alreadyStored',
      messageId: 'received:1000001',
      pid,
    });
    expect(await db.documents.count()).toBe(1);
  });

  it('keeps a message with a failing seal flagged and out of the journal', async () => {
    const { zfo, report } = receivedZfo(sampleMessage(), {
      seal: { valid: false, problem: 'zfo.sealInvalid' },
    });
    const result = await importFile(known(zfo, report));
    expect(result).toMatchObject({ outcome: 'received', pid: null, suspicious: ['sealInvalid'] });
    expect(await db.documents.count()).toBe(0);
    expect((await db.isdsMessages.get('received:1000001'))?.seal?.valid).toBe(false);
  });

  it("refuses a file that is no ZFO with main's error and stores nothing", async () => {
    const before = await snapshot(db);
    const error = await refusal(importFile(new TextEncoder().encode('%PDF-1.7 renamed'), 'x.zfo'));
    expect(error.code).toBe('errors.zfo.notZfo');
    expect(await snapshot(db)).toEqual(before);
  });

  it('says a message of other boxes is not ours and stores nothing', async () => {
    const message = sampleMessage({ envelope: { dbIDRecipient: 'xyz9999' } });
    const { zfo, report } = receivedZfo(message);
    expect(await importFile(known(zfo, report))).toEqual({
      outcome: 'notOurs',
      dbIDSender: CITIZEN_BOX,
      dbIDRecipient: 'xyz9999',
    });
    expect(await db.isdsMessages.count()).toBe(0);
  });

  it('keeps a message we sent as sent, without registering it', async () => {
    const message = sampleMessage({
      envelope: {
        dmID: '2000001',
        dbIDSender: OUR_BOX,
        dbIDRecipient: CITIZEN_BOX,
        dmSenderType: 10,
      },
    });
    const zfo = fakeZfoBytes('2000001');
    const result = await importFile(known(zfo, reportFor(zfo, { kind: 'sent', message })));
    expect(result).toMatchObject({ outcome: 'sent', messageId: 'sent:2000001', created: true });
    expect(await db.isdsMessages.get('sent:2000001')).toMatchObject({
      direction: 'sent',
      boxKey: 'obec',
      documentPid: null,
    });
    expect((await db.isdsBlobs.get('sent:2000001:message'))?.kind).toBe('message');
    expect(await db.documents.count()).toBe(0);
  });

  it('attaches a doručenka to the sent message it belongs to', async () => {
    const { messageId } = await queueDispatch(db, await ownLetter(db, now), { now });
    await sendQueued(db, isds.port, { now: () => now });
    const dmID = isds.sent[0]!.dmID;
    const delivery = sampleDelivery(
      sampleEnvelope({ dmID, dbIDSender: OUR_BOX, dbIDRecipient: CITIZEN_BOX }),
    );
    const zfo = fakeZfoBytes(dmID, 'delivery');
    const result = await importFile(known(zfo, reportFor(zfo, { kind: 'delivery', delivery })));
    expect(result).toMatchObject({ outcome: 'delivery', messageId, attached: true });
    expect(await db.isdsMessages.get(messageId)).toMatchObject({
      state: 5,
      deliveryTime: delivery.dmDeliveryTime,
      acceptanceTime: delivery.dmAcceptanceTime,
      hasDeliveryZfo: true,
      events: delivery.dmEvents,
    });
    expect((await db.isdsBlobs.get(`${messageId}:delivery`))?.kind).toBe('delivery');
  });

  it('keeps a doručenka of a message not here on its own', async () => {
    const delivery = sampleDelivery(
      sampleEnvelope({ dmID: '3000001', dbIDSender: OUR_BOX, dbIDRecipient: CITIZEN_BOX }),
    );
    const zfo = fakeZfoBytes('3000001', 'delivery');
    const result = await importFile(known(zfo, reportFor(zfo, { kind: 'delivery', delivery })));
    expect(result).toMatchObject({
      outcome: 'delivery',
      messageId: 'sent:3000001',
      attached: false,
    });
    expect(await db.isdsMessages.get('sent:3000001')).toMatchObject({
      hasDeliveryZfo: true,
      files: [],
      state: 5,
      zfoSha256: null,
    });
    expect((await db.isdsBlobs.get('sent:3000001:delivery'))?.kind).toBe('delivery');
  });
});
