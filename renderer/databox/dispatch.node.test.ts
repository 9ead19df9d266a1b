import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fictionDate } from '../../common/isds/fiction';
import type { UradovnaDatabase } from '../db/schema';
import { queueDispatch } from './dispatch/queueDispatch';
import { sendEntries, sendPayloadOf } from './dispatch/sendEntry';
import { DataboxEngine } from './engine';
import { sha256Hex } from './model/messageFiles';
import { ownLetter } from './testing/ownDocument';
import {
  dbIDOf,
  liveDevice,
  MUNICIPALITY,
  startLiveIsds,
  switchable,
  type LiveIsds,
} from './testing/liveIsds.node';

let live: LiveIsds;

beforeAll(async () => {
  live = await startLiveIsds();
}, 60_000);

afterAll(async () => {
  await live.close();
});

/** The sim's messages from the municipality with this subject. */
function simMessagesAbout(subject: string) {
  const municipality = dbIDOf(live, 'municipality');
  return live.sim.isds
    .messages()
    .filter(
      (message) => message.sender === municipality && message.envelope.dmAnnotation === subject,
    );
}

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

async function queueLetter(db: UradovnaDatabase, subject: string) {
  const letter = await ownLetter(db, live.now(), dbIDOf(live, 'citizen'));
  return queueDispatch(
    db,
    {
      ...letter,
      boxKey: MUNICIPALITY,
      envelope: { ...letter.envelope, dmAnnotation: subject },
    },
    { now: live.now() },
  );
}

describe('sending through main to the simulated ISDS', () => {
  it('queues offline, sends once on reconnect, and follows delivery to the fiction', async () => {
    const db = await liveDevice();
    const line = switchable(live.port);
    const engine = new DataboxEngine(db, line.port, { now: live.now });
    const subject = 'Rozhodnutí — odesláno po obnovení spojení';

    line.offline = true;
    const { messageId } = await queueLetter(db, subject);
    const offline = await engine.sendQueued();
    expect(offline).toMatchObject({ sent: [], waiting: 1 });
    expect(engine.getStatus().boxErrors[MUNICIPALITY]?.code).toBe('errors.isds.transport');
    expect((await db.isdsMessages.get(messageId))?.dispatch?.state).toBe('queued');
    expect(simMessagesAbout(subject)).toHaveLength(0);

    line.offline = false;
    const back = await engine.reconnect();
    expect(back.sent).toHaveLength(1);
    const [simMessage, ...others] = simMessagesAbout(subject);
    expect(others).toHaveLength(0);
    expect(line.sends).toBe(1);
    expect(simMessage?.files.map((file) => [file.dmFileDescr, file.dmFileMetaType])).toEqual([
      ['rozhodnuti.pdf', 'main'],
      ['situace.png', 'enclosure'],
    ]);
    expect(await sendEntries(db)).toHaveLength(0);

    // The engine followed the delivery right after sending: the signed sent message is kept.
    const sent = await db.isdsMessages.get(messageId);
    expect(sent).toMatchObject({
      id: messageId,
      dmID: simMessage?.dmID,
      dispatch: { state: 'sent' },
    });
    expect(sent?.state).toBeGreaterThanOrEqual(4);
    expect(sent?.deliveryTime).not.toBeNull();
    expect(sent?.fictionAt).toBe(fictionDate(sent!.deliveryTime!));
    const messageZfo = await db.isdsBlobs.get(`${messageId}:message`);
    expect(sha256Hex(await bytesOf(messageZfo!.blob))).toBe(sent?.zfoSha256);
    expect(sent?.seal).toMatchObject({ valid: true, trusted: true });

    // Ten days pass in ISDS without the citizen logging in: delivered by fiction.
    await live.sim.isds.advanceClock(11);
    await engine.track([MUNICIPALITY]);
    const delivered = await db.isdsMessages.get(messageId);
    expect(delivered).toMatchObject({
      state: 5,
      fictionAt: fictionDate(sent!.deliveryTime!),
      hasDeliveryZfo: true,
    });
    expect(delivered?.acceptanceTime).not.toBeNull();
    expect(delivered?.events.length).toBeGreaterThanOrEqual(2);
    const deliveryZfo = await db.isdsBlobs.get(`${messageId}:delivery`);
    expect(deliveryZfo?.kind).toBe('delivery');
    expect((await bytesOf(deliveryZfo!.blob)).length).toBeGreaterThan(0);
    expect(await db.isdsMessages.where('documentPid').equals(sent!.documentPid!).count()).toBe(1);
  }, 60_000);

  it('adopts the message ISDS created when the answer was lost, never sending twice', async () => {
    const db = await liveDevice();
    const line = switchable(live.port);
    const engine = new DataboxEngine(db, line.port, { now: live.now });
    const subject = 'Výzva — odpověď ISDS se ztratila';
    const { messageId } = await queueLetter(db, subject);

    line.loseNextSendAnswer = true;
    const lost = await engine.sendQueued();
    expect(lost).toMatchObject({ sent: [], waiting: 1 });
    expect(simMessagesAbout(subject)).toHaveLength(1);
    const [entry] = await sendEntries(db);
    expect(sendPayloadOf(entry!).attemptedAt).not.toBeNull();

    const retry = await engine.sendQueued();
    expect(retry.sent).toEqual([expect.objectContaining({ messageId, adopted: true })]);
    expect(line.sends).toBe(1);
    const messages = simMessagesAbout(subject);
    expect(messages).toHaveLength(1);
    expect((await db.isdsMessages.get(messageId))?.dmID).toBe(messages[0]?.dmID);
  }, 60_000);
});
