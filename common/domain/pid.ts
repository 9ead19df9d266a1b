/**
 * PID (jednoznačný identifikátor dokumentu): originator prefix + 7 random characters
 * + 1 check character. The alphabet leaves out look-alikes (0/O, 1/I/L, U) so that a
 * PID read aloud or typed from a stamp survives; the check character catches any one
 * mistyped character and any swap of two neighbours.
 */

export const PID_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 7;
/**
 * The weighted sum of a valid PID is divisible by this prime. A prime larger than the
 * alphabet makes every weight invertible, so one changed character always changes the
 * sum, and neighbouring weights differ by 1, so a swap of neighbours does too. (With
 * the alphabet's size, 30, neither holds: a 15-step error at weight 2 vanishes.)
 */
const MODULUS = 31;
/** 8⁻¹ mod 31: the check character stands at weight 8. */
const INVERSE_OF_CHECK_WEIGHT = 4;

function weightedSum(values: readonly number[]): number {
  let sum = 0;
  values.forEach((value, index) => {
    sum += value * (index + 1);
  });
  return sum % MODULUS;
}

/** The check value that makes the sum divisible; 30 has no character (see makePid). */
function checkValue(codeValues: readonly number[]): number {
  return ((MODULUS - weightedSum(codeValues)) * INVERSE_OF_CHECK_WEIGHT) % MODULUS;
}

/** `randomBytes` must hold at least 7 bytes from a cryptographic source. */
export function makePid(prefix: string, randomBytes: Uint8Array): string {
  if (randomBytes.length < CODE_LENGTH) throw new Error('makePid needs 7 random bytes');
  const values: number[] = [];
  for (let i = 0; i < CODE_LENGTH; i++) values.push((randomBytes[i] ?? 0) % PID_ALPHABET.length);
  // One value of the last character would need the check value 30, which has no
  // character; the next value of that character never does.
  let check = checkValue(values);
  while (check >= PID_ALPHABET.length) {
    values[CODE_LENGTH - 1] = ((values[CODE_LENGTH - 1] ?? 0) + 1) % PID_ALPHABET.length;
    check = checkValue(values);
  }
  return prefix + [...values, check].map((value) => PID_ALPHABET[value]).join('');
}

export function isValidPid(pid: string, prefix: string): boolean {
  if (!pid.startsWith(prefix)) return false;
  const rest = pid.slice(prefix.length);
  if (rest.length !== CODE_LENGTH + 1) return false;
  const values = [...rest].map((ch) => PID_ALPHABET.indexOf(ch));
  if (values.some((value) => value < 0)) return false;
  return weightedSum(values) === 0;
}
