import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANGE_DEBOUNCE_MS, ChangeTrigger } from './changeTrigger';

describe('ChangeTrigger', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('asks for one run a quiet moment after the pending count went up', () => {
    const fire = vi.fn();
    const trigger = new ChangeTrigger(fire);
    trigger.observe(0);
    trigger.observe(1);
    vi.advanceTimersByTime(CHANGE_DEBOUNCE_MS - 100);
    trigger.observe(3);
    vi.advanceTimersByTime(CHANGE_DEBOUNCE_MS - 1);
    expect(fire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fire).toHaveBeenCalledTimes(1);
  });

  it('takes the first count as the baseline and ignores counts going down', () => {
    const fire = vi.fn();
    const trigger = new ChangeTrigger(fire);
    trigger.observe(5);
    trigger.observe(2);
    trigger.observe(2);
    vi.advanceTimersByTime(CHANGE_DEBOUNCE_MS * 3);
    expect(fire).not.toHaveBeenCalled();
    trigger.observe(3);
    vi.advanceTimersByTime(CHANGE_DEBOUNCE_MS);
    expect(fire).toHaveBeenCalledTimes(1);
  });

  it('asks for nothing after it is disposed', () => {
    const fire = vi.fn();
    const trigger = new ChangeTrigger(fire);
    trigger.observe(0);
    trigger.observe(1);
    trigger.dispose();
    vi.advanceTimersByTime(CHANGE_DEBOUNCE_MS * 2);
    expect(fire).not.toHaveBeenCalled();
  });
});
