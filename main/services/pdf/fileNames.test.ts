import { describe, expect, it } from 'vitest';
import { fileNamePart, journalFileName, slug, stampFileName } from './fileNames';

describe('stampFileName', () => {
  it('replaces the slash and spaces of a reference number', () => {
    expect(stampFileName('OUHL 123/2026')).toBe('podaci-razitko-OUHL-123-2026.pdf');
  });

  it('leaves no path, drive, reserved character or diacritics in the name', () => {
    const name = stampFileName('..\\..\\C:/Windows/Úřad <1>|*?"\u202E');
    expect(name).toBe('podaci-razitko-C-Windows-Urad-1.pdf');
    expect(name).toMatch(/^[A-Za-z0-9._-]+$/);
  });

  it('falls back when nothing usable is left', () => {
    expect(stampFileName('///')).toBe('podaci-razitko-bez-cisla.pdf');
  });
});

describe('journalFileName', () => {
  it('slugs the period label', () => {
    expect(journalFileName('1. 1. 2026 – 31. 3. 2026')).toBe('podaci-denik-1-1-2026-31-3-2026.pdf');
    expect(journalFileName('Rok 2026 (Řečice)')).toBe('podaci-denik-rok-2026-recice.pdf');
    expect(journalFileName('')).toBe('podaci-denik-obdobi.pdf');
  });
});

describe('fileNamePart and slug', () => {
  it('cap the length without leaving a trailing dash', () => {
    const part = fileNamePart(`${'a'.repeat(79)} b`, 'x');
    expect(part.length).toBeLessThanOrEqual(80);
    expect(part.endsWith('-')).toBe(false);
    expect(slug('x '.repeat(100), 'y').length).toBeLessThanOrEqual(80);
    expect(slug('x '.repeat(100), 'y').endsWith('-')).toBe(false);
  });

  it('strip leading dots (no hidden files)', () => {
    expect(fileNamePart('...hidden', 'x')).toBe('hidden');
  });
});
