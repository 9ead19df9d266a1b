import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { journalTestT } from '../../journal/testI18n';
import { validSeal, validTimestamp } from '../testing/sampleMessages';
import { problemText, sealVerdict, timestampVerdict } from './sealText';

let t: TFunction;
beforeAll(async () => {
  t = await journalTestT('cs');
});

describe('sealVerdict', () => {
  it('is valid only when the seal verifies and its issuer is trusted', () => {
    expect(sealVerdict(validSeal)).toBe('valid');
    expect(sealVerdict({ ...validSeal, trusted: false })).toBe('untrusted');
  });

  it('is invalid when the seal does not verify, whatever its issuer', () => {
    expect(sealVerdict({ ...validSeal, valid: false })).toBe('invalid');
    expect(sealVerdict({ ...validSeal, valid: false, trusted: false })).toBe('invalid');
    expect(sealVerdict(null)).toBe('unchecked');
  });
});

describe('timestampVerdict', () => {
  it('tells a missing, broken and foreign timestamp apart', () => {
    expect(timestampVerdict(validTimestamp)).toBe('valid');
    expect(timestampVerdict({ ...validTimestamp, present: false })).toBe('missing');
    expect(timestampVerdict({ ...validTimestamp, valid: false })).toBe('invalid');
    expect(timestampVerdict({ ...validTimestamp, hashMatches: false })).toBe('hashMismatch');
    expect(timestampVerdict({ ...validTimestamp, hashMatches: null })).toBe('valid');
  });

  it('is never valid when its authority is not trusted', () => {
    expect(timestampVerdict({ ...validTimestamp, trusted: false })).toBe('untrusted');
    // A record stored before trust was checked has no such field: not shown as valid either.
    const { trusted: _trusted, ...older } = validTimestamp;
    expect(timestampVerdict(older as typeof validTimestamp)).toBe('untrusted');
  });
});

describe('problemText', () => {
  it("says the verifier's problem in Czech", () => {
    expect(problemText(t, 'zfo.seal.untrusted')).toBe(
      'Certifikát pečeti nevydala certifikační autorita, které aplikace důvěřuje.',
    );
    expect(problemText(t, 'zfo.timestamp.untrusted')).toMatch(/^Certifikát autority/);
  });

  it('falls back to a general sentence naming the code the catalog lacks', () => {
    expect(problemText(t, 'zfo.seal.somethingNew')).toBe(
      'Pečeť nelze ověřit (zfo.seal.somethingNew).',
    );
    expect(problemText(t, null)).toBeNull();
  });
});
