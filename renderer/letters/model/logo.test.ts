import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { LETTER_LIMITS } from '../../../common/letters/model';
import { validateLetterTemplate } from '../../../common/letters/schemas';
import { defaultLetterTemplates } from '../../../common/letters/defaults';
import { testOrganization } from '../../db/testing/fixtures';
import { letterTestT } from '../testing/letterI18n';
import { letterIssueDisplay } from '../ui/letterErrorText';
import { checkLogo } from './logo';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff, 0xe0];

let t: TFunction;
beforeAll(async () => {
  t = await letterTestT();
});

const padded = (magic: number[], size: number) => {
  const bytes = new Uint8Array(size);
  bytes.set(magic);
  return bytes;
};

describe('checkLogo', () => {
  it('takes a PNG and a JPEG by their content, as base64 the template schema accepts', () => {
    const png = checkLogo(padded(PNG, 64));
    const jpeg = checkLogo(padded(JPEG, 64));
    expect(png.ok && png.logo.mime).toBe('image/png');
    expect(jpeg.ok && jpeg.logo.mime).toBe('image/jpeg');
    const [template] = defaultLetterTemplates(testOrganization);
    if (!template || !png.ok) throw new Error('setup');
    const validated = validateLetterTemplate({
      ...template,
      letterhead: { ...template.letterhead, logo: png.logo },
    });
    expect(validated.ok).toBe(true);
  });

  it('takes a logo of exactly 512 kB', () => {
    expect(checkLogo(padded(PNG, LETTER_LIMITS.logoBytes)).ok).toBe(true);
  });

  it.each([
    ['a GIF', new TextEncoder().encode('GIF89a....')],
    ['an SVG', new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['a PDF named .png', new TextEncoder().encode('%PDF-1.7')],
    ['an empty file', new Uint8Array()],
  ])('refuses %s in Czech', (_what, bytes) => {
    const result = checkLogo(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue.path).toBe('letterhead.logo');
    expect(letterIssueDisplay(t, result.issue)).toBe('Logo musí být obrázek PNG nebo JPEG.');
  });

  it('refuses a logo over 512 kB in Czech', () => {
    const result = checkLogo(padded(PNG, LETTER_LIMITS.logoBytes + 1));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(letterIssueDisplay(t, result.issue)).toBe('Logo je příliš velké — nejvýše 512 kB.');
  });
});
