import { checkOptionalUrl, type OptionalUrlCheck } from '../optionalUrl';

/** main's limit for `tsaUrl`. */
export const TSA_URL_MAX = 500;

/**
 * Checks the timestamp authority's address as typed; empty means none (B-B only).
 * Plain http is allowed anywhere: a timestamp token is signed by the authority and
 * checked on receipt, and many qualified authorities serve RFC 3161 over http.
 */
export function checkTsaUrl(text: string): OptionalUrlCheck {
  return checkOptionalUrl(text, {
    path: 'tsaUrl',
    max: TSA_URL_MAX,
    messages: {
      tooLong: 'signingSettings.validation.tsaUrlTooLong',
      invalid: 'signingSettings.validation.tsaUrlInvalid',
      scheme: 'signingSettings.validation.tsaUrlScheme',
      credentials: 'signingSettings.validation.tsaUrlCredentials',
    },
  });
}
