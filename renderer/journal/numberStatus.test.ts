import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { isProvisional, numberNotes, provisionalRest } from './numberStatus';
import { journalTestT } from './testI18n';

let t: TFunction;
let en: TFunction;
beforeAll(async () => {
  t = await journalTestT('cs');
  en = await journalTestT('en');
});

describe('provisionalRest', () => {
  it('leaves what follows the word PROZATÍMNÍ for the badge to stand beside', () => {
    expect(provisionalRest('PROZATÍMNÍ 3/2026')).toBe('3/2026');
    expect(provisionalRest('PROZATÍMNÍ 3/2026-2')).toBe('3/2026-2');
    expect(provisionalRest('OUHL 15/2026')).toBe('OUHL 15/2026');
  });
});

describe('isProvisional', () => {
  it('is true for a provisional number only', () => {
    expect(isProvisional({ numberStatus: 'provisional' })).toBe(true);
    for (const numberStatus of ['local', 'reserved', 'confirmed', 'corrected', undefined] as const)
      expect(isProvisional({ numberStatus })).toBe(false);
  });
});

describe('numberNotes', () => {
  const doc = { referenceNumber: 'OUHL 15/2026' };

  it('explains a provisional number and a reserved one awaiting the eSSL', () => {
    expect(
      numberNotes(t, { ...doc, referenceNumber: 'PROZATÍMNÍ 1/2026', numberStatus: 'provisional' }),
    ).toEqual(['Číslo přidělí eSSL při synchronizaci.']);
    expect(numberNotes(t, { ...doc, numberStatus: 'reserved' })).toEqual([
      'čeká na potvrzení eSSL',
    ]);
  });

  it('says nothing of a local or confirmed number, nor of a row older than sync', () => {
    expect(numberNotes(t, { ...doc, numberStatus: 'confirmed' })).toEqual([]);
    expect(numberNotes(t, { ...doc, numberStatus: 'local' })).toEqual([]);
    expect(numberNotes(t, doc)).toEqual([]);
  });

  it('lists every correction, oldest first, with the day in office time', () => {
    const corrected = {
      ...doc,
      numberStatus: 'corrected' as const,
      numberHistory: [
        { from: 'PROZATÍMNÍ 1/2026', to: 'OUHL 14/2026', at: '2026-03-02T23:30:00.000Z' },
        { from: 'OUHL 14/2026', to: 'OUHL 15/2026', at: '2026-03-04T08:00:05.000Z' },
      ],
    };
    expect(numberNotes(t, corrected)).toEqual([
      'původně PROZATÍMNÍ 1/2026, eSSL přidělila OUHL 14/2026 dne 3. 3. 2026 00:30:00',
      'původně OUHL 14/2026, eSSL přidělila OUHL 15/2026 dne 4. 3. 2026 09:00:05',
    ]);
    expect(numberNotes(en, corrected)[0]).toBe(
      'originally PROZATÍMNÍ 1/2026; the eSSL assigned OUHL 14/2026 on 3. 3. 2026 00:30:00',
    );
  });
});
