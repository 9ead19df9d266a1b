import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { fieldNameText, fieldValueBlocks } from './fieldValue';
import { syncTestT } from './testI18n';

let t: TFunction;
beforeAll(async () => {
  t = await syncTestT('cs');
});

describe('conflict field values', () => {
  it('shows a party as its card lines: name, address, IČO and data box', () => {
    expect(
      fieldValueBlocks(t, {
        kind: 'organization',
        name: 'Lesy Lhota a.s.',
        ico: '27082440',
        dataBoxId: 'abc1234',
        address: { street: 'Lesní 4', city: 'Horní Lhota', postalCode: '111 11' },
      }),
    ).toEqual([['Lesy Lhota a.s.', 'Lesní 4, 111 11 Horní Lhota', 'IČO 27082440 · DS abc1234']]);
  });

  it('gives each addressee a block of its own', () => {
    const blocks = fieldValueBlocks(t, [
      { kind: 'person', name: 'Jan Novák' },
      { kind: 'authority', name: 'Krajský úřad' },
    ]);
    expect(blocks).toEqual([['Jan Novák'], ['Krajský úřad']]);
  });

  it('says "empty" for nothing, and shows numbers and text as they are', () => {
    for (const empty of [null, undefined, '', '  ', []])
      expect(fieldValueBlocks(t, empty)).toEqual([['(prázdné)']]);
    expect(fieldValueBlocks(t, 0)).toEqual([['0']]);
    expect(fieldValueBlocks(t, 'Žádost\no kácení')).toEqual([['Žádost', 'o kácení']]);
  });

  it('names fields in Czech and keeps an unknown field’s own name', () => {
    expect(fieldNameText(t, 'senderReference')).toBe('Číslo jednací odesílatele');
    expect(fieldNameText(t, 'attachmentCount')).toBe('Počet příloh');
    expect(fieldNameText(t, 'futureField')).toBe('futureField');
  });
});
