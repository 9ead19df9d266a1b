import { describe, expect, it } from 'vitest';
import { formatSize } from './formatSize';

describe('formatSize', () => {
  it('speaks bytes, kilobytes and megabytes with the locale decimal mark', () => {
    expect(formatSize(0, 'cs')).toBe('0 B');
    expect(formatSize(512, 'cs')).toBe('512 B');
    expect(formatSize(48 * 1024 + 100, 'cs')).toBe('48 kB');
    expect(formatSize(4.74 * 1024 * 1024, 'cs')).toBe('4,7 MB');
    expect(formatSize(4.74 * 1024 * 1024, 'en')).toBe('4.7 MB');
  });
});
