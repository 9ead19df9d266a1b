import type { ValidationIssue } from '../../../common/domain/validation';

/** main's limit for `tsaUrl`. */
export const TSA_URL_MAX = 500;

export type TsaUrlCheck =
  { ok: true; value: string | null } | { ok: false; issue: ValidationIssue };

const PATH = 'tsaUrl';

/**
 * Checks the timestamp authority's address as typed; empty means none (B-B only).
 * Plain http is allowed anywhere: a timestamp token is signed by the authority and
 * checked on receipt, and many qualified authorities serve RFC 3161 over http.
 */
export function checkTsaUrl(text: string): TsaUrlCheck {
  const trimmed = text.trim();
  const fail = (message: string, params?: ValidationIssue['params']): TsaUrlCheck => ({
    ok: false,
    issue: { path: PATH, message, ...(params ? { params } : {}) },
  });
  if (trimmed.length === 0) return { ok: true, value: null };
  if (trimmed.length > TSA_URL_MAX)
    return fail('signingSettings.validation.tsaUrlTooLong', { max: TSA_URL_MAX });
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return fail('signingSettings.validation.tsaUrlInvalid');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return fail('signingSettings.validation.tsaUrlScheme', { scheme: url.protocol });
  // The configuration is a plain file; a password belongs in the keychain, never in it.
  if (url.username || url.password) return fail('signingSettings.validation.tsaUrlCredentials');
  return { ok: true, value: trimmed };
}
