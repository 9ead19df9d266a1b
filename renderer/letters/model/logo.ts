import { encodeBase64 } from '../../../common/bytes/base64';
import type { ValidationIssue } from '../../../common/domain/validation';
import { sniffLogoMime } from '../../../common/letters/logo';
import { letterIssue } from '../../../common/letters/messages';
import { LETTER_LIMITS, type LetterLogo } from '../../../common/letters/model';

export type LogoCheck = { ok: true; logo: LetterLogo } | { ok: false; issue: ValidationIssue };

export const LOGO_PATH = 'letterhead.logo';

/**
 * A letterhead logo as picked from disk: PNG or JPEG by content (a name or extension
 * says nothing), at most 512 kB — it goes into every letter's PDF and into the
 * settings kept on this PC. The template schema checks the same again on save.
 */
export function checkLogo(bytes: Uint8Array): LogoCheck {
  if (bytes.length > LETTER_LIMITS.logoBytes) {
    return {
      ok: false,
      issue: {
        path: LOGO_PATH,
        message: letterIssue('logoTooLarge'),
        params: { maxKb: LETTER_LIMITS.logoBytes / 1024 },
      },
    };
  }
  const mime = sniffLogoMime(bytes);
  if (!mime) return { ok: false, issue: { path: LOGO_PATH, message: letterIssue('logoFormat') } };
  return { ok: true, logo: { mime, base64: encodeBase64(bytes) } };
}
