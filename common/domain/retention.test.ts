import { describe, expect, it } from 'vitest';
import { disposalYear, isDueForDisposal, retentionEndYear } from './retention';

describe('retention arithmetic', () => {
  it('counts the period from 1 January after the trigger year', () => {
    // Closed in 2026, S/5: kept through 2031, may be disposed of from 2032.
    expect(retentionEndYear(2026, { period: 5 })).toBe(2031);
    expect(disposalYear(2026, { period: 5 })).toBe(2032);
  });

  it('handles a zero period and long periods', () => {
    expect(disposalYear(2026, { period: 0 })).toBe(2027);
    expect(disposalYear(2026, { period: 45 })).toBe(2072);
  });

  it('includes in a proposal what is due by its year, and nothing without a disposal year', () => {
    expect(isDueForDisposal(2032, 2032)).toBe(true);
    expect(isDueForDisposal(2031, 2032)).toBe(true);
    expect(isDueForDisposal(2033, 2032)).toBe(false);
    expect(isDueForDisposal(null, 2032)).toBe(false);
  });
});
