import { describe, expect, it } from 'vitest';
import { NumberRegister } from './registers';

describe('NumberRegister', () => {
  it('hands out numbers above everything used or reserved, and a reserved one once to its user', () => {
    const register = new NumberRegister();
    register.noteUsed(2026, 41);
    expect(register.next(2026)).toBe(42);
    expect(register.reserve('jdvorakova', 2026, 3)).toEqual([43, 44, 45]);
    expect(register.next(2026)).toBe(46);
    expect(register.claim('pnovak', 2026, 44)).toBe(false);
    expect(register.claim('jdvorakova', 2026, 44)).toBe(true);
    expect(register.claim('jdvorakova', 2026, 44)).toBe(false);
    expect(register.claim('jdvorakova', 2026, 46)).toBe(false);
    expect(register.isOpenReservation('jdvorakova', 2026, 43)).toBe(true);
    expect(register.isOpenReservation('jdvorakova', 2026, 44)).toBe(false);
    expect(register.next(2027)).toBe(1);
  });

  it('counts a reserved number as spent when an entity carrying it is replayed', () => {
    const register = new NumberRegister();
    register.noteReserved('jdvorakova', 2026, 7);
    register.noteUsed(2026, 7);
    expect(register.claim('jdvorakova', 2026, 7)).toBe(false);
    expect(register.next(2026)).toBe(8);
  });
});
