import { isCalendarDate, officeDateString, parseOfficeDateTime } from '../../domain/time';
import { xsDateTime as officeXsDateTime } from '../../nsesss/xsDate';
import { InvalidMessage } from './reader';

/**
 * Simple values of the ermsAPI schemas: length limits, xs:dateTime / xs:date / xs:time /
 * xs:gYear / xs:integer, written by the encoder and checked by the decoder.
 *
 * Policy for values the model can make longer than the schema allows:
 * - free text (names, subjects, notes, addresses, reference numbers, reasons) is cut
 *   to the limit — the eSSL keeps the rest nowhere, and a refused message would stop
 *   the whole outbox;
 * - identifiers and codes (HodnotaID, ZdrojID, Zdroj/Cil, provedlKdo, VlastniKdo, Kod,
 *   UdalostId, IdCiselniku) are never cut: a shortened identifier names another entity,
 *   so the encoder throws a RangeError (such a value is a bug upstream).
 */

/** Limits (in characters) of the schema's simple types the codec writes. */
export const limits = {
  /** sNazev */
  title: 100,
  /** sPopis (also tPolozkaCiselniku/Text, tOperaceStatus/Popis) */
  description: 255,
  /** sPoznamka */
  note: 255,
  /** sCisloJednaci, sSpisovaZnacka */
  reference: 50,
  /** sPodaciDenik */
  journal: 12,
  /** sHodnotaID */
  idValue: 40,
  /** sIdInformacnihoSystemu (ZdrojID, Zdroj, Cil, SpravujeIS) */
  system: 10,
  /** tUzivatel */
  user: 50,
  /** sKod */
  statusCode: 8,
  /** sZpravaPopis */
  messageText: 255,
  /** sDuvod */
  reason: 50,
  /** sObchodniNazev, sJmeno, sPrijmeni, sFunkceUtvarPopis */
  name: 100,
  /** sUlice, sObec */
  street: 48,
  /** sPsc */
  postalCode: 12,
  /** sIC */
  ico: 14,
  /** sSpisovyPlan */
  plan: 100,
  /** sSpisovyZnak */
  fileMark: 255,
  /** sJednoduchySpisovyZnak */
  simpleMark: 50,
  /** sIdCiselniku, sIdPolozky */
  codeListId: 40,
  /** sObdobiId */
  period: 10,
} as const;

/** Cuts `value` to `max` characters (code points, as XML Schema counts them). */
export function cut(value: string, max: number): string {
  if (value.length <= max) return value;
  const chars = Array.from(value);
  return chars.length <= max ? value : chars.slice(0, max).join('');
}

/** Cut text, or null when nothing is left (for optional elements with minLength 1). */
export function cutOptional(value: string | null | undefined, max: number): string | null {
  if (value === null || value === undefined) return null;
  const text = cut(value, max);
  return text === '' ? null : text;
}

/** An identifier or code that must fit as it is (see the policy above). */
export function exact(value: string, min: number, max: number, what: string): string {
  const length = Array.from(value).length;
  if (length < min || length > max)
    throw new RangeError(`${what}: ${length} characters, the schema allows ${min}–${max}`);
  return value;
}

/* ----------------------------------------------------------------- dates and times */

const DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?$/;
const DATE = /^(-?\d{4,}-\d{2}-\d{2})(?:Z|[+-]\d{2}:\d{2})?$/;
const TIME = /^\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?$/;
const YEAR = /^(-?\d{4,})(?:Z|[+-]\d{2}:\d{2})?$/;
const INTEGER = /^[+-]?\d+$/;

function instant(value: string, what: string): Date {
  const parsed = parseOfficeDateTime(value);
  if (!parsed) throw new RangeError(`${what}: not a date and time: ${value}`);
  return parsed;
}

/**
 * xs:dateTime in office time with its offset (as the rest of the NSESSS output), keeping
 * milliseconds when there are any, so an instant comes back exactly (the pull cursor
 * compares them).
 */
export function writeDateTime(value: string, what: string): string {
  const at = instant(value, what);
  const whole = officeXsDateTime(at);
  const millis = at.getTime() - Math.floor(at.getTime() / 1000) * 1000;
  if (millis === 0) return whole;
  return `${whole.slice(0, 19)}.${String(millis).padStart(3, '0')}${whole.slice(19)}`;
}

