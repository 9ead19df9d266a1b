import { describe, expect, it } from 'vitest';
import { parseCount } from './parseCount';

describe('parseCount', () => {
  it('reads whole numbers, with spaces around and a sign', () => {
    expect(parseCount('3')).toBe(3);
    expect(parseCount(' 12 ')).toBe(12);
    expect(parseCount('0')).toBe(0);
    expect(parseCount('-1')).toBe(-1);
    expect(parseCount('+4')).toBe(4);
  });

  it('keeps decimals as decimals so the rule can say "not a whole number"', () => {
    expect(parseCount('1.5')).toBe(1.5);
    expect(parseCount('1,5')).toBe(1.5);
  });

  it('turns anything else into NaN instead of a guess', () => {
    for (const text of [
      '',
      '   ',
      'dva',
      '1e3',
      '0x1f',
      '12abc',
      '1 000',
      '٣',
      '--1',
      '.5',
      'Infinity',
    ]) {
      expect(parseCount(text), text).toBeNaN();
    }
  });
});
