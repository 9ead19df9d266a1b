import type { Direction } from '../../common/domain/document';
import { MATTERS, matterNamed, type Matter } from './matters';
import { weightedTable, type Random } from './prng';
import {
  inJournalOrder,
  instantIn,
  slotAt,
  type MatterRun,
  type OpenDay,
  type Slot,
} from './timeline';

/**
 * The older holdings of the records office: matters and letters of the years before
 * the current journal (last year and this one), all settled, the matters' files closed
 * and everything handed over in the January after. Only these reach back far enough
 * for their retention to have run out, so a disposal proposal has something to offer.
 */

/** How many years before the current journal the holdings reach back to (2015 for 2026). */
export const ARCHIVE_YEARS = 11;
/** Share of the seed's documents that are older holdings. */
export const ARCHIVAL_SHARE = 0.03;
const MATTER_SHARE = 0.65;
/** Matters start early in the year, so that most files are closed in their own year. */
const START_WITHIN_YEAR = 0.55;

/**
 * Holdings every seed with room for them has, whatever the draw: an A/10 file closed
 * eleven years ago, an A/5 file closed six years ago and an S/5 file closed seven
 * years ago — all due for disposal this year.
 */
const ANCHORS: ReadonlyArray<{ matter: string; yearsAgo: number }> = [
  { matter: 'councilMinutes', yearsAgo: 11 },
  { matter: 'electionResult', yearsAgo: 6 },
  { matter: 'trees', yearsAgo: 7 },
];

export interface Archive {
  slots: Slot[];
  runs: MatterRun[];
}

/**
 * `count` letters of the older holdings over the calendar `days` (which begin with the
 * first archival year). `closable` says which matters' files are closed at all (those
 * whose retention starts with closing).
 */
export function archiveHoldings(
  rng: Random,
  days: ReadonlyArray<OpenDay>,
  count: number,
  currentYear: number,
  incomingShare: number,
  closable: (matter: Matter) => boolean,
): Archive {
  const spans = yearSpans(days);
  const firstYear = currentYear - ARCHIVE_YEARS;
  const lastYear = currentYear - 2;
  const lastDay = spans.get(lastYear)?.[1] ?? -1;
  if (lastDay < 0) return { slots: [], runs: [] };
  const matters = weightedTable(
    MATTERS.filter(closable).map((matter) => [matter, matter.weight] as const),
  );
  const slots: Slot[] = [];
  const runs: MatterRun[] = [];
  let budget = count;

  const place = (matter: Matter, year: number) => {
    const span = spans.get(year);
    if (!span) return;
    const [from, to] = span;
    let day = from + rng.int(Math.max(1, Math.floor((to - from + 1) * START_WITHIN_YEAR)));
    const run: MatterRun = { matter, slots: [], pending: false, memo: new Map() };
    for (let index = 0; index < matter.steps.length && budget > 0; index++) {
      const step = matter.steps[index]!;
      if (index > 0) day += rng.between(step.after[0], step.after[1]);
      // The current journal starts after the holdings; a matter running into it ends there.
      if (day > lastDay) break;
      const slot = slotAt(rng, day, instantIn(rng, days[day]!), step.template.direction);
      slot.run = run;
      slot.step = index;
      run.slots.push(slot);
      slots.push(slot);
      budget -= 1;
    }
    if (run.slots.length > 0) runs.push(run);
  };

  for (const anchor of ANCHORS) {
    if (budget === 0) break;
    place(matterNamed(anchor.matter), currentYear - anchor.yearsAgo);
  }
  while (budget > 0) {
    const year = rng.between(firstYear, lastYear);
    if (rng.chance(MATTER_SHARE)) {
      place(rng.weighted(matters), year);
      continue;
    }
    const span = spans.get(year);
    if (!span) continue;
    const day = rng.between(span[0], span[1]);
    const direction: Direction = rng.chance(incomingShare) ? 'incoming' : 'own';
    slots.push(slotAt(rng, day, instantIn(rng, days[day]!), direction));
    budget -= 1;
  }
  inJournalOrder(slots);
  runs.sort((a, b) => a.slots[0]!.registered - b.slots[0]!.registered);
  return { slots, runs };
}

/** First and last index of each year's working days in the calendar. */
function yearSpans(days: ReadonlyArray<OpenDay>): Map<number, [number, number]> {
  const spans = new Map<number, [number, number]>();
  days.forEach((day, index) => {
    const span = spans.get(day.year);
    if (span) span[1] = index;
    else spans.set(day.year, [index, index]);
  });
  return spans;
}
