import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { journalTestT } from '../journal/testI18n';
import { clockSkewMinutes, skewText } from './clockSkew';

let t: TFunction;
beforeAll(async () => {
  t = await journalTestT('cs');
});

const now = new Date('2026-03-02T10:00:00Z');

describe('clockSkewMinutes', () => {
  it('stays quiet within five minutes either way, or without the server time', () => {
    expect(clockSkewMinutes('Mon, 02 Mar 2026 10:05:00 GMT', now)).toBeNull();
    expect(clockSkewMinutes('Mon, 02 Mar 2026 09:55:00 GMT', now)).toBeNull();
    expect(clockSkewMinutes(null, now)).toBeNull();
    expect(clockSkewMinutes('není datum', now)).toBeNull();
  });

  it('reports a larger difference in whole minutes, whichever clock is ahead', () => {
    expect(clockSkewMinutes('Mon, 02 Mar 2026 10:06:00 GMT', now)).toBe(6);
    expect(clockSkewMinutes('2026-03-02T08:00:00.000Z', now)).toBe(120);
  });
});

describe('skewText', () => {
  it('says minutes, hours or days in Czech', () => {
    expect(skewText(t, 7)).toBe('7 min');
    expect(skewText(t, 120)).toBe('2 h');
    expect(skewText(t, 150)).toBe('3 h');
    expect(skewText(t, 3 * 24 * 60)).toBe('3 dny');
    expect(skewText(t, 6 * 24 * 60)).toBe('6 dní');
  });

  it('builds the warning the settings show', () => {
    expect(t('settings.connection.clockSkew', { difference: skewText(t, 120) })).toBe(
      'Hodiny počítače se liší od eSSL o 2 h — čísla a časy bere Úřadovna z eSSL, ale opravte je.',
    );
  });
});
