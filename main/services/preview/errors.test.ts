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
import { itMatchesErrorTexts, placeholders } from '../testing/errorTexts';

const errors: ServiceError[] = [
  tooLargeError(60 * 1024 * 1024),
  notTiffError(),
  damagedError(),
  compressionError('JPEG 2000 (č. 34712)'),
  imageTooLargeError(20_000, 20_000, 72),
  imageLibraryMissingError(),
];

describe('TIFF preview texts', () => {
  itMatchesErrorTexts('tiffPreview', errors, cs, en);

  it('is wired into the app under `errors.tiffPreview` and `tiffPreview`', () => {
    expect(resources.cs.translation.errors.tiffPreview).toBe(cs);
    expect(resources.en.translation.errors.tiffPreview).toBe(en);
    expect(resources.cs.translation.tiffPreview).toBe(csUi);
    expect(resources.en.translation.tiffPreview).toBe(enUi);
    expect(placeholders(enUi.firstPageOf)).toEqual(placeholders(csUi.firstPageOf));
  });
});
