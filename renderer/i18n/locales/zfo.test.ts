import { describe, expect, it } from 'vitest';
import { resources } from '../resources';

/** What the ZFO verifier (main/services/isds/zfo) reports as `problem`. */
const SIGNER_PROBLEMS = [
  'noSigner',
  'noCertificate',
  'unsupportedAlgorithm',
  'contentTypeMismatch',
  'digestMismatch',
  'signatureInvalid',
];
const PROBLEMS = {
  seal: [...SIGNER_PROBLEMS, 'untrusted', 'certificateNotValidAtSigning'],
  timestamp: [
    ...SIGNER_PROBLEMS,
    'missing',
    'malformed',
    'hashMismatch',
    'untrusted',
    'certificateNotValidAtSigning',
  ],
};

describe('ZFO problem texts', () => {
  it.each(['cs', 'en'] as const)(
    'has a text in %s for every problem the verifier reports',
    (language) => {
      const texts = resources[language].translation.zfo;
      for (const [part, problems] of Object.entries(PROBLEMS)) {
        const block: Record<string, string> = texts[part as keyof typeof PROBLEMS];
        expect(Object.keys(block).sort()).toEqual([...problems].sort());
        for (const problem of problems) expect(block[problem]?.trim()).not.toBe('');
      }
    },
  );
});
