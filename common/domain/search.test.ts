import { describe, expect, it } from 'vitest';
import { MAX_WORD_LENGTH, foldText, indexWords, sortKey, tokenize } from './search';

describe('foldText', () => {
  it('drops diacritics and case, as a clerk types without them', () => {
    expect(foldText('Řízení')).toBe('rizeni');
    expect(foldText('ŽLUŤOUČKÝ KŮŇ úpěl ďábelské ódy')).toBe('zlutoucky kun upel dabelske ody');
  });

  it('folds precomposed and decomposed input alike', () => {
    expect(foldText('Ř')).toBe(foldText('R\u030c'));
  });
});

describe('tokenize', () => {
  it('splits a reference number into its parts', () => {
    expect(tokenize('OUHL 12/2026')).toEqual(['ouhl', '12', '2026']);
  });

  it('splits on punctuation and keeps letters and digits of any script', () => {
    expect(tokenize('Žádost (č. 5) – stavební řízení, p.č. 123/4')).toEqual([
      'zadost',
      'c',
      '5',
      'stavebni',
      'rizeni',
      'p',
      'c',
      '123',
      '4',
    ]);
  });

  it('returns nothing for text without words', () => {
    expect(tokenize('  -- / ,, ')).toEqual([]);
    expect(tokenize('')).toEqual([]);
  });

  it(`cuts words at ${MAX_WORD_LENGTH} characters`, () => {
    const long = 'a'.repeat(MAX_WORD_LENGTH + 10);
    const [word] = tokenize(`${long} b`);
    expect(word).toHaveLength(MAX_WORD_LENGTH);
    expect(tokenize('x'.repeat(MAX_WORD_LENGTH))[0]).toHaveLength(MAX_WORD_LENGTH);
  });

  it('treats HTML as text', () => {
    expect(tokenize('<script>alert(1)</script>')).toEqual(['script', 'alert', '1', 'script']);
  });
});

describe('indexWords', () => {
  it('collects distinct words of all fields and skips empty ones', () => {
    expect(indexWords(['Řízení o řízení', null, undefined, '', 'OUHL 1/2026'])).toEqual([
      'rizeni',
      'o',
      'ouhl',
      '1',
      '2026',
    ]);
  });
});

describe('sortKey', () => {
  it('sorts Č under C and ignores case', () => {
    expect(sortKey('  Čapek ')).toBe('capek');
    expect(sortKey(null)).toBe('');
  });

  it('keeps sort keys short', () => {
    expect(sortKey('a'.repeat(200))).toHaveLength(64);
  });
});