/** An instant read from xs:dateTime, as an ISO string in UTC (`toISOString`). */
export function readDateTime(text: string, where: string): string {
  const value = text.trim();
  const parsed = DATE_TIME.test(value) ? parseOfficeDateTime(value) : null;
  if (!parsed) throw new InvalidMessage(`${where}: not an xs:dateTime: '${value}'`);
  return parsed.toISOString();
}

/** xs:date from a model date (`YYYY-MM-DD`, or an instant whose office day is meant). */
export function writeDate(value: string, what: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    if (!isCalendarDate(value)) throw new RangeError(`${what}: not a calendar date: ${value}`);
    return value;
  }
  return officeDateString(instant(value, what));
}

/** A model date (`YYYY-MM-DD`) from xs:date; a time zone on it is dropped. */
export function readDate(text: string, where: string): string {
  const match = DATE.exec(text.trim());
  if (!match?.[1] || !isCalendarDate(match[1]))
    throw new InvalidMessage(`${where}: not an xs:date: '${text.trim()}'`);
  return match[1];
}

/** DatumDoruceni + CasDoruceni: the office day and the office time with its offset. */
export function writeDateAndTime(value: string, what: string): { date: string; time: string } {
  const full = writeDateTime(value, what);
  return { date: full.slice(0, 10), time: full.slice(11) };
}

/** One instant from xs:date + optional xs:time (a missing time is the start of the day). */
export function readDateAndTime(date: string, time: string | null, where: string): string {
  const day = readDate(date, where);
  if (time === null) return readDateTime(`${day}T00:00:00`, where);
  const clock = time.trim();
  if (!TIME.test(clock)) throw new InvalidMessage(`${where}: not an xs:time: '${clock}'`);
  return readDateTime(`${day}T${clock}`, where);
}

/** xs:gYear of a year number. */
export function writeYear(year: number, what: string): string {
  if (!Number.isInteger(year) || year < 1 || year > 9999)
    throw new RangeError(`${what}: not a year: ${year}`);
  return String(year).padStart(4, '0');
}

export function readYear(text: string, where: string): number {
  const match = YEAR.exec(text.trim());
  const year = match?.[1] ? Number(match[1]) : Number.NaN;
  if (!Number.isSafeInteger(year) || year === 0)
    throw new InvalidMessage(`${where}: not an xs:gYear: '${text.trim()}'`);
  return year;
}

/* ------------------------------------------------------------------------ integers */

/** An xs:integer within [min, max] (the model's numbers are safe integers). */
export function writeInteger(
  value: number,
  what: string,
  min = 0,
  max = Number.MAX_SAFE_INTEGER,
): string {
  if (!Number.isSafeInteger(value) || value < min || value > max)
    throw new RangeError(`${what}: ${value} is not an integer in ${min}–${max}`);
  return String(value);
}

export function readInteger(
  text: string,
  where: string,
  min = Number.MIN_SAFE_INTEGER,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const value = text.trim();
  const number = INTEGER.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number))
    throw new InvalidMessage(`${where}: not an xs:integer: '${value}'`);
  if (number < min || number > max)
    throw new InvalidMessage(`${where}: ${number} is outside ${min}–${max}`);
  return number;
}

/** tUdalostId (xs:integer of any size): kept as its decimal text. */
export function writeBigInteger(value: string, what: string): string {
  if (!INTEGER.test(value)) throw new RangeError(`${what}: not an integer: ${value}`);
  return value;
}

export function readBigInteger(text: string, where: string): string {
  const value = text.trim();
  if (!INTEGER.test(value)) throw new InvalidMessage(`${where}: not an xs:integer: '${value}'`);
  return value;
}

/** Reads one of an enumeration's values, refusing any other. */
export function readEnum<T extends string>(
  text: string,
  values: ReadonlyArray<T>,
  where: string,
): T {
  const value = text.trim();
  const found = values.find((candidate) => candidate === value);
  if (found === undefined) throw new InvalidMessage(`${where}: '${value}' is not an allowed value`);
  return found;
}

/* ------------------------------------------------------------------------ base64 */

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function writeBase64(value: string, what: string): string {
  if (!BASE64.test(value)) throw new RangeError(`${what}: not base64`);
  return value;
}

/** xs:base64Binary allows whitespace between characters; the model keeps none. */
export function readBase64(text: string, where: string): string {
  const value = text.replace(/\s+/g, '');
  if (!BASE64.test(value)) throw new InvalidMessage(`${where}: not xs:base64Binary`);
  return value;
}

/* ---------------------------------------------------------------------- event ids */

/** Random bits of a UUID that UdalostId keeps: 2^59 − 1 has 18 digits. */
