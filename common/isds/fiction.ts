import { officeDateString, officeDayStart, parseOfficeDateTime } from '../domain/time';

/**
 * Delivery by fiction (doručení fikcí), zákon č. 300/2008 Sb., § 17 odst. 4: a document
 * delivered to a box is deemed delivered on the last day of the ten days that start
 * the day after its delivery to the box (dmDeliveryTime), if nobody with access to
 * the box logged in meanwhile.
 *
 * Reading applied here:
 * - days are calendar days in Czech local time (Europe/Prague), whatever zone the
 *   time is written in and whatever zone the machine is in;
 * - the day of delivery to the box does not count (the period starts the next day), so
 *   the fiction day is the delivery day + 10;
 * - a weekend or holiday does not move it here, as ISDS does not move it. (Courts have
 *   differed on whether the legal effect moves to the next working day under § 40 of
 *   the správní řád; that is a question for the clerk, not for the date ISDS records.)
 * - ISDS records the change to state 5 at the first moment after that day: 00:00:00
 *   Prague time of the 11th day (that is what dmAcceptanceTime of a message delivered
 *   by fiction shows), which `fictionInstant` gives.
 */

const DAYS = 10;

function deliveryDay(deliveryTime: string): string {
  const instant = parseOfficeDateTime(deliveryTime);
  if (!instant) throw new RangeError(`not a date and time: ${deliveryTime}`);
  return officeDateString(instant);
}

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The day (YYYY-MM-DD, Prague) on which the message counts as delivered by fiction. */
export function fictionDate(deliveryTime: string): string {
  return addDays(deliveryDay(deliveryTime), DAYS);
}

/** The instant ISDS marks the fiction: 00:00 Prague of the day after `fictionDate` (ISO, UTC). */
export function fictionInstant(deliveryTime: string): string {
  return officeDayStart(addDays(deliveryDay(deliveryTime), DAYS + 1)).toISOString();
}
