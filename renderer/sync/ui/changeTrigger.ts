import type { Timers } from '../engine';

/**
 * How long after a command queued work the push starts: a clerk registering a letter
 * with three scans queues four entries in quick steps, and one run should take them all.
 */
export const CHANGE_DEBOUNCE_MS = 800;

const browserTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Turns "the number of pending outbox entries went up" into one sync request after
 * a quiet moment. The first count only sets the baseline (the start run covers what
 * was there); a count going down is the push itself and asks for nothing.
 */
export class ChangeTrigger {
  private last: number | null = null;
  private timer: unknown = null;

  constructor(
    private readonly fire: () => void,
    private readonly delayMs = CHANGE_DEBOUNCE_MS,
    private readonly timers: Timers = browserTimers,
  ) {}

  observe(pending: number): void {
    const previous = this.last;
    this.last = pending;
    if (previous === null || pending <= previous) return;
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      this.fire();
    }, this.delayMs);
  }

  dispose(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }
}
