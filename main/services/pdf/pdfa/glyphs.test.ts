import { describe, expect, it } from 'vitest';
import { ServiceError } from '../../../../common/contract/envelope';
import { testFonts } from '../testFonts';
import { assertDrawable, codePointLabel, firstMissingGlyph } from './glyphs';

describe('firstMissingGlyph', () => {
  it('finds nothing missing in Czech text, punctuation and the common symbols', async () => {
    const { regular, bold } = await testFonts();
    const text = 'Příliš žluťoučký kůň úpěl ďábelské ódy – „uvozovky“ … § 45 odst. 2 € ° ×';
    expect(firstMissingGlyph(text, regular)).toBeNull();
    expect(firstMissingGlyph(text, bold)).toBeNull();
  });

  it('returns the first character the font lacks', async () => {
    const { regular } = await testFonts();
    expect(firstMissingGlyph('Vážený pane 中文', regular)).toBe('中');
    expect(firstMissingGlyph('emoji 🦩 a 中', regular)).toBe('🦩');
  });

  it('ignores what is never drawn: controls, bidi overrides, zero-width characters, line breaks', async () => {
    const { regular } = await testFonts();
    expect(firstMissingGlyph('řádek\r\nřádek\t\u202Eobrat\u200B\u0000\uFE0F', regular)).toBeNull();
  });

  it('judges the composed form: e + combining acute is é', async () => {
    const { regular } = await testFonts();
    expect(firstMissingGlyph('Caf\u0065\u0301', regular)).toBeNull();
  });
});

describe('assertDrawable', () => {
  it('refuses a missing character with a Czech message naming it and its code point', async () => {
    const { regular } = await testFonts();
    let caught: unknown;
    try {
      assertDrawable('Věc: 中', regular);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ServiceError);
    const error = caught as ServiceError;
    expect(error.code).toBe('errors.pdf.missingGlyph');
    expect(error.message).toBe(
      'Znak „中“ (U+4E2D) v písmu pro PDF chybí — dopis nelze vytvořit. Nahraďte jej jiným znakem.',
    );
    expect(error.params).toEqual({ char: '中', codePoint: 'U+4E2D' });
  });

  it('names characters beyond the BMP by their full code point', async () => {
    const { regular } = await testFonts();
    expect(() => assertDrawable('🦩', regular)).toThrow('Znak „🦩“ (U+1F9A9)');
    expect(codePointLabel('A')).toBe('U+0041');
  });

  it('lets drawable text through', async () => {
    const { regular } = await testFonts();
    expect(() => assertDrawable('Obec Horní Lhota', regular)).not.toThrow();
  });
});
