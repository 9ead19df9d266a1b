import { describe, expect, it } from 'vitest';
import { letterBodyPlainText, parseInline, parseLetterBody } from './bodyMarkup';
import type { TextRun } from './model';

const plain = (text: string): TextRun => ({ text, bold: false, italic: false });
const bold = (text: string): TextRun => ({ text, bold: true, italic: false });
const italic = (text: string): TextRun => ({ text, bold: false, italic: true });
const both = (text: string): TextRun => ({ text, bold: true, italic: true });

describe('parseLetterBody blocks', () => {
  it('separates paragraphs by blank lines and keeps single line breaks', () => {
    expect(parseLetterBody('První řádek\ndruhý řádek\n\nDalší odstavec')).toEqual([
      { kind: 'paragraph', lines: [[plain('První řádek')], [plain('druhý řádek')]] },
      { kind: 'paragraph', lines: [[plain('Další odstavec')]] },
    ]);
  });

  it('treats several blank lines, whitespace-only lines and CR LF as one break', () => {
    expect(parseLetterBody('A\r\n \t \r\n\r\n\rB\r')).toEqual([
      { kind: 'paragraph', lines: [[plain('A')]] },
      { kind: 'paragraph', lines: [[plain('B')]] },
    ]);
  });

  it('gathers lines starting with "- " into one list', () => {
    expect(parseLetterBody('Úvod:\n- první\n- **druhý**\nZávěr')).toEqual([
      { kind: 'paragraph', lines: [[plain('Úvod:')]] },
      { kind: 'list', items: [[plain('první')], [bold('druhý')]] },
      { kind: 'paragraph', lines: [[plain('Závěr')]] },
    ]);
  });

  it('separates two lists by a blank line', () => {
    expect(parseLetterBody('- a\n\n- b')).toEqual([
      { kind: 'list', items: [[plain('a')]] },
      { kind: 'list', items: [[plain('b')]] },
    ]);
  });

  it('does not take a hyphen without a space, or a lone hyphen, for a bullet', () => {
    expect(parseLetterBody('-nebo\n-\n– pomlčka')).toEqual([
      { kind: 'paragraph', lines: [[plain('-nebo')], [plain('-')], [plain('– pomlčka')]] },
    ]);
  });

  it('collapses spaces and tabs and trims lines', () => {
    expect(parseLetterBody('   Dobrý \t  den   ')).toEqual([
      { kind: 'paragraph', lines: [[plain('Dobrý den')]] },
    ]);
  });

  it('removes bidi overrides, zero-width and control characters', () => {
    expect(parseLetterBody('fak\u202Etura\u200B.pdf\u0007')).toEqual([
      { kind: 'paragraph', lines: [[plain('faktura.pdf')]] },
    ]);
  });

  it('gives no blocks for an empty or blank body', () => {
    expect(parseLetterBody('')).toEqual([]);
    expect(parseLetterBody(' \n\n\t')).toEqual([]);
  });

  it('prints HTML and other markup literally', () => {
    const text = '<b>tučně</b> <script>alert(1)</script> # Nadpis [odkaz](http://x) _a_';
    expect(parseLetterBody(text)).toEqual([{ kind: 'paragraph', lines: [[plain(text)]] }]);
  });
});

describe('parseInline emphasis', () => {
  it('reads bold, italic and both', () => {
    expect(parseInline('a **b** c *d* e ***f***')).toEqual([
      plain('a '),
      bold('b'),
      plain(' c '),
      italic('d'),
      plain(' e '),
      both('f'),
    ]);
  });

  it('nests italic inside bold and bold inside italic', () => {
    expect(parseInline('**tučně *a kurzívou***')).toEqual([bold('tučně '), both('a kurzívou')]);
    expect(parseInline('***oboje** jen kurzíva*')).toEqual([both('oboje'), italic(' jen kurzíva')]);
  });

  it('allows emphasis inside a word', () => {
    expect(parseInline('**po**dání')).toEqual([bold('po'), plain('dání')]);
  });

  it('prints unclosed markup literally', () => {
    expect(parseInline('**nezavřeno')).toEqual([plain('**nezavřeno')]);
    expect(parseInline('*nezavřeno')).toEqual([plain('*nezavřeno')]);
    expect(parseInline('konec*')).toEqual([plain('konec*')]);
    expect(parseInline('***')).toEqual([plain('***')]);
  });

  it('prints a stray opener inside closed emphasis', () => {
    expect(parseInline('*a **b c*')).toEqual([italic('a **b c')]);
  });

  it('pairs mismatched runs as far as they go and prints the rest', () => {
    expect(parseInline('**a*')).toEqual([plain('*'), italic('a')]);
    expect(parseInline('*a**')).toEqual([italic('a'), plain('*')]);
  });

  it('leaves stars surrounded by spaces alone', () => {
    expect(parseInline('5 * 3 * 2 = 30')).toEqual([plain('5 * 3 * 2 = 30')]);
    expect(parseInline('** nic **')).toEqual([plain('** nic **')]);
  });

  it('prints four or more stars as they are', () => {
    expect(parseInline('****')).toEqual([plain('****')]);
    expect(parseInline('****a****')).toEqual([plain('****a****')]);
  });

  it('never throws on arbitrary star soup', () => {
    const soups = ['*', '**', '* *', '*a*b*c*', '**a**b**', '*** a ***', '*a **b* c**', '***a*'];
    for (const soup of soups) {
      const runs = parseInline(soup);
      // Every character other than a star survives, in order.
      expect(
        runs
          .map((run) => run.text)
          .join('')
          .replace(/\*/g, ''),
      ).toBe(soup.replace(/\*/g, ''));
    }
  });
});

describe('letterBodyPlainText', () => {
  it('gives the text with markup resolved', () => {
    const blocks = parseLetterBody('Dobrý **den**,\nřádek\n\n- *bod*');
    expect(letterBodyPlainText(blocks)).toBe('Dobrý den,\nřádek\n\n- bod');
  });
});
