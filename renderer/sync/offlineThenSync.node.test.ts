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

describe('offline registration, then sync with the eSSL simulator', () => {
  let live: LiveEssl;
  let db: UradovnaDatabase;

  beforeEach(async () => {
    live = await startLiveEssl();
    db = await demoDevice(live);
  });
  afterEach(async () => {
    db.close();
    await live.close();
  });

  it('gives provisional numbers offline, then the eSSL numbers; each document lands once', async () => {
    const offline = engineFor(db, portFor(live, live.clerk, deadLine));
    const failed = await offline.syncNow();
    expect(failed.ok).toBe(false);
    expect(offline.getStatus().phase).toBe('offline');

    const first = await registerDocument(db, await demoInput(db, 'Žádost o kácení lípy'));
    expect(first.referenceNumber).toMatch(/^PROZATÍMNÍ \d+\/\d{4}$/);

    const online = engineFor(db, portFor(live));
    const report = await online.syncNow();
    expect(report.error).toBeNull();
    expect(report.ok).toBe(true);
    const stored = await db.documents.get(first.pid);
    expect(stored?.numberStatus).toBe('corrected');
    expect(stored?.referenceNumber).not.toMatch(/PROZATÍMNÍ/);
    expect(stored?.numberHistory?.[0]?.from).toBe(first.referenceNumber);
    expect(report.push?.corrections).toEqual([
      { from: first.referenceNumber, to: stored?.referenceNumber },
    ]);
    expect(await db.outbox.count()).toBe(0);

    // Now the device holds reserved numbers: the next registration is final at once, offline too.
    const free = await db.reservedNumbers.filter((row) => row.state === 'free').count();
    expect(free).toBeGreaterThanOrEqual(10);
    const second = await registerDocument(db, await demoInput(db, 'Oznámení o konání akce'));
    expect(second.referenceNumber).not.toMatch(/PROZATÍMNÍ/);
    await offline.syncNow();
    await online.syncNow();
    const confirmed = await db.documents.get(second.pid);
    expect(confirmed?.numberStatus).toBe('confirmed');
    expect(confirmed?.referenceNumber).toBe(second.referenceNumber);

    const onServer = live.sim.essl
      .documents()
      .filter((doc) => [first.pid, second.pid].includes(doc.id.value));
    expect(onServer).toHaveLength(2);
    expect(onServer.map((doc) => doc.numbers?.referenceNumber).sort()).toEqual(
      [stored?.referenceNumber, second.referenceNumber].sort(),
    );
  });
});
