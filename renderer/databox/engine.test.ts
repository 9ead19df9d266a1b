import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UradovnaDatabase } from '../db/schema';
import { configureOffice, openTestDatabase } from '../db/testing/fixtures';
import { queueDispatch } from './dispatch/queueDispatch';
import { DataboxEngine, type DataboxStatus, type Timers } from './engine';
import type { DataboxPort } from './port';
import { boxInfo, FakeIsds, isdsError } from './testing/fakeIsds';
import { ownLetter } from './testing/ownDocument';

const now = new Date('2026-03-02T10:00:00.000Z');
let db: UradovnaDatabase;
let isds: FakeIsds;

class ManualTimers implements Timers {
  readonly pending = new Map<number, { callback: () => void; ms: number }>();
  private next = 1;
  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.next++;
    this.pending.set(id, { callback, ms });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  fireAll(): void {
    const due = [...this.pending.entries()];
    this.pending.clear();
    for (const [, timer] of due) timer.callback();
  }
}

/** Counts how many port calls run at once. */
function concurrencyOf(port: DataboxPort): { port: DataboxPort; max: () => number } {
  let running = 0;
  let max = 0;
  const wrapped = Object.fromEntries(
    Object.entries(port).map(([name, call]) => [
      name,
      async (args: never) => {
        running += 1;
        max = Math.max(max, running);
        try {
          await new Promise((resolve) => setTimeout(resolve, 1));
          return await (call as (args: never) => Promise<unknown>)(args);
        } finally {
          running -= 1;
        }
      },
    ]),
  ) as unknown as DataboxPort;
  return { port: wrapped, max: () => max };
}

beforeEach(async () => {
  db = openTestDatabase();
  await configureOffice(db);
  isds = new FakeIsds();
});

afterEach(async () => {
  await db.delete();
});

describe('DataboxEngine', () => {
  it('runs one piece of work at a time and reports its phases', async () => {
    const { port, max } = concurrencyOf(isds.port);
    const phases: string[] = [];
    const engine = new DataboxEngine(db, port, {
      now: () => now,
      onStatus: (status) => phases.push(status.phase),
    });
    isds.deliver();
    await queueDispatch(db, await ownLetter(db, now), { now });
    const [received, sent] = await Promise.all([engine.receive(), engine.sendQueued()]);
    expect(received.stored).toBe(1);
    expect(sent.sent).toHaveLength(1);
    expect(max()).toBe(1);
    expect(phases).toEqual(expect.arrayContaining(['receiving', 'sending', 'tracking', 'idle']));
    expect(phases.indexOf('sending')).toBeGreaterThan(phases.indexOf('receiving'));
    expect(engine.getStatus()).toMatchObject({ phase: 'idle', lastReceive: received });
    // After sending it followed the delivery: the signed sent message is kept.
    expect(await db.isdsBlobs.where('messageId').startsWith('sent:').count()).toBe(1);
  });

  it('joins send requests made while one waits', async () => {
    const engine = new DataboxEngine(db, isds.port, { now: () => now });
    await queueDispatch(db, await ownLetter(db, now), { now });
    const blocker = engine.receive();
    const first = engine.sendQueued('reconnect');
    const second = engine.sendQueued('queued');
    expect(second).toBe(first);
    await blocker;
    expect((await first).sent).toHaveLength(1);
    expect(isds.count('isds.send')).toBe(1);
  });

  it('keeps the last problem of each box until it succeeds', async () => {
    const engine = new DataboxEngine(db, isds.port, { now: () => now });
    isds.fail('isds.listReceived', isdsError('auth'));
    await engine.receive(['obec']);
    expect(engine.getStatus().boxErrors.obec).toMatchObject({ code: 'errors.isds.auth' });
    await engine.receive(['obec']);
    expect(engine.getStatus().boxErrors).toEqual({});
  });

  it('asks on a schedule only the boxes behind the gateway with auto-poll on', async () => {
    isds.boxes = [
      boxInfo({ key: 'obec' }),
      boxInfo({ key: 'skola', dbID: 'skl0001', viaGateway: true, autoPoll: true, pollMinutes: 15 }),
      boxInfo({ key: 'ms', dbID: 'msk0001', viaGateway: true, autoPoll: false }),
    ];
    isds.deliver('obec');
    isds.deliver('skola');
    const timers = new ManualTimers();
    const engine = new DataboxEngine(db, isds.port, { now: () => now, timers });
    await engine.start();
    expect(engine.scheduledBoxes).toEqual(['skola']);
    expect([...timers.pending.values()].map((timer) => timer.ms)).toEqual([15 * 60_000]);
    timers.fireAll();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await engine.track();
    const keys = isds.calls
      .filter((call) => call.method === 'isds.listReceived')
      .map((call) => (call.args as { key: string }).key);
    expect(keys).toEqual(['skola']);
    expect(await db.isdsMessages.count()).toBe(1);
    // Scheduled again after the run; stop clears it.
    expect(engine.scheduledBoxes).toEqual(['skola']);
    engine.stop();
    expect(timers.pending.size).toBe(0);
  });

  it('sends what waits when the line comes back', async () => {
    const statuses: DataboxStatus[] = [];
    const engine = new DataboxEngine(db, isds.port, {
      now: () => now,
      onStatus: (status) => statuses.push(status),
    });
    await queueDispatch(db, await ownLetter(db, now), { now });
    isds.fail('isds.send', isdsError('transport'));
    expect((await engine.sendQueued()).waiting).toBe(1);
    expect(engine.getStatus()).toMatchObject({
      waiting: 1,
      boxErrors: { obec: { code: 'errors.isds.transport' } },
    });
    const back = await engine.reconnect();
    expect(back.sent).toHaveLength(1);
    expect(engine.getStatus()).toMatchObject({ waiting: 0, boxErrors: {} });
  });
});
