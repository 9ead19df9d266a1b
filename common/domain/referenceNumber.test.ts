import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REFERENCE_MASK,
  checkReferenceMask,
  formatReferenceNumber,
  journalOrder,
  parseReferenceNumber,
} from './referenceNumber';

const parts = { abbreviation: 'OUHL', sequence: 12, year: 2026 };

describe('formatReferenceNumber', () => {
  it('fills the default mask', () => {
    expect(formatReferenceNumber(DEFAULT_REFERENCE_MASK, parts)).toBe('OUHL 12/2026');
  });

  it('pads the sequence to the width given in the mask', () => {
    expect(formatReferenceNumber('{abbr}-{seq:5}/{year}', parts)).toBe('OUHL-00012/2026');
    expect(formatReferenceNumber('{seq:2}/{year}', { ...parts, sequence: 1234 })).toBe('1234/2026');
  });

  it('writes a two-digit year for {yy}', () => {
    expect(formatReferenceNumber('{abbr} {seq}/{yy}', { ...parts, year: 2007 })).toBe('OUHL 12/07');
  });

  it('leaves unknown tokens as they are', () => {
    expect(formatReferenceNumber('{abbr} {seq}/{year} {x}', parts)).toBe('OUHL 12/2026 {x}');
  });
});

describe('checkReferenceMask', () => {
  it('accepts the default mask and the other tokens', () => {
    expect(checkReferenceMask(DEFAULT_REFERENCE_MASK)).toEqual([]);
    expect(checkReferenceMask('{abbr}-{seq:5}/{yy}')).toEqual([]);
  });

  it('refuses an empty mask with that one problem', () => {
    expect(checkReferenceMask('   ')).toEqual([{ code: 'mask.empty' }]);
  });

  it('names a missing sequence and a missing year', () => {
    expect(checkReferenceMask('{abbr}')).toEqual([
      { code: 'mask.missingSequence' },
      { code: 'mask.missingYear' },
    ]);
  });

  it('names each unknown token', () => {
    expect(checkReferenceMask('{abbr} {seq}/{year} {month} {seq:x}')).toEqual([
      { code: 'mask.unknownToken', token: '{month}' },
      { code: 'mask.unknownToken', token: '{seq:x}' },
    ]);
  });

  it('refuses a mask longer than 60 characters', () => {
    expect(checkReferenceMask(`{seq}/{year}${'x'.repeat(60)}`)).toEqual([{ code: 'mask.tooLong' }]);
  });

  it('gives the same answer however often it is asked', () => {
    const first = checkReferenceMask('{abbr} {seq}/{year} {bad}');
    expect(checkReferenceMask('{abbr} {seq}/{year} {bad}')).toEqual(first);
  });
});

describe('parseReferenceNumber', () => {
  const parse = (text: string, mask = DEFAULT_REFERENCE_MASK, abbr = 'OUHL') =>
    parseReferenceNumber(mask, abbr, text);

  it('reads a number written by the mask', () => {
    expect(parse('OUHL 12/2026')).toEqual({ sequence: 12, year: 2026 });
  });

  it('forgives case, spacing and diacritics', () => {
    expect(parse('  ouhl   12 / 2026 ')).toEqual({ sequence: 12, year: 2026 });
    expect(parse('OUHL12/2026')).toEqual({ sequence: 12, year: 2026 });
    expect(parse('OÚHL 12/2026')).toEqual({ sequence: 12, year: 2026 });
  });

  it('reads an abbreviation with diacritics typed without them', () => {
    expect(parse('MUCL 7/2025', DEFAULT_REFERENCE_MASK, 'MÚČL')).toEqual({
      sequence: 7,
      year: 2025,
    });
    expect(parse('MÚČL 7/2025', DEFAULT_REFERENCE_MASK, 'MÚČL')).toEqual({
      sequence: 7,
      year: 2025,
    });
  });

  it('reads the bare form', () => {
    expect(parse('12/2026')).toEqual({ sequence: 12, year: 2026 });
  });

  it('reads padded sequences and two-digit years', () => {
    expect(parse('OUHL-00012/26', '{abbr}-{seq:5}/{yy}')).toEqual({ sequence: 12, year: 2026 });
  });

  it('returns null for text that is not a reference number', () => {
    expect(parse('OUHL')).toBeNull();
    expect(parse('rizeni 12/2026')).toBeNull();
    expect(parse('XYZ 12/2026')).toBeNull();
    expect(parse('12/26')).toBeNull();
    expect(parse('0/2026')).toBeNull();
    expect(parse('1000000/2026')).toBeNull();
    expect(parse('12/2026 navíc')).toBeNull();
    expect(parse('')).toBeNull();
  });

  it('still reads numbers after the mask was checked', () => {
    // A shared global RegExp kept its lastIndex from the check and the parse then
    // started reading the mask from the middle.
    checkReferenceMask('{abbr} {seq:5}/{year}');
    expect(parse('OUHL 00012/2026', '{abbr} {seq:5}/{year}')).toEqual({ sequence: 12, year: 2026 });
    checkReferenceMask(DEFAULT_REFERENCE_MASK);
    expect(parse('OUHL 12/2026')).toEqual({ sequence: 12, year: 2026 });
    expect(formatReferenceNumber(DEFAULT_REFERENCE_MASK, parts)).toBe('OUHL 12/2026');
  });

  it('round-trips every formatted number', () => {
    for (const mask of [
      DEFAULT_REFERENCE_MASK,
      '{abbr}-{seq:5}/{year}',
      '{seq}/{yy}/{abbr}',
      '{abbr} {seq:9}/{year}',
    ]) {
      for (const sequence of [1, 9, 10, 99_999, 123_456]) {
        const text = formatReferenceNumber(mask, { abbreviation: 'OÚHL', sequence, year: 2031 });
        expect(parseReferenceNumber(mask, 'OÚHL', text)).toEqual({ sequence, year: 2031 });
      }
    }
  });
});

describe('journalOrder', () => {
  it('orders by year, then by sequence', () => {
    expect(journalOrder(2025, 999_999)).toBeLessThan(journalOrder(2026, 1));
    expect(journalOrder(2026, 2)).toBeLessThan(journalOrder(2026, 10));
  });
});
