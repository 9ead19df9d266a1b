import { describe, expect, it } from 'vitest';
import { holderOf, providerOf } from './certificateHolder';

const name = (pairs: [string, string][]) => pairs.map(([type, value]) => ({ type, value }));
const CN = '2.5.4.3';
const O = '2.5.4.10';
const GN = '2.5.4.42';
const SN = '2.5.4.4';
const ORG_ID = '2.5.4.97';
const PSEUDONYM = '2.5.4.65';

describe('holderOf', () => {
  it('tells a natural person, a legal person, and a subject that says neither', () => {
    expect(
      holderOf({
        subject: name([
          [GN, 'Petr'],
          [SN, 'Starosta'],
          [CN, 'Petr Starosta'],
        ]),
      }),
    ).toBe('naturalPerson');
    expect(
      holderOf({
        subject: name([
          [PSEUDONYM, 'Starosta1'],
          [ORG_ID, 'NTRCZ-1'],
        ]),
      }),
    ).toBe('naturalPerson');
    expect(
      holderOf({
        subject: name([
          [O, 'Obec Lhota'],
          [ORG_ID, 'NTRCZ-00123456'],
          [CN, 'Obec Lhota'],
        ]),
      }),
    ).toBe('legalPerson');
    expect(
      holderOf({
        subject: name([
          [O, 'Obec Lhota'],
          [CN, 'Jan Novák'],
        ]),
      }),
    ).toBeNull();
  });
});

describe('providerOf', () => {
  it('names the issuer by its organisation, else its common name, else the whole name', () => {
    const postSignum = name([
      ['2.5.4.6', 'CZ'],
      [O, 'Česká pošta, s.p.'],
      [CN, 'PostSignum Qualified CA 4'],
    ]);
    expect(providerOf({ issuer: postSignum })).toBe('Česká pošta, s.p.');
    expect(providerOf({ issuer: name([[CN, 'Testovací CA']]) })).toBe('Testovací CA');
    expect(providerOf({ issuer: name([['2.5.4.6', 'CZ']]) })).toBe('C=CZ');
  });
});
