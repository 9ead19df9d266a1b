import { describe, expect, it } from 'vitest';
import { exampleReferenceNumber, MISSING_ABBREVIATION } from './referenceExample';

describe('exampleReferenceNumber', () => {
  it('shows the next number in the mask', () => {
    expect(exampleReferenceNumber('{abbr} {seq}/{year}', 'OUHL', 124, 2026)).toBe('OUHL 124/2026');
    expect(exampleReferenceNumber(' {abbr}-{seq:5}/{yy} ', ' OÚ  HL ', 7, 2026)).toBe(
      'OÚ HL-00007/26',
    );
  });

  it('keeps the shape visible before the abbreviation is typed', () => {
    expect(exampleReferenceNumber('{abbr} {seq}/{year}', '  ', 1, 2026)).toBe(
      `${MISSING_ABBREVIATION} 1/2026`,
    );
  });

  it('gives nothing for a mask that would not number safely', () => {
    expect(exampleReferenceNumber('{abbr} {seq}', 'OUHL', 1, 2026)).toBeNull();
    expect(exampleReferenceNumber('{abbr} {cislo}/{year}', 'OUHL', 1, 2026)).toBeNull();
    expect(exampleReferenceNumber('', 'OUHL', 1, 2026)).toBeNull();
  });
});
