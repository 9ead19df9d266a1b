import { describe, expect, it } from 'vitest';
import { candidateOfOwner, classifyRecipientQuery, searchQueryOf } from './recipientQuery';

describe('classifyRecipientQuery', () => {
  it('recognises a box ID, an IČO and a name', () => {
    expect(classifyRecipientQuery(' AbC1234 ')).toEqual({ kind: 'dbID', value: 'abc1234' });
    expect(classifyRecipientQuery('4567')).toEqual({ kind: 'ico', value: '00004567' });
    expect(classifyRecipientQuery('00 064 581')).toEqual({ kind: 'ico', value: '00064581' });
    expect(classifyRecipientQuery('Město Kocourkov')).toEqual({
      kind: 'name',
      value: 'Město Kocourkov',
    });
    // Seven digits are an IČO, not a box ID (box IDs always have a letter).
    expect(classifyRecipientQuery('1234567')).toEqual({ kind: 'ico', value: '01234567' });
    expect(classifyRecipientQuery('   ')).toBeNull();
    expect(classifyRecipientQuery('abc12345')).toEqual({ kind: 'badBoxId', value: 'abc12345' });
    expect(classifyRecipientQuery('ab1234')).toEqual({ kind: 'badBoxId', value: 'ab1234' });
    expect(classifyRecipientQuery('Novák 12')).toEqual({ kind: 'name', value: 'Novák 12' });
  });

  it('asks ISDSSearch2 by the kind of text', () => {
    expect(searchQueryOf({ kind: 'ico', value: '00064581' })).toMatchObject({
      searchType: 'ICO',
      searchText: '00064581',
      pageNumber: 0,
    });
    expect(searchQueryOf({ kind: 'name', value: 'Kocourkov' }).searchType).toBe('GENERAL');
  });
});

describe('candidateOfOwner', () => {
  it('names a firm or a person and writes the address on one line', () => {
    const owner = {
      dbID: 'abc1234',
      dbType: 'FO',
      ic: null,
      pnFirstName: 'Jan',
      pnLastName: 'Novák',
      firmName: null,
      adCity: 'Horní Lhota',
      adStreet: 'Dlouhá',
      adNumberInStreet: '5',
      adNumberInMunicipality: '120',
      adZipCode: '111 11',
      adState: 'CZ',
      dbState: 1,
      dbEffectiveOVM: false,
      dbOpenAddressing: false,
    };
    expect(candidateOfOwner(owner)).toEqual({
      dbID: 'abc1234',
      name: 'Jan Novák',
      address: 'Dlouhá 120/5, 111 11 Horní Lhota',
      ico: null,
      dbState: 1,
    });
    expect(candidateOfOwner({ ...owner, dbID: null })).toBeNull();
  });
});
