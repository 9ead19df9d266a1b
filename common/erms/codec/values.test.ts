import { describe, expect, it } from 'vitest';
import { InvalidMessage } from './reader';
import { countryCode } from './subjects';
import {
  cut,
  readDate,
  readDateAndTime,
  readDateTime,
  readInteger,
  writeDateAndTime,
  writeDateTime,
} from './values';

describe('simple values', () => {
  it('cuts by characters, never inside a surrogate pair', () => {
    expect(cut('😀😀😀', 2)).toBe('😀😀');
    expect(cut('Žluťoučký', 4)).toBe('Žluť');
    expect(cut('krátký', 100)).toBe('krátký');
  });

  it('writes office time in winter and summer and reads it back exactly', () => {
    expect(writeDateTime('2026-01-10T23:30:00.000Z', 't')).toBe('2026-01-11T00:30:00+01:00');
    expect(writeDateTime('2026-07-10T22:30:00.007Z', 't')).toBe('2026-07-11T00:30:00.007+02:00');
    for (const at of [
      '2026-01-10T23:30:00.000Z',
      '2026-07-10T22:30:00.007Z',
      '2026-03-29T01:00:00.000Z',
    ])
      expect(readDateTime(writeDateTime(at, 't'), 't')).toBe(at);
  });

  it('splits a delivery into the office day and time and joins it again', () => {
    const split = writeDateAndTime('2026-03-01T23:10:27.000Z', 'd');
    expect(split).toEqual({ date: '2026-03-02', time: '00:10:27+01:00' });
    expect(readDateAndTime(split.date, split.time, 'd')).toBe('2026-03-01T23:10:27.000Z');
    expect(readDateAndTime('2026-03-02', null, 'd')).toBe('2026-03-01T23:00:00.000Z');
  });

  it('refuses values the schema types do not allow', () => {
    expect(() => readDateTime('2026-03-02 10:00:00', 'x')).toThrow(InvalidMessage);
    expect(() => readDateTime('2026-13-02T10:00:00Z', 'x')).toThrow(InvalidMessage);
    expect(() => readDate('2026-3-2', 'x')).toThrow(InvalidMessage);
    expect(readDate('2026-03-02+01:00', 'x')).toBe('2026-03-02');
    expect(() => readInteger('12a', 'x')).toThrow(InvalidMessage);
    expect(() => readInteger('0', 'x', 1)).toThrow(InvalidMessage);
    expect(readInteger(' +7 ', 'x', 1)).toBe(7);
  });

  it('writes countries as sZeme codes, or not at all', () => {
    expect(countryCode(null)).toBe('CZ');
    expect(countryCode('Česká republika')).toBe('CZ');
    expect(countryCode('Česko')).toBe('CZ');
    expect(countryCode('sk')).toBe('SK');
    expect(countryCode('Rakousko')).toBe('AT');
    expect(countryCode('Nový Zéland')).toBeNull();
  });
});
