import { checkOptionalUrl, type OptionalUrlCheck } from '../optionalUrl';

/** main's limit for `conversionRegisterUrl`. */
export const REGISTER_URL_MAX = 500;

/**
 * Checks the conversion register's address as typed; empty means none (in the demo, the
 * simulator's register). http or https, as main's schema allows.
 */
export function checkRegisterUrl(text: string): OptionalUrlCheck {
  return checkOptionalUrl(text, {
    path: 'conversionRegisterUrl',
    max: REGISTER_URL_MAX,
    messages: {
      tooLong: 'conversionSettings.validation.urlTooLong',
      invalid: 'conversionSettings.validation.urlInvalid',
      scheme: 'conversionSettings.validation.urlScheme',
      credentials: 'conversionSettings.validation.urlCredentials',
    },
  });
}
