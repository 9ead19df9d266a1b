import type { ValidationIssue } from '../../common/domain/validation';

export type OptionalUrlCheck =
  { ok: true; value: string | null } | { ok: false; issue: ValidationIssue };

/** The texts of a field's problems (i18n keys). */
export interface OptionalUrlMessages {
  tooLong: string;
  invalid: string;
  scheme: string;
  credentials: string;
}

/**
 * Checks an optional http(s) address as typed, for main's schema: empty means none; never a
 * login in the address — the configuration is a plain file, a password belongs in the keychain.
 */
export function checkOptionalUrl(
  text: string,
  field: { path: string; max: number; messages: OptionalUrlMessages },
): OptionalUrlCheck {
  const { path, max, messages } = field;
  const trimmed = text.trim();
  const fail = (message: string, params?: ValidationIssue['params']): OptionalUrlCheck => ({
    ok: false,
    issue: { path, message, ...(params ? { params } : {}) },
  });
  if (trimmed.length === 0) return { ok: true, value: null };
  if (trimmed.length > max) return fail(messages.tooLong, { max });
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return fail(messages.invalid);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return fail(messages.scheme, { scheme: url.protocol });
  if (url.username || url.password) return fail(messages.credentials);
  return { ok: true, value: trimmed };
}
