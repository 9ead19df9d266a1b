import pkcs11js from 'pkcs11js';
import { describe, expect, it } from 'vitest';
import * as constants from './constants';

const fromBinding = pkcs11js as unknown as Record<string, unknown>;

const written: Array<[string, unknown]> = [
  ...Object.entries(constants).filter(([, value]) => typeof value === 'number'),
  ...Object.entries(constants.RETURN_VALUES),
];

describe('PKCS#11 constants written out from the specification', () => {
  it.each(written)('%s is what pkcs11js says', (name, value) => {
    expect(fromBinding[name]).toBe(value);
  });
});
