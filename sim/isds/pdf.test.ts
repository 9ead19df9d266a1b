import { describe, expect, it } from 'vitest';
import { demoPdf } from './pdf';

describe('demoPdf', () => {
  it('is a PDF of about the asked size whose cross-reference table points at its objects', () => {
    const bytes = demoPdf(['Obec Horní Lhota', 'Žádost (o) informace'], 20_000, 42);
    const text = Buffer.from(bytes).toString('latin1');
    expect(text.startsWith('%PDF-1.4\n')).toBe(true);
    expect(text.endsWith('%%EOF\n')).toBe(true);
    expect(bytes.length).toBeGreaterThan(19_000);
    expect(bytes.length).toBeLessThan(21_000);
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
    expect(text.slice(startxref, startxref + 4)).toBe('xref');
    const entries = [...text.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) =>
      Number(m[1]),
    );
    expect(entries).toHaveLength(6);
    entries.forEach((offset, index) => {
      expect(text.startsWith(`${index + 1} 0 obj\n`, offset)).toBe(true);
    });
  });

  it('differs by seed and repeats for the same seed', () => {
    const a = demoPdf(['x'], 5000, 1);
    expect(demoPdf(['x'], 5000, 1)).toEqual(a);
    expect(demoPdf(['x'], 5000, 2)).not.toEqual(a);
  });
});
