import type { z } from 'zod';

/**
 * A problem with user input. `message` is an i18n key (see common/i18n); `params`
 * fill its placeholders. Domain rules never produce display text themselves, so the
 * same rule speaks Czech or English depending on where it is shown.
 */
export interface ValidationIssue {
  path: string;
  message: string;
  params?: Record<string, string | number>;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

export function issuesFromZod(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => {
    const params: Record<string, string | number> = {};
    if ('params' in issue && issue.params && typeof issue.params === 'object') {
      for (const [key, value] of Object.entries(issue.params as Record<string, unknown>)) {
        if (typeof value === 'string' || typeof value === 'number') params[key] = value;
      }
    }
    if (
      'maximum' in issue &&
      (typeof issue.maximum === 'number' || typeof issue.maximum === 'bigint')
    ) {
      params.max = Number(issue.maximum);
    }
    if ('input' in issue && typeof issue.input === 'string') params.length = issue.input.length;
    // zod's own messages are English sentences; anything that is not one of our keys
    // becomes the generic "invalid value" message rather than leaking through.
    const message = issue.message.startsWith('validation.') ? issue.message : 'validation.invalid';
    return { path: issue.path.map(String).join('.'), message, params };
  });
}
