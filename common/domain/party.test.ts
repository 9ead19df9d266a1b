import { describe, expect, it } from 'vitest';
import { isValidIco, partySchema, type PartyInput } from './party';
import { issuesFromZod } from './validation';

function issuesOf(input: PartyInput) {
  const parsed = partySchema.safeParse(input);
  return parsed.success ? [] : issuesFromZod(parsed.error);
}

describe('isValidIco', () => {
  it('accepts real IČO, whatever the remainder of the check sum', () => {
    expect(isValidIco('00064581')).toBe(true); // Hlavní město Praha: remainder 0 → check digit 1
    expect(isValidIco('27082440')).toBe(true); // remainder 1 → check digit 0
    expect(isValidIco('00006947')).toBe(true); // Ministerstvo financí: remainder 4 → 7
  });

  it('refuses a wrong check digit, a wrong length and non-digits', () => {
    expect(isValidIco('00064582')).toBe(false);
    expect(isValidIco('27082441')).toBe(false);
    expect(isValidIco('00006940')).toBe(false);
    expect(isValidIco('0064581')).toBe(false);
    expect(isValidIco('000645810')).toBe(false);
    expect(isValidIco('0006458a')).toBe(false);
    expect(isValidIco('')).toBe(false);
  });
});

describe('partySchema', () => {
  const person: PartyInput = { kind: 'person', name: 'Jan Novák' };

  it('accepts a person with only a name and trims it', () => {
    const parsed = partySchema.parse({
      ...person,
      name: '  Jan Novák  ',
      ico: '',
      dataBoxId: '  ',
    });
    expect(parsed).toEqual({
      kind: 'person',
      name: 'Jan Novák',
      ico: undefined,
      dataBoxId: undefined,
    });
  });

  it('requires a name', () => {
    expect(issuesOf({ ...person, name: '   ' })).toEqual([
      expect.objectContaining({ path: 'name', message: 'validation.party.nameRequired' }),
    ]);
  });

  it('refuses an unknown kind', () => {
    expect(issuesOf({ ...person, kind: 'alien' as PartyInput['kind'] })[0]).toMatchObject({
      path: 'kind',
      message: 'validation.party.kind',
    });
  });

  it('refuses an IČO with a wrong check digit', () => {
    expect(issuesOf({ kind: 'organization', name: 'Firma s.r.o.', ico: '27082441' })).toEqual([
      expect.objectContaining({ path: 'ico', message: 'validation.ico' }),
    ]);
    expect(issuesOf({ kind: 'organization', name: 'Firma s.r.o.', ico: '27082440' })).toEqual([]);
  });

  it('refuses a data box id of 6 characters and says how many were given', () => {
    expect(issuesOf({ ...person, dataBoxId: 'abc123' })).toEqual([
      { path: 'dataBoxId', message: 'validation.dataBoxId', params: { length: 6 } },
    ]);
  });

  it('refuses characters a data box id never has', () => {
    expect(issuesOf({ ...person, dataBoxId: 'abc-123' })).toEqual([
      expect.objectContaining({ path: 'dataBoxId', message: 'validation.dataBoxId' }),
    ]);
  });

  it('stores a data box id in lower case, as ISDS writes it', () => {
    expect(partySchema.parse({ ...person, dataBoxId: ' ABC1234 ' }).dataBoxId).toBe('abc1234');
  });
});
