import { describe, expect, it } from 'vitest';
import { Notices, pageRanges } from './notices';

describe('notices', () => {
  it('says each notice once per file with the pages it concerns', () => {
    const notices = new Notices();
    for (const page of [0, 1, 2, 6]) notices.add('sken.tif', page, 'barvy CMYK převedeny do sRGB');
    notices.add('foto.png', null, 'průhlednost sloučena s bílým podkladem');
    notices.add('foto.png', null, 'průhlednost sloučena s bílým podkladem');
    expect(notices.list()).toEqual([
      '„sken.tif“, strany 1–3, 7: barvy CMYK převedeny do sRGB.',
      '„foto.png“: průhlednost sloučena s bílým podkladem.',
    ]);
  });

  it('names one page as "strana"', () => {
    expect(pageRanges([4])).toBe('strana 5');
    expect(pageRanges([3, 1, 2, 9, 10])).toBe('strany 2–4, 10–11');
  });
});
