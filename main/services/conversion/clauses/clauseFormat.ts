/** How a clause writes dates, times and serial numbers. */
import { formatOfficeDate, formatOfficeDateTime } from '../../../../common/domain/time';

/** "3. 2. 2026": the date of the clause, in office time (§ 25 asks for the date). */
export function clauseDate(iso: string): string {
  return formatOfficeDate(iso);
}

/**
 * "3. 2. 2026 9:05:07 (2026-02-03 08:05:07 UTC)": a timestamp's time to the second in
 * office time, and in UTC as the token holds it, so summer time cannot make it ambiguous.
 */
export function clauseDateTime(iso: string): string {
  const utc = new Date(iso).toISOString().slice(0, 19).replace('T', ' ');
  return `${formatOfficeDateTime(iso)} (${utc} UTC)`;
}

/**
 * A serial number as the verifier reports it (upper-case hex) and in decimal: providers
 * publish them either way (PostSignum in decimal, I.CA in hex), and a clause must let
 * whoever reads it find the certificate.
 */
export function clauseSerial(hex: string): string {
  if (!/^[0-9A-F]+$/i.test(hex)) return hex;
  return `${hex.toUpperCase()} (šestnáctkově), ${BigInt(`0x${hex}`).toString(10)} (desítkově)`;
}
