import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { journalTestT } from '../../../journal/testI18n';
import { cellText, conversionRows, feeText, numberText, waitingCount } from './conversionRows';
import { sampleConversion, sampleRow } from './testing/sampleConversion';

let t: TFunction;
beforeAll(async () => {
  t = await journalTestT('cs');
});

describe('conversionRows', () => {
  it('lists the register newest first, with each document’s reference number', () => {
    const rows = conversionRows(
      [
        sampleConversion({ id: 'old', pid: 'P1', convertedAt: '2026-01-10T08:00:00.000Z' }),
        sampleConversion({ id: 'new', pid: 'P2', convertedAt: '2026-03-10T08:00:00.000Z' }),
        sampleConversion({ id: 'mid', pid: 'P3', convertedAt: '2026-02-10T08:00:00.000Z' }),
      ],
      new Map([
        ['P1', 'OUHL 1/2026'],
        ['P2', 'OUHL 2/2026'],
      ]),
    );
    expect(rows.map((row) => row.conversion.id)).toEqual(['new', 'mid', 'old']);
    expect(rows.map((row) => row.referenceNumber)).toEqual(['OUHL 2/2026', null, 'OUHL 1/2026']);
  });

  it('keeps the order of two made the same instant stable (by when prepared, then id)', () => {
    const at = '2026-03-10T08:00:00.000Z';
    const rows = conversionRows(
      [
        sampleConversion({ id: 'a', convertedAt: at, createdAt: at }),
        sampleConversion({ id: 'b', convertedAt: at, createdAt: at }),
        sampleConversion({ id: 'c', convertedAt: at, createdAt: '2026-03-10T08:00:01.000Z' }),
      ],
      new Map(),
    );
    expect(rows.map((row) => row.conversion.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('texts of the register', () => {
  it('says a waiting conversion waits for its number, and a cancelled one has none', () => {
    expect(numberText(t, sampleConversion({ number: null, state: 'waitingForNumber' }))).toBe(
      'čeká na číslo',
    );
    expect(numberText(t, sampleConversion({ number: null, state: 'refused' }))).toBe('bez čísla');
    expect(numberText(t, sampleConversion({ number: null, state: 'cancelled' }))).toBe('bez čísla');
    expect(numberText(t, sampleConversion({ state: 'cancelled' }))).toBe('000012-2026-abc1234');
  });

  it('shows the fee in crowns or the legal reason for the exemption', () => {
    expect(feeText(t, sampleConversion({ fee: { feeCzk: 30, exemption: null } }))).toBe('30 Kč');
    expect(feeText(t, sampleConversion())).toBe(
      'konverze z moci úřední — osvobozeno od správního poplatku',
    );
  });

  it('fills every column of a row', () => {
    const row = sampleRow({ direction: 'electronicToPaper', state: 'readyToPrint' });
    expect(cellText(t, row, 'number')).toBe('000012-2026-abc1234');
    expect(cellText(t, row, 'convertedAt')).toBe('3. 3. 2026');
    expect(cellText(t, row, 'direction')).toBe('elektronická → listinná');
    expect(cellText(t, row, 'input')).toBe('Dopis Jana Nováka ze dne 2. 3. 2026');
    expect(cellText(t, row, 'inputDate')).toBe('2. 3. 2026');
    expect(cellText(t, row, 'sheets')).toBe('2');
    expect(cellText(t, row, 'person')).toBe('Marie Dvořáková');
    expect(cellText(t, row, 'state')).toBe('Připraveno k tisku');
    expect(cellText(t, row, 'reference')).toBe('OUHL 12/2026');
    expect(cellText(t, sampleRow({}, null), 'reference')).toBe('OUHL000001');
    expect(
      cellText(t, sampleRow({ input: { ...row.conversion.input, date: null } }), 'inputDate'),
    ).toBe('');
  });

  it('counts the conversions waiting for a number', () => {
    expect(
      waitingCount([
        sampleConversion({ state: 'waitingForNumber' }),
        sampleConversion({ state: 'refused' }),
        sampleConversion({ state: 'waitingForNumber' }),
        sampleConversion({ state: 'numbered' }),
      ]),
    ).toBe(2);
  });
});
