import { expect } from 'vitest';
import { letterSigningErrors, signingUi } from '../../i18n/locales/cs/signingUi';
import { postDispatch, postDispatchErrors } from '../../i18n/locales/cs/postDispatch';
import type { CommandError } from '../../db/errors';

/** The Czech catalogs of these features, keyed as they are wired into the app's resources. */
const czech: Record<string, unknown> = {
  errors: { ...letterSigningErrors, ...postDispatchErrors },
  signingUi,
  postDispatch,
};

export function czechText(key: string): string | undefined {
  let node: unknown = czech;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** The refusal has this code, and the code reads as a Czech sentence. */
export function expectRefusal(error: CommandError, code: string): void {
  expect(error.code).toBe(code);
  expect(czechText(code), `Czech text of ${code}`).toMatch(/\S/);
}

/** The refusal is a validation with exactly these issue keys, each with a Czech text. */
export function expectIssues(error: CommandError, expected: Array<[string, string]>): void {
  expect(error.code).toBe('errors.validation');
  expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual(expected);
  for (const [, key] of expected) expect(czechText(key), `Czech text of ${key}`).toMatch(/\S/);
}
