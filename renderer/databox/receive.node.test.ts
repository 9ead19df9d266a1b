import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UradovnaDatabase } from '../db/schema';
import { sha256Hex } from './model/messageFiles';
import { receiveMessages } from './receive/receiveMessages';
import {
  dbIDOf,
  liveDevice,
  MUNICIPALITY,
  startLiveIsds,
  type LiveIsds,
} from './testing/liveIsds.node';

let live: LiveIsds;

beforeAll(async () => {
  live = await startLiveIsds();
}, 60_000);

afterAll(async () => {
  await live.close();
});

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

describe('receiving from the simulated ISDS through main', () => {
  let db: UradovnaDatabase;

  beforeAll(async () => {
    db = await liveDevice();
  });

  it('stores, registers and marks downloaded every message of the box', async () => {
    const municipality = dbIDOf(live, 'municipality');
    const injected = await live.sim.isds.deliver({ to: municipality, count: 3, attachments: 2 });
    const report = await receiveMessages(db, live.port, {
      boxKeys: [MUNICIPALITY],
      now: live.now,
    });
    expect(report.boxes[0]?.error).toBeNull();
    expect(report.failed).toBe(0);
    const inbox = live.sim.isds
      .messages()
      .filter((message) => message.recipient === municipality && message.state >= 4);
    expect(report.stored).toBe(inbox.length);
    expect(inbox.map((message) => message.dmID)).toEqual(expect.arrayContaining(injected));

    for (const dmID of injected) {
      const record = await db.isdsMessages.get(`received:${dmID}`);
      expect(record).toMatchObject({
        direction: 'received',
        boxKey: MUNICIPALITY,
        markedDownloaded: true,
        suspicious: [],
        seal: expect.objectContaining({ valid: true, trusted: true }),
      });
      expect(record?.files).toHaveLength(2);
      const blob = await db.isdsBlobs.get(`received:${dmID}:message`);
      expect(sha256Hex(await bytesOf(blob!.blob))).toBe(record?.zfoSha256);
      const doc = await db.documents.get(record!.documentPid!);
      expect(doc).toMatchObject({
        direction: 'incoming',
        channel: 'databox',
        subject: record?.envelope.dmAnnotation,
        componentCount: 3,
      });
      const components = await db.components.where('pid').equals(doc!.pid).toArray();
      const zfo = components.find((component) => component.role === 'signedOriginal');
      expect(zfo?.name).toBe(`${dmID}.zfo`);
      expect(await bytesOf(zfo!.blob)).toEqual(await bytesOf(blob!.blob));
    }
    const simMessages = live.sim.isds
      .messages()
      .filter((message) => injected.includes(message.dmID));
    expect(simMessages.every((message) => message.downloaded)).toBe(true);
  });

  it('does not download a stored message again', async () => {
    const before = await db.isdsMessages.count();
    const again = await receiveMessages(db, live.port, { boxKeys: [MUNICIPALITY], now: live.now });
    expect(again).toMatchObject({ stored: 0, failed: 0 });
    expect(await db.isdsMessages.count()).toBe(before);
  });
});

describe('receiving many messages at once', () => {
  // Timing belongs to `npm run bench` (receive_1k_ms); this checks that the pipelined
  // download keeps every message and registers each exactly once.
  it('stores and registers every one of 60 new messages once', async () => {
    const municipality = dbIDOf(live, 'municipality');
    const device = await liveDevice();
    await receiveMessages(device, live.port, { boxKeys: [MUNICIPALITY], now: live.now });
    const before = await device.documents.count();
    const injected = await live.sim.isds.deliver({ to: municipality, count: 60 });

    const report = await receiveMessages(device, live.port, {
      boxKeys: [MUNICIPALITY],
      now: live.now,
    });

    expect(report).toMatchObject({ stored: 60, failed: 0 });
    expect(await device.documents.count()).toBe(before + 60);
    const stored = await device.isdsMessages.bulkGet(injected.map((dmID) => `received:${dmID}`));
    expect(stored.every((record) => record?.documentPid)).toBe(true);
    expect(new Set(stored.map((record) => record?.documentPid)).size).toBe(60);
  }, 180_000);
});
