import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FaultKind } from '../../sim/essl/faults';
import { registerDocument } from '../db/commands/registerDocument';
import type { UradovnaDatabase } from '../db/schema';
import { SYNC_INTERVAL_MS } from './engine';
import {
  demoDevice,
  demoInput,
  engineFor,
  portFor,
  startLiveEssl,
  type LiveEssl,
} from './testing/liveEssl.node';

/** Short client timeouts: the `timeout` fault never answers. */
const tuning = { connectTimeoutMs: 1_000, responseTimeoutMs: 1_000 };

/**
 * Each fault of the eSSL (or the network before it) during a push: the run stops with
 * a clear Czech message, nothing the device holds is lost, and once the eSSL is well
 * again every document is there exactly once with the number the device shows.
 */
describe('a push meeting a failing eSSL', () => {
  let live: LiveEssl;
  let db: UradovnaDatabase;

  beforeEach(async () => {
    live = await startLiveEssl();
    db = await demoDevice(live);
    expect((await engineFor(db, portFor(live)).syncNow()).ok).toBe(true);
  });
  afterEach(async () => {
    db.close();
    await live.close();
  });

  const cases: Array<{ kind: FaultKind; phase: 'offline' | 'error'; message: RegExp }> = [
    { kind: '500', phase: 'offline', message: /./ },
    { kind: 'timeout', phase: 'offline', message: /./ },
    { kind: 'html', phase: 'error', message: /přihlášení|přihlásit/i },
    { kind: 'malformed', phase: 'offline', message: /./ },
    { kind: 'bomb', phase: 'offline', message: /./ },
    { kind: 'invalid', phase: 'error', message: /./ },
    { kind: 'soapfault', phase: 'offline', message: /./ },
    { kind: 'drop', phase: 'offline', message: /./ },
  ];

  for (const { kind, phase, message } of cases) {
    it(`${kind}: stops with a message, loses nothing, lands each document once afterwards`, async () => {
      const pids: string[] = [];
      const numbers: string[] = [];
      for (let i = 0; i < 5; i++) {
        const result = await registerDocument(
          db,
          await demoInput(db, `Dopis při poruše ${kind} ${i}`),
        );
        pids.push(result.pid);
        numbers.push(result.referenceNumber);
      }
      live.sim.setFaults({ rate: 1, kinds: [kind] });
      const engine = engineFor(db, portFor(live, live.clerk, {}, tuning));
      const failed = await engine.syncNow();
      expect(failed.ok).toBe(false);
      expect(engine.getStatus().phase).toBe(phase);
      expect(engine.getStatus().lastError?.message).toMatch(message);
      expect(engine.getStatus().lastError?.message).not.toMatch(/undefined|\[object/);
      // Nothing lost: every registration is still queued or already acknowledged.
      const queued = await db.outbox.where('kind').equals('document.register').count();
      const acknowledged = (await db.documents.bulkGet(pids)).filter((doc) => doc?.essl).length;
      expect(queued + acknowledged).toBe(5);

      live.sim.setFaults(null);
      const healed = await engineFor(db, portFor(live, live.clerk, {}, tuning)).syncNow();
      expect(healed.error).toBeNull();
      expect(await db.outbox.count()).toBe(0);
      const onServer = live.sim.essl.documents().filter((doc) => pids.includes(doc.id.value));
      expect(onServer).toHaveLength(5);
      // Reserved numbers stamped before the fault are the eSSL's numbers now.
      const local = await db.documents.bulkGet(pids);
      expect(local.map((doc) => doc?.referenceNumber)).toEqual(numbers);
      expect(onServer.map((doc) => doc.numbers?.referenceNumber).sort()).toEqual(
        [...numbers].sort(),
      );
    });
  }

  it('connections dropping now and then in the middle of batches: what was acknowledged stays, the rest follows, nothing twice', async () => {
    const pids: string[] = [];
    for (let i = 0; i < 20; i++)
      pids.push((await registerDocument(db, await demoInput(db, `Dávka ${i}`))).pid);
    live.sim.setFaults({ rate: 0.3, kinds: ['drop'] });
    const engine = engineFor(db, portFor(live, live.clerk, {}, tuning));
    for (let attempt = 0; attempt < 30 && (await db.outbox.count()) > 0; attempt++)
      await engine.syncNow();
    live.sim.setFaults(null);
    await engine.syncNow();
    expect(await db.outbox.count()).toBe(0);
    const onServer = live.sim.essl.documents().filter((doc) => pids.includes(doc.id.value));
    expect(onServer).toHaveLength(20);
    expect(new Set(onServer.map((doc) => doc.numbers?.referenceNumber)).size).toBe(20);
  }, 60_000);

  it('a wrong password: stops, says so, sends nothing, and is not retried fast', async () => {
    await registerDocument(db, await demoInput(db, 'Dopis se špatným heslem'));
    const engine = engineFor(
      db,
      portFor({ ...live, clerk: { ...live.clerk, password: 'špatně' } }),
    );
    const failed = await engine.syncNow();
    expect(failed.error?.kind).toBe('auth');
    expect(engine.getStatus().phase).toBe('error');
    expect(await db.outbox.count()).toBe(1);
    const next = Date.parse(engine.getStatus().nextRunAt ?? '') - Date.now();
    expect(next).toBeGreaterThan(SYNC_INTERVAL_MS - 5_000);
  });
});

describe('a pull through a flaky line', () => {
  it('resumes at the last stored page and ends with every document once', async () => {
    const live = await startLiveEssl({ documents: 250 });
    const db = await demoDevice(live);
    try {
      await db.syncMeta.delete('cursor');
      await db.documents.clear();
      live.sim.setFaults({ rate: 0.15, kinds: ['500', 'malformed', 'drop'] });
      const engine = engineFor(db, portFor(live, live.clerk, {}, tuning));
      let runs = 0;
      for (; runs < 60; runs++) if ((await engine.syncNow()).ok) break;
      expect(runs).toBeLessThan(60);
      live.sim.setFaults(null);
      const onServer = live.sim.essl.documents();
      expect(await db.documents.count()).toBe(onServer.length);
      const local = await db.documents.bulkGet(onServer.map((doc) => doc.id.value));
      expect(
        local.every(
          (doc, index) =>
            doc?.referenceNumber === (onServer[index]?.numbers?.referenceNumber ?? ''),
        ),
      ).toBe(true);
    } finally {
      db.close();
      await live.close();
    }
  }, 120_000);
});
