import { describe, expect, it } from 'vitest';
import { startPolling, type PollTimers } from './poller';

/** Timers run by hand: `fire()` runs what is due, whatever the interval. */
function manualTimers() {
  const pending = new Map<number, { run: () => void; ms: number }>();
  let next = 1;
  const timers: PollTimers = {
    setTimeout: (run, ms) => {
      const id = next++;
      pending.set(id, { run, ms });
      return id;
    },
    clearTimeout: (id) => {
      pending.delete(id as number);
    },
  };
  const fire = () => {
    const due = [...pending.entries()];
    pending.clear();
    for (const [, timer] of due) timer.run();
  };
  return { timers, pending, fire };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('polling the scanner folder', () => {
  it('lists at once, then again the interval after each listing has ended', async () => {
    const { timers, pending, fire } = manualTimers();
    let calls = 0;
    const stop = startPolling(
      async () => {
        calls += 1;
      },
      3000,
      timers,
    );
    expect(calls).toBe(1);
    await settle();
    expect([...pending.values()].map((timer) => timer.ms)).toEqual([3000]);
    fire();
    await settle();
    expect(calls).toBe(2);
    stop();
    expect(pending.size).toBe(0);
  });

  it('never asks again while a listing is on its way, and goes on after a failure', async () => {
    const { timers, pending, fire } = manualTimers();
    let answer: (() => void) | null = null;
    let calls = 0;
    startPolling(
      () => {
        calls += 1;
        if (calls === 1) return new Promise<void>((resolve) => (answer = resolve));
        return Promise.reject(new Error('share gone'));
      },
      3000,
      timers,
    );
    await settle();
    expect(pending.size).toBe(0);
    answer!();
    await settle();
    expect(pending.size).toBe(1);
    fire();
    await settle();
    expect(calls).toBe(2);
    expect(pending.size).toBe(1);
  });

  it('does not ask again once stopped, even when a listing ends after', async () => {
    const { timers, pending } = manualTimers();
    let answer: (() => void) | null = null;
    const stop = startPolling(
      () => new Promise<void>((resolve) => (answer = resolve)),
      3000,
      timers,
    );
    stop();
    answer!();
    await settle();
    expect(pending.size).toBe(0);
  });
});
