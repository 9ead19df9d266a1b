import { describe, expect, it } from 'vitest';
import type { ServiceError } from '../../../common/contract/envelope';
import { resources } from '../../../renderer/i18n/resources';
import {
  tiffPreview as csUi,
  tiffPreviewErrors as cs,
} from '../../../renderer/i18n/locales/cs/tiffPreview';
import {
  tiffPreview as enUi,
  tiffPreviewErrors as en,
} from '../../../renderer/i18n/locales/en/tiffPreview';
import {
  compressionError,
  damagedError,
  imageLibraryMissingError,
  imageTooLargeError,
  notTiffError,
  tooLargeError,
} from './errors';

const errors: ServiceError[] = [
  tooLargeError(60 * 1024 * 1024),
  notTiffError(),
  damagedError(),
  compressionError('JPEG 2000 (č. 34712)'),
  imageTooLargeError(20_000, 20_000, 72),
  imageLibraryMissingError(),
];

const render = (template: string, params: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(params[key] ?? `{{${key}}}`));

const placeholders = (template: string) =>
  [...template.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('TIFF preview texts', () => {
  it.each(errors.map((error) => [error.code, error] as const))(
    '%s: the Czech text is the message, the English one has the same parameters',
    (code, error) => {
      const kind = code.replace('errors.tiffPreview.', '') as keyof typeof cs;
      expect(code.startsWith('errors.tiffPreview.')).toBe(true);
      expect(render(cs[kind], error.params)).toBe(error.message);
      expect(placeholders(en[kind])).toEqual(placeholders(cs[kind]));
    },
  );

  it('has a text for every kind, and no text for none', () => {
    const kinds = errors.map((error) => error.code.replace('errors.tiffPreview.', '')).sort();
    expect(Object.keys(cs).sort()).toEqual(kinds);
    expect(Object.keys(en).sort()).toEqual(kinds);
  });

  it('is wired into the app under `errors.tiffPreview` and `tiffPreview`', () => {
    expect(resources.cs.translation.errors.tiffPreview).toBe(cs);
    expect(resources.en.translation.errors.tiffPreview).toBe(en);
    expect(resources.cs.translation.tiffPreview).toBe(csUi);
    expect(resources.en.translation.tiffPreview).toBe(enUi);
    expect(placeholders(enUi.firstPageOf)).toEqual(placeholders(csUi.firstPageOf));
  });
});
