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

const deadLine = { esslUrl: 'http://127.0.0.1:9/erms' };

describe('two devices of one municipality against one eSSL', () => {
  let live: LiveEssl;
  let devices: UradovnaDatabase[];

  beforeEach(async () => {
    live = await startLiveEssl();
    devices = [await demoDevice(live), await demoDevice(live)];
  });
  afterEach(async () => {
    for (const db of devices) db.close();
    await live.close();
  });

  it('200 registrations each while both are offline: 400 documents, 400 distinct numbers, none lost', async () => {
    const [a, b] = devices as [UradovnaDatabase, UradovnaDatabase];
    // Both had been online once: each holds its own reserved block, then the line drops.
    for (const db of devices) expect((await engineFor(db, portFor(live)).syncNow()).ok).toBe(true);
    const registered: Record<string, string[]> = { a: [], b: [] };
    for (let i = 0; i < 200; i++) {
      for (const [name, db] of [
        ['a', a],
        ['b', b],
      ] as const) {
        const result = await registerDocument(db, await demoInput(db, `Dopis ${name}${i}`));
        registered[name]?.push(result.pid);
      }
    }
    for (const db of devices)
      expect((await engineFor(db, portFor(live, live.clerk, deadLine)).syncNow()).ok).toBe(false);
    const offlineNumbers = new Set(
      [...(await a.documents.toArray()), ...(await b.documents.toArray())]
        .filter((doc) => doc.numberStatus === 'reserved')
        .map((doc) => doc.referenceNumber),
    );
    // The reserved blocks never overlap, so the numbers stamped offline are all different.
    expect(offlineNumbers.size).toBe(60);

    for (const db of devices) {
      const report = await engineFor(db, portFor(live)).syncNow();
      expect(report.error).toBeNull();
      expect(await db.outbox.count()).toBe(0);
    }
    const pids = [...(registered.a ?? []), ...(registered.b ?? [])];
    const onServer = live.sim.essl.documents().filter((doc) => pids.includes(doc.id.value));
    expect(onServer).toHaveLength(400);
    const numbers = onServer.map((doc) => doc.numbers?.referenceNumber);
    expect(new Set(numbers).size).toBe(400);
    expect(numbers.every((number) => number && !number.startsWith('PROZATÍMNÍ'))).toBe(true);
    // Each device holds the eSSL's numbers for its own documents (and, after a pull, the other's).
    for (const db of devices) await engineFor(db, portFor(live)).syncNow();
    for (const db of devices) {
      const rows = await db.documents.bulkGet(pids);
      expect(rows.every((row) => row !== undefined)).toBe(true);
      const byPid = new Map(onServer.map((doc) => [doc.id.value, doc.numbers?.referenceNumber]));
      expect(rows.every((row) => row?.referenceNumber === byPid.get(row?.pid ?? ''))).toBe(true);
    }
  }, 120_000);
});
