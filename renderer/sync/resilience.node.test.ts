import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerDocument } from '../db/commands/registerDocument';
import type { UradovnaDatabase } from '../db/schema';
import {
  demoDevice,
  demoInput,
  engineFor,
  portFor,
  startLiveEssl,
  type LiveEssl,
} from './testing/liveEssl.node';

const HOUR = 3_600_000;

describe('sync through restarts and wrong clocks', () => {
  let live: LiveEssl;
  let devices: UradovnaDatabase[] = [];

  beforeEach(async () => {
    live = await startLiveEssl();
  });
  afterEach(async () => {
    for (const db of devices) db.close();
    devices = [];
    await live.close();
  });

  async function device(): Promise<UradovnaDatabase> {
    const db = await demoDevice(live);
    devices.push(db);
    return db;
  }

  it('the eSSL restarted between two pushes: nothing doubled, the journal continues, a replay is recognised', async () => {
    const db = await device();
    const sync = () => engineFor(db, portFor(live)).syncNow();
    expect((await sync()).ok).toBe(true);
    const before = [];
    for (let i = 0; i < 3; i++)
      before.push(await registerDocument(db, await demoInput(db, `Před restartem ${i}`)));
    // Keep a copy of the first registration's entry, as if its acknowledgement had been lost.
    const lostAck = await db.outbox
      .where('entityId')
      .equals(before[0]?.pid ?? '')
      .first();
    expect((await sync()).ok).toBe(true);

    await live.restart();
    const after = [];
    for (let i = 0; i < 3; i++)
      after.push(await registerDocument(db, await demoInput(db, `Po restartu ${i}`)));
    if (lostAck) await db.outbox.add({ ...lostAck, seq: undefined });
    const report = await sync();
    expect(report.error).toBeNull();
    expect(await db.outbox.count()).toBe(0);

    const pids = [...before, ...after].map((result) => result.pid);
    const onServer = live.sim.essl.documents().filter((doc) => pids.includes(doc.id.value));
    expect(onServer).toHaveLength(6);
    expect(new Set(onServer.map((doc) => doc.numbers?.referenceNumber)).size).toBe(6);
    // The replayed creation got the first answer: the first document kept its number.
    const first = await db.documents.get(before[0]?.pid ?? '');
    expect(first?.referenceNumber).toBe(before[0]?.referenceNumber);
    expect(first?.numberStatus).toBe('confirmed');
  });

  it('a PC clock two hours off (either way) loses no change in either direction', async () => {
    for (const offset of [2 * HOUR, -2 * HOUR]) {
      const skewed = await device();
      const right = await device();
      const skewedNow = () => new Date(Date.now() + offset);
      const syncSkewed = () => engineFor(skewed, portFor(live), { now: skewedNow }).syncNow();
      const syncRight = () => engineFor(right, portFor(live)).syncNow();
      expect((await syncSkewed()).ok).toBe(true);
      expect((await syncRight()).ok).toBe(true);

      const fromRight = await registerDocument(right, await demoInput(right, 'Z druhého počítače'));
      expect((await syncRight()).ok).toBe(true);
      expect((await syncSkewed()).ok).toBe(true);
      expect(await skewed.documents.get(fromRight.pid)).toBeDefined();

      const fromSkewed = await registerDocument(
        skewed,
        await demoInput(skewed, 'Z počítače se špatnými hodinami'),
        [],
        {
          now: skewedNow(),
        },
      );
      expect((await syncSkewed()).ok).toBe(true);
      expect((await syncRight()).ok).toBe(true);
      const seen = await right.documents.get(fromSkewed.pid);
      expect(seen?.referenceNumber).toBe(
        (await skewed.documents.get(fromSkewed.pid))?.referenceNumber,
      );
    }
  });
});
