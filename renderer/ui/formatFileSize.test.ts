import { describe, expect, it } from 'vitest';
import { formatFileSize } from './formatFileSize';

describe('formatFileSize', () => {
  it('speaks bytes, kilobytes and megabytes with the locale decimal mark', () => {
    expect(formatFileSize(0, 'cs')).toBe('0 B');
    expect(formatFileSize(512, 'cs')).toBe('512 B');
    expect(formatFileSize(48 * 1024 + 100, 'cs')).toBe('48 kB');
    expect(formatFileSize(4.74 * 1024 * 1024, 'cs')).toBe('4,7 MB');
    expect(formatFileSize(4.74 * 1024 * 1024, 'en')).toBe('4.7 MB');
  });

  it('writes file sizes in the language of the screen', () => {
    expect(formatFileSize(512, 'cs')).toBe('512 B');
    expect(formatFileSize(1536, 'cs')).toBe('1,5 kB');
    expect(formatFileSize(12 * 1024 * 1024, 'cs')).toBe('12 MB');
    expect(formatFileSize(1536, 'en')).toBe('1.5 kB');
  });
});
