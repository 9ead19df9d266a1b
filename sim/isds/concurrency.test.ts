import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSim } from '../server';
import { answer } from './testing/client';
import { ALL_RECEIVED, passwordTarget, startTestSim } from './testing/fixture';

describe('one request at a time per account', () => {
  let sim: RunningSim;
  let release: (() => void) | null = null;
  let entered: (() => void) | null = null;

  beforeAll(async () => {
    sim = await startTestSim({
      isdsHold: (op) =>
        op === 'GetListOfReceivedMessages'
          ? new Promise<void>((resolve) => {
              release = resolve;
              entered?.();
            })
          : undefined,
    });
  });
  afterAll(async () => {
    await sim.close();
  });

  it('answers 3009 to a second request of the same account while the first runs', async () => {
    const town = passwordTarget(sim, 'municipality');
    const started = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const first = answer(town, 'GetListOfReceivedMessages', ALL_RECEIVED);
    await started;
    const second = await answer(town, 'DummyOperation', {});
    expect(second.status.code).toBe('3009');
    const other = await answer(passwordTarget(sim, 'school'), 'DummyOperation', {});
    expect(other.status.code).toBe('0000');
    release?.();
    expect((await first).status.code).toBe('0000');
    expect((await answer(town, 'DummyOperation', {})).status.code).toBe('0000');
  });

  it('holds the slot through a slow answer too', async () => {
    sim.setIsdsFaults({ rate: 1, kinds: ['slow'] });
    try {
      const town = passwordTarget(sim, 'municipality');
      const first = answer(town, 'DummyOperation', {});
      await new Promise((resolve) => setTimeout(resolve, 200));
      const second = await answer(town, 'CheckDataBox', { dbID: 'hl7q2ab' });
      expect(second.status.code).toBe('3009');
      expect(second.data.dbState).toBeNull();
      expect((await first).status.code).toBe('0000');
    } finally {
      sim.setIsdsFaults(null);
    }
  });
});
