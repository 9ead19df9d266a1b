import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UradovnaDatabase } from '../../db/schema';
import { configureOffice, openTestDatabase } from '../../db/testing/fixtures';
import { queueDispatch } from '../dispatch/queueDispatch';
import { sendQueued } from '../dispatch/sendQueued';
import { getDataboxMeta } from '../meta';
import { FakeIsds, isdsError } from '../testing/fakeIsds';
import { ownLetter } from '../testing/ownDocument';
import { trackDelivery } from './trackDelivery';

const now = new Date('2026-03-02T10:00:00.000Z');
const delivered = '2026-03-02T10:05:00.000Z';
// ISDS marks the fiction at 00:00 Prague after the tenth day; the record keeps that day.
const byFiction = '2026-03-12T23:00:00.000Z';
const fictionDay = '2026-03-12';
let db: UradovnaDatabase;
let isds: FakeIsds;
let messageId: string;
let dmID: string;

beforeEach(async () => {
  db = openTestDatabase();
  await configureOffice(db);
  isds = new FakeIsds();
  ({ messageId } = await queueDispatch(db, await ownLetter(db, now), { now }));
  await sendQueued(db, isds.port, { now: () => now });
  dmID = isds.sent[0]?.dmID ?? '';
});

afterEach(async () => {
  await db.delete();
});

const track = () => trackDelivery(db, isds.port, { boxKeys: ['obec'], now: () => now });

describe('trackDelivery', () => {
  it('keeps the signed sent message, then follows delivery to the fiction and its doručenka', async () => {
    const first = await track();
    expect(first).toMatchObject({ messageZfos: 1, deliveryZfos: 0, boxErrors: {} });
    expect(await db.isdsMessages.get(messageId)).toMatchObject({ state: 2, deliveryTime: null });
    const messageBlob = await db.isdsBlobs.get(`${messageId}:message`);
    expect(messageBlob?.kind).toBe('message');
    expect((await db.isdsMessages.get(messageId))?.envelope.dmSender).toBe('Obec Horní Lhota');

    isds.advance(dmID, 4, delivered);
    await track();
    expect(await db.isdsMessages.get(messageId)).toMatchObject({
      state: 4,
      deliveryTime: delivered,
      fictionAt: fictionDay,
      hasDeliveryZfo: false,
    });

    isds.advance(dmID, 5, byFiction);
    const settled = await track();
    expect(settled.deliveryZfos).toBe(1);
    const record = await db.isdsMessages.get(messageId);
    expect(record).toMatchObject({
      state: 5,
      deliveryTime: delivered,
      acceptanceTime: byFiction,
      fictionAt: fictionDay,
      hasDeliveryZfo: true,
    });
    expect(record?.events.map((event) => event.dmEventDescr?.slice(0, 3))).toEqual([
      'EV1',
      'EV2',
      'EV4',
      'EV5',
    ]);
    expect((await db.isdsBlobs.get(`${messageId}:delivery`))?.kind).toBe('delivery');
    expect(await getDataboxMeta(db, 'stateCursor', 'obec')).toBe(byFiction);

    // Settled: the box is not asked again.
    const calls = isds.calls.length;
    await track();
    expect(isds.calls.length).toBe(calls);
  });

  it('has no fiction date for a message delivered by login', async () => {
    isds.advance(dmID, 4, delivered);
    isds.advance(dmID, 6, '2026-03-03T08:00:00.000Z');
    await track();
    expect(await db.isdsMessages.get(messageId)).toMatchObject({
      state: 6,
      acceptanceTime: '2026-03-03T08:00:00.000Z',
      fictionAt: null,
      hasDeliveryZfo: true,
    });
  });

  it('reads the sent list where the gateway cannot tell state changes', async () => {
    isds.advance(dmID, 4, delivered);
    isds.failAlways('isds.stateChanges', isdsError('status', 'Nepodporováno.', '9999'));
    await track();
    expect(await db.isdsMessages.get(messageId)).toMatchObject({
      state: 4,
      deliveryTime: delivered,
      fictionAt: fictionDay,
    });
  });

  it('reports a box it cannot reach and keeps what it knew', async () => {
    isds.failAlways('isds.stateChanges', isdsError('transport'));
    const report = await track();
    expect(report.boxErrors.obec?.kind).toBe('transport');
    expect((await db.isdsMessages.get(messageId))?.state).toBe(1);
  });
});
