import type { Direction } from '../../common/domain/document';
import type { WorkingDay } from './calendar';
import type { Matter } from './matters';
import { searchCumulative, type Random } from './prng';

export const MINUTE = 60_000;
const OFFICE_OPENS = 8 * 60 * MINUTE;
const OFFICE_CLOSES = 15 * 60 * MINUTE + 30 * MINUTE;
/** Longest time between a letter's receipt and its registration. */
export const MAX_REGISTRATION_DELAY = 25 * MINUTE;

export interface OpenDay extends WorkingDay {
  opens: number;
  closes: number;
}

/** One registration of the journal: when, which way, and the matter it belongs to. */
export interface Slot {
  /** Index of the day in the calendar the seed is built on. */
  day: number;
  direction: Direction;
  received: number;
  registered: number;
  /** The matter this letter is a step of; null for a letter on its own. */
  run: MatterRun | null;
  /** Its step in the matter. */
  step: number;
  /** Index of the letter built for it. */
  letter: number;
}

/** One matter as it happened: the slots of its steps so far, in step order. */
export interface MatterRun {
  matter: Matter;
  slots: Slot[];
  /** Its next step falls after today: the matter is still being handled. */
  pending: boolean;
  /** Details of the subject shared by its letters (subjectContext.ts). */
  memo: Map<string, string | number>;
}

/** Office hours of each working day; today only as far as the clock has got. */
export function openDays(days: ReadonlyArray<WorkingDay>, nowMs: number): OpenDay[] {
  const open: OpenDay[] = [];
  for (const day of days) {
    const opens = day.start + OFFICE_OPENS;
    // Leave room for the registration delay so that nothing is registered after "now".
    const closes = Math.min(day.start + OFFICE_CLOSES, nowMs - MAX_REGISTRATION_DELAY - 5 * MINUTE);
    if (closes > opens) open.push({ ...day, opens, closes });
  }
  return open;
}

/** An instant in office hours of a day, whole seconds. */
export function instantIn(rng: Random, day: OpenDay): number {
  return Math.floor((day.opens + rng.int(day.closes - day.opens)) / 1000) * 1000;
}

/** A new slot received at `at` on calendar day `day`; incoming letters wait a little for their number. */
export function slotAt(rng: Random, day: number, at: number, direction: Direction): Slot {
  const registered =
    direction === 'incoming' ? at + rng.between(MINUTE, MAX_REGISTRATION_DELAY) : at;
  return {
    day,
    direction,
    received: at,
    registered: Math.floor(registered / 1000) * 1000,
    run: null,
    step: 0,
    letter: -1,
  };
}

/** Sorts slots into journal order; one clerk never registers two documents in the same second. */
export function inJournalOrder(slots: Slot[]): Slot[] {
  slots.sort((a, b) => a.registered - b.registered);
  for (let i = 1; i < slots.length; i++) {
    const previous = slots[i - 1] as Slot;
    const slot = slots[i] as Slot;
    if (slot.registered <= previous.registered) slot.registered = previous.registered + 1000;
  }
  return slots;
}

/**
 * `count` receipts over the calendar days from `first` on, weighted by the day's
 * usual amount of mail, in journal order.
 */
export function timeline(
  rng: Random,
  days: ReadonlyArray<OpenDay>,
  first: number,
  count: number,
  incomingShare: number,
): Slot[] {
  if (count === 0 || first >= days.length) return [];
  const cumulative = new Float64Array(days.length - first);
  let total = 0;
  for (let i = first; i < days.length; i++) {
    const day = days[i] as OpenDay;
    // A partly elapsed today gets its share of the day's mail.
    total += day.weight * ((day.closes - day.opens) / (OFFICE_CLOSES - OFFICE_OPENS));
    cumulative[i - first] = total;
  }

  const slots: Slot[] = new Array<Slot>(count);
  for (let i = 0; i < count; i++) {
    const index = first + searchCumulative(cumulative, rng.next() * total);
    const at = instantIn(rng, days[index] as OpenDay);
    slots[i] = slotAt(rng, index, at, rng.chance(incomingShare) ? 'incoming' : 'own');
  }
  return inJournalOrder(slots);
}
