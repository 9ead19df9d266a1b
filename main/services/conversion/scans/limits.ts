import { CONVERSION_LIMITS } from '../../../../common/contract/conversion';
import { imageTooLargeError } from './errors';

/**
 * Refuses a page image beyond the limits from its declared size, before anything
 * allocates for it (a 20,000 × 20,000 px header is a few bytes; its pixels 1.2 GB).
 */
export function checkImageSize(file: string, index: number, width: number, height: number): void {
  const tooLarge =
    width > CONVERSION_LIMITS.side ||
    height > CONVERSION_LIMITS.side ||
    width * height > CONVERSION_LIMITS.pixels;
  if (tooLarge) throw imageTooLargeError(file, index + 1, width, height);
}
