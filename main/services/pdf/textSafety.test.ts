import { describe, expect, it } from 'vitest';
import { testFonts } from './testFonts';
import {
  createTextSanitizer,
  printableText,
  stripInvisible,
  type GlyphCoverage,
} from './textSafety';

/** A font that has only ASCII letters, digits, space and "?". */
const asciiOnly: GlyphCoverage = {
  hasGlyphForCodePoint: (codePoint) => codePoint >= 0x20 && codePoint < 0x7f,
};

describe('stripInvisible', () => {
  it('removes bidi overrides, isolates and marks, so text reads in the order it is stored', () => {
    expect(stripInvisible('faktura\u202Efdp.exe')).toBe('fakturafdp.exe');
    expect(stripInvisible('a\u2066b\u2069c\u200Fd\u200Ee\u061Cf\u202Ag\u202Ch')).toBe('abcdefgh');
  });

  it('removes control characters and zero-width characters', () => {
    expect(stripInvisible('A\u0000B\u0007C\u001BD\u007FE\u0085F\u009BG')).toBe('ABCDE FG');
    expect(stripInvisible('zero\u200Bwidth\u200Cjoin\u200Dner\uFEFFbom\u00ADsoft')).toBe(
      'zerowidthjoinnerbomsoft',
    );
  });

  it('turns line breaks and tabs into single spaces and trims', () => {
    expect(stripInvisible('  Věc:\r\n\tžádost\u2028o\u2029 povolení  ')).toBe(
      'Věc: žádost o povolení',
    );
  });

  it('keeps the no-break space (a date must not break) and Czech letters', () => {
    expect(stripInvisible('3.\u00A02.\u00A02026 Řečice, Žďár')).toBe(
      '3.\u00A02.\u00A02026 Řečice, Žďár',
    );
  });

  it('composes decomposed letters (NFC), so "e" + combining caron prints as "ě"', () => {
    expect(stripInvisible('Pr\u030Cedme\u030Ct')).toBe('Předmět');
  });

  it('drops variation selectors and emoji tag characters', () => {
    expect(stripInvisible('\u2764\uFE0F ok \u{1F3F4}\u{E0067}\u{E0062}\u{E007F}')).toBe(
      '\u2764 ok \u{1F3F4}',
    );
  });
});

describe('printableText', () => {
  it('replaces each character the font lacks with "?"', () => {
    expect(printableText('Řád 漢字 ok', asciiOnly)).toBe('??d ?? ok');
  });

  it('turns a space separator the font lacks into a space', () => {
    expect(printableText('a\u3000b\u2003c', asciiOnly)).toBe('a b c');
  });

  it('replaces a lone surrogate instead of throwing', () => {
    expect(printableText('x\uD800y', asciiOnly)).toBe('x?y');
  });

  it('leaves HTML and script as the literal text it is', () => {
    expect(printableText('<script>alert(1)</script>', asciiOnly)).toBe('<script>alert(1)</script>');
  });

  it('with DejaVu Sans keeps Czech, replaces what the font lacks, drops overrides', async () => {
    const fonts = await testFonts();
    const text = '\u202EŘízení <b>ů</b> 🦩 漢 😀\u0007 — konec';
    expect(fonts.regular.printable(text)).toBe('Řízení <b>ů</b> ? ? 😀 — konec');
    expect(fonts.bold.printable('Žluťoučký kůň 🧑')).toBe('Žluťoučký kůň ?');
  });
});

describe('createTextSanitizer', () => {
  it('asks the font about each code point once', () => {
    const asked: number[] = [];
    const sanitize = createTextSanitizer({
      hasGlyphForCodePoint(codePoint) {
        asked.push(codePoint);
        return codePoint !== 0x6f22;
      },
    });
    expect(sanitize('aa漢a漢')).toBe('aa?a?');
    expect(sanitize('a漢')).toBe('a?');
    expect(asked).toEqual([0x61, 0x6f22]);
  });
});
