import { describe, expect, it } from 'vitest';
import { conversionScan as cs } from '../../../i18n/locales/cs/conversionScan';
import { conversionScan as en } from '../../../i18n/locales/en/conversionScan';
import { resources } from '../../../i18n/resources';
import { SCAN_NOTICE_KINDS } from './scanNotices';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) =>
    keys(inner, prefix ? `${prefix}.${key}` : key),
  );
}

describe('the conversion dialog’s texts', () => {
  it('has the same keys in Czech and English, none empty', () => {
    expect(keys(en).sort()).toEqual(keys(cs).sort());
    for (const key of keys(cs)) {
      const read = (catalog: unknown) =>
        key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalog);
      expect(read(cs), key).toMatch(/\S/);
      expect(read(en), key).toMatch(/\S/);
    }
  });

  it('has a text for every notice kind', () => {
    for (const kind of SCAN_NOTICE_KINDS) expect(cs.notices[kind]).toMatch(/\S/);
  });

  it('is wired into the app under `conversionScan`', () => {
    expect(resources.cs.translation.conversionScan).toBe(cs);
    expect(resources.en.translation.conversionScan).toBe(en);
  });
});
