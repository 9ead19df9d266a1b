import { describe, expect, it } from 'vitest';
import { eventIdFor } from './eventIds';

describe('eventIdFor', () => {
  const uuid = '0f8fad5b-d9cb-469f-a165-70867728950e';

  it("is the UUID's last 56 bits, times eight, plus the part", () => {
    expect(eventIdFor(uuid)).toBe((BigInt('0x6570867728950e') * 8n).toString());
    expect(BigInt(eventIdFor('ffffffff-ffff-4fff-bfff-ffffffffffff', 7))).toBeLessThan(2n ** 59n);
    expect(BigInt(eventIdFor(uuid, 3)) - BigInt(eventIdFor(uuid))).toBe(3n);
  });

  it('is the same on every call and differs between entries and parts', () => {
    const other = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
    const ids = new Set([
      eventIdFor(uuid),
      eventIdFor(uuid, 1),
      eventIdFor(other),
      eventIdFor(other, 1),
    ]);
    expect(ids.size).toBe(4);
    expect(eventIdFor(uuid, 1)).toBe(eventIdFor(uuid, 1));
    expect(eventIdFor(uuid)).toMatch(/^\d+$/);
  });

  it('refuses what is not a UUID and parts out of range', () => {
    expect(() => eventIdFor('not-a-uuid')).toThrow(TypeError);
    expect(() => eventIdFor(uuid, 8)).toThrow(RangeError);
    expect(() => eventIdFor(uuid, -1)).toThrow(RangeError);
  });
});
