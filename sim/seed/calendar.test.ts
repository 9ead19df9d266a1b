import { describe, expect, it } from 'vitest';
import { officeDateString } from '../../common/domain/time';
import { daysBefore, easterSunday, isWorkingDay, workingDays } from './calendar';

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('calendar', () => {
  it('knows Easter Sunday', () => {
    expect(iso(easterSunday(2024))).toBe('2024-03-31');
    expect(iso(easterSunday(2025))).toBe('2025-04-20');
    expect(iso(easterSunday(2026))).toBe('2026-04-05');
  });

  it('closes the office on weekends and Czech public holidays', () => {
    expect(isWorkingDay('2026-05-14')).toBe(true); // Thursday
    expect(isWorkingDay('2026-05-16')).toBe(false); // Saturday
    expect(isWorkingDay('2026-05-17')).toBe(false); // Sunday
    expect(isWorkingDay('2026-05-08')).toBe(false); // Den vítězství
    expect(isWorkingDay('2025-10-28')).toBe(false);
    expect(isWorkingDay('2025-12-24')).toBe(false);
    expect(isWorkingDay('2026-04-03')).toBe(false); // Velký pátek
    expect(isWorkingDay('2026-04-06')).toBe(false); // Velikonoční pondělí
    expect(isWorkingDay('2026-04-07')).toBe(true);
  });

  it('lists working days up to the office date of "until", each starting at office midnight', () => {
    const until = new Date('2026-02-03T23:30:00Z'); // already 4 February in Prague
    const days = workingDays(2025, until);
    expect(days[0]?.date).toBe('2025-01-02');
    expect(days.at(-1)?.date).toBe('2026-02-04');
    expect(days.filter((day) => day.year === 2025)).toHaveLength(251);
    for (const day of days) {
      expect(officeDateString(new Date(day.start))).toBe(day.date);
      expect(officeDateString(new Date(day.start - 1))).not.toBe(day.date);
      expect(day.weight).toBeGreaterThan(0);
    }
  });

  it('counts days back across a month end', () => {
    expect(daysBefore('2026-03-02', 3)).toBe('2026-02-27');
  });
});
