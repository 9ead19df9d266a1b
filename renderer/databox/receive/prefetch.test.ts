import { describe, expect, it } from 'vitest';
import { prefetchInOrder } from './prefetch';

describe('prefetchInOrder', () => {
  it('yields in order with at most `ahead` under way, failures included', async () => {
    let running = 0;
    let most = 0;
    const work = async (n: number) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, (7 - n) * 2));
      running -= 1;
      if (n === 3) throw new Error('three');
      return n * 10;
    };
    const seen: Array<number | string> = [];
    for await (const { item, result } of prefetchInOrder([1, 2, 3, 4, 5, 6], 3, work))
      seen.push(result.ok ? result.value : `${item}:${(result.error as Error).message}`);
    expect(seen).toEqual([10, 20, '3:three', 40, 50, 60]);
    expect(most).toBeLessThanOrEqual(3);
    expect(most).toBeGreaterThan(1);
  });

  it('starts nothing more once cancelled', async () => {
    const controller = new AbortController();
    const started: number[] = [];
    const work = async (n: number) => {
      started.push(n);
      return n;
    };
    for await (const { item } of prefetchInOrder([1, 2, 3, 4, 5], 2, work, controller.signal))
      if (item === 2) controller.abort();
    // Item 4 was under way while item 2 was handled; nothing starts after the cancel.
    expect(started).toEqual([1, 2, 3, 4]);
  });
});
