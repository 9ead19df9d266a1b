import { describe, expect, it } from 'vitest';
import { signatureCheck as cs } from '../../../../renderer/i18n/locales/cs/signatureCheck';
import { signatureCheck as en } from '../../../../renderer/i18n/locales/en/signatureCheck';
import { PROBLEM, TIMESTAMP_PROBLEM, UNREADABLE } from './problems';

function keysOf(node: object, prefix = 'signatureCheck'): string[] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}.${key}`] : keysOf(value as object, `${prefix}.${key}`),
  );
}

function textOf(catalog: object, key: string): unknown {
  return key
    .split('.')
    .slice(1)
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      catalog,
    );
}

describe('signatureCheck texts', () => {
  it('has the same keys in Czech and English', () => {
    expect(keysOf(cs).sort()).toEqual(keysOf(en).sort());
  });

  it('has a text in both languages for every key the verifier reports and every state', () => {
    const states = [
      ...['valid', 'invalid', 'indeterminate'].map((item) => `signatureCheck.status.${item}`),
      ...['trusted', 'untrusted', 'notValidAtSigning', 'unknown'].map(
        (item) => `signatureCheck.chain.${item}`,
      ),
      ...['none', 'signaturesOnly', 'modified'].map(
        (item) => `signatureCheck.laterChanges.${item}`,
      ),
      ...['signature', 'documentTimestamp'].map((item) => `signatureCheck.kind.${item}`),
    ];
    const reported = [
      ...Object.values(PROBLEM),
      ...Object.values(TIMESTAMP_PROBLEM),
      ...Object.values(UNREADABLE),
    ];
    for (const key of [...reported, ...states]) {
      expect(textOf(cs, key), key).toEqual(expect.any(String));
      expect(textOf(en, key), key).toEqual(expect.any(String));
    }
  });
});
