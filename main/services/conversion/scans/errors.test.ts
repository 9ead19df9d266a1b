import { describe } from 'vitest';
import type { ServiceError } from '../../../../common/contract/envelope';
import { conversionErrors as cs } from '../../../../renderer/i18n/locales/cs/conversionErrors';
import { conversionErrors as en } from '../../../../renderer/i18n/locales/en/conversionErrors';
import { corruptedError, encryptedError, refusalError } from '../../pdf/pdfa/import/refusals';
import {
  damagedImageError,
  emptyFileError,
  fileTooLargeError,
  imageLibraryMissingError,
  imageTooLargeError,
  inputTooLargeError,
  noSuchPageError,
  pdfRefusalError,
  tiffCompressionError,
  tooManyFilesError,
  tooManyPagesError,
  truncatedImageError,
  unknownFormatError,
} from './errors';
import { itMatchesErrorTexts } from '../../testing/errorTexts';

const errors: ServiceError[] = [
  emptyFileError('a.jpg'),
  unknownFormatError('a.txt'),
  truncatedImageError('a.jpg', 'JPEG'),
  damagedImageError('a.tif', 3),
  tiffCompressionError('a.tif', 2, 'JPEG 2000 (č. 34712)'),
  imageTooLargeError('a.png', 1, 20_000, 20_000),
  tooManyPagesError(600),
  noSuchPageError('a.tif', 9),
  tooManyFilesError(501),
  fileTooLargeError('a.tif', 300 * 1024 * 1024),
  inputTooLargeError(600 * 1024 * 1024),
  imageLibraryMissingError(),
  pdfRefusalError('a.pdf', encryptedError()),
  pdfRefusalError('a.pdf', corruptedError('chybí hlavička %PDF')),
  pdfRefusalError('a.pdf', refusalError({ kind: 'javascript', what: 'JavaScript' })),
  pdfRefusalError('a.pdf', refusalError({ kind: 'fontNotEmbedded', font: 'Arial' })),
  pdfRefusalError('a.pdf', refusalError({ kind: 'transparency', what: 'měkká maska' })),
  pdfRefusalError('a.pdf', refusalError({ kind: 'unsupported', feature: 'vrstvy' })),
];

describe('conversion error texts', () => {
  itMatchesErrorTexts('conversion', errors, cs, en);
});
