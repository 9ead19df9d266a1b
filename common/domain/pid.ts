/**
 * PID (jednoznačný identifikátor dokumentu): originator prefix + 7 random characters
 * + 1 check character. The alphabet leaves out look-alikes (0/O, 1/I/L, U) so that a
 * PID read aloud or typed from a stamp survives; the check character catches one typo.
 */

export const PID_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 7;

function checkCharacter(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const value = PID_ALPHABET.indexOf(body[i] ?? '');
    // Position weighting so that swapped neighbours change the check character.
    sum += (value + 1) * (i + 1);
  }
  return PID_ALPHABET[sum % PID_ALPHABET.length] ?? '2';
}

/** `randomBytes` must hold at least 7 bytes from a cryptographic source. */
export function makePid(prefix: string, randomBytes: Uint8Array): string {
  if (randomBytes.length < CODE_LENGTH) throw new Error('makePid needs 7 random bytes');
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) {
    code += PID_ALPHABET[(randomBytes[i] ?? 0) % PID_ALPHABET.length];
  }
  return `${prefix}${code}${checkCharacter(code)}`;
}

export function isValidPid(pid: string, prefix: string): boolean {
  if (!pid.startsWith(prefix)) return false;
  const rest = pid.slice(prefix.length);
  if (rest.length !== CODE_LENGTH + 1) return false;
  for (const ch of rest) if (!PID_ALPHABET.includes(ch)) return false;
  return checkCharacter(rest.slice(0, CODE_LENGTH)) === rest[CODE_LENGTH];
}
