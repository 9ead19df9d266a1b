import type { ValidationIssue } from '../../common/domain/validation';

export const SERVICE_URL_MAX = 500;

/** Hosts on this PC, the only ones an unencrypted http:// connection may go to. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export type ServiceUrlCheck =
  { ok: true; value: string | null } | { ok: false; issue: ValidationIssue };

/**
 * Checks an address of an ORP service as typed (eSSL, update feed). Passwords and
 * documents travel to it, so it must be https — except to a service on this PC
 * (a local gateway, the simulator). Main's schema is looser (any http/https), so the
 * form catches the rest here with a message that says why.
 */
export function checkServiceUrl(text: string, path: string, required: boolean): ServiceUrlCheck {
  const trimmed = text.trim();
  const fail = (message: string, params?: ValidationIssue['params']): ServiceUrlCheck => ({
    ok: false,
    issue: { path, message, ...(params ? { params } : {}) },
  });
  if (trimmed.length === 0)
    return required ? fail('settings.validation.urlRequired') : { ok: true, value: null };
  if (trimmed.length > SERVICE_URL_MAX) return fail('validation.tooLong', { max: SERVICE_URL_MAX });
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return fail('settings.validation.urlInvalid');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return fail('settings.validation.urlScheme', { scheme: url.protocol });
  if (url.username || url.password) return fail('settings.validation.urlCredentials');
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname))
    return fail('settings.validation.urlInsecure', { host: url.hostname });
  return { ok: true, value: trimmed };
}
