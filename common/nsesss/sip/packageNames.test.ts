import { describe, expect, it } from 'vitest';
import { componentFileName, packageFolderName } from './packageNames';

describe('packageFolderName', () => {
  it('keeps Latin letters, digits, _ and -, at most 64 characters, each folder once', () => {
    const taken = new Set<string>();
    expect(packageFolderName('OUHL2345ABC', taken)).toBe('OUHL2345ABC');
    expect(packageFolderName('ouhl2345abc', taken)).toBe('ouhl2345abc-2');
    expect(packageFolderName('Spis č. 12/2026 (Lhota)', taken)).toBe('Spis_c_12_2026_Lhota');
    expect(packageFolderName('../..', taken)).toBe('entita');
    const long = packageFolderName('x'.repeat(100), taken);
    expect(long).toHaveLength(64);
    expect(packageFolderName('x'.repeat(100), taken)).toBe(`${'x'.repeat(62)}-2`);
  });
});

describe('componentFileName', () => {
  it('makes a safe ASCII name that keeps its extension and never repeats', () => {
    const taken = new Set<string>();
    expect(componentFileName('Žádost o povolení.PDF', taken)).toBe('Zadost_o_povoleni.PDF');
    expect(componentFileName('žádost o povolení.pdf', taken)).toBe('zadost_o_povoleni-2.pdf');
    expect(componentFileName('../../etc/passwd', taken)).toBe('passwd');
    expect(componentFileName('C:\\Users\\a\\scan.jpg', taken)).toBe('scan.jpg');
    expect(componentFileName('.bashrc', taken)).toBe('bashrc');
    expect(componentFileName('', taken)).toBe('soubor');
    expect(componentFileName('—.pdf', taken)).toBe('soubor.pdf');
    const long = componentFileName(`${'a'.repeat(300)}.pdf`, taken);
    expect(long).toHaveLength(100);
    expect(long.endsWith('.pdf')).toBe(true);
    for (const name of taken) expect(name).toMatch(/^[a-z0-9._-]+$/);
  });
});
