import { afterEach, describe, expect, it } from 'vitest';
import { fromOfficeDateTimeLocal, toOfficeDateTimeLocal } from './officeDateTimeLocal';

// The renderer's type check knows no Node; the test runs in Node, whose TZ can change at run time.
const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } })
  .process.env;
const originalTz = env.TZ;

describe('office time in a datetime-local input', () => {
  afterEach(() => {
    env.TZ = originalTz;
  });

  it('shows an instant as Prague time in winter and in summer', () => {
    expect(toOfficeDateTimeLocal(new Date('2026-01-15T08:05:07Z'))).toBe('2026-01-15T09:05:07');
    expect(toOfficeDateTimeLocal(new Date('2026-07-15T08:05:07Z'))).toBe('2026-07-15T10:05:07');
    expect(toOfficeDateTimeLocal(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01T00:30:00');
  });

  it('reads what was typed as Prague time, whatever zone the machine is in', () => {
    for (const zone of ['UTC', 'America/New_York', 'Asia/Tokyo']) {
      env.TZ = zone;
      expect(fromOfficeDateTimeLocal('2026-01-15T09:05:07')).toBe('2026-01-15T08:05:07.000Z');
      expect(fromOfficeDateTimeLocal('2026-07-15T10:05:07')).toBe('2026-07-15T08:05:07.000Z');
    }
  });

  it('accepts the value without seconds that the browser gives for :00', () => {
    expect(fromOfficeDateTimeLocal('2026-03-05T14:30')).toBe('2026-03-05T13:30:00.000Z');
  });

  it('round-trips on the days the clocks change', () => {
    // (02:00–02:59 on the autumn day happens twice; a wall-clock field cannot tell which.)
    for (const iso of [
      '2026-03-29T00:59:59.000Z',
      '2026-03-29T01:00:00.000Z',
      '2026-10-24T23:59:59.000Z',
      '2026-10-25T02:30:00.000Z',
    ]) {
      expect(fromOfficeDateTimeLocal(toOfficeDateTimeLocal(new Date(iso)))).toBe(iso);
    }
  });

  it('refuses what is not a date and time', () => {
    for (const value of [
      '',
      '2026-02-30T10:00:00',
      '2026-03-05',
      '2026-03-05T25:00',
      '5. 3. 2026 10:00',
      '2026-03-05T10:00:00Z',
    ]) {
      expect(fromOfficeDateTimeLocal(value), value).toBeNull();
    }
  });
});
