import { describe, expect, it } from 'vitest';
import { BACKOFF_BASE_MS, BACKOFF_MAX_MS, backoffDelay } from './backoff';

describe('backoffDelay', () => {
  it('doubles from the base, between half and all of the ceiling', () => {
    expect(backoffDelay(1, () => 0)).toBe(BACKOFF_BASE_MS / 2);
    expect(backoffDelay(1, () => 1)).toBe(BACKOFF_BASE_MS);
    expect(backoffDelay(3, () => 0)).toBe((BACKOFF_BASE_MS * 4) / 2);
    expect(backoffDelay(3, () => 1)).toBe(BACKOFF_BASE_MS * 4);
  });

  it('never exceeds the maximum however many failures', () => {
    expect(backoffDelay(50, () => 1)).toBe(BACKOFF_MAX_MS);
    expect(backoffDelay(1000, () => 0.5)).toBeLessThanOrEqual(BACKOFF_MAX_MS);
  });

  it('spreads clients that failed together', () => {
    const delays = new Set([0.1, 0.4, 0.9].map((r) => backoffDelay(4, () => r)));
    expect(delays.size).toBe(3);
  });
});
