import { describe, expect, it } from 'vitest';
import { resources } from '../../i18n/resources';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) =>
    keys(inner, prefix ? `${prefix}.${key}` : key),
  );
}

describe('data-box texts', () => {
  it.each(['databox', 'dispatch'] as const)(
    'has the same %s keys in Czech and English',
    (section) => {
      expect(keys(resources.en.translation[section]).sort()).toEqual(
        keys(resources.cs.translation[section]).sort(),
      );
      expect(keys(resources.cs.translation[section]).length).toBeGreaterThan(20);
    },
  );
});
