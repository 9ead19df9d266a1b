import type { Direction } from '../../common/domain/document';
import { MATTERS, type Matter } from './matters';
import { weightedTable, type Random, type WeightedTable } from './prng';
import type { MatterRun, Slot } from './timeline';

/**
 * Chance that a letter not yet taken by a matter opens one. About a quarter of the
 * journal ends up in matters (case files): each matter opened takes two to three
 * later letters of the journal as its further steps.
 */
const MATTER_START = 0.12;
/** How many working days a step may slip when no letter of its direction is free on its day. */
const SLIP_DAYS = 10;

const STARTING_WITH: Readonly<Record<Direction, WeightedTable<Matter>>> = {
  incoming: startingWith('incoming'),
  own: startingWith('own'),
};

function startingWith(direction: Direction): WeightedTable<Matter> {
  return weightedTable(
    MATTERS.filter((matter) => matter.steps[0]?.template.direction === direction).map(
      (matter) => [matter, matter.weight] as const,
    ),
  );
}

/** Index of the first slot registered on `day` or later (slots are in journal order). */
function firstOnOrAfter(slots: ReadonlyArray<Slot>, day: number): number {
  let lo = 0;
  let hi = slots.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((slots[mid] as Slot).day < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Picks matters out of the journal's slots: a slot opens a matter, and each further
 * step takes the first free slot of its direction on the day it is due (or a few days
 * later). A step due after the last day leaves the matter pending — still being
 * handled today. The slots keep their times, so the journal's shape is unchanged.
 */
export function scheduleMatters(
  rng: Random,
  slots: ReadonlyArray<Slot>,
  lastDay: number,
): MatterRun[] {
  const runs: MatterRun[] = [];
  for (const slot of slots) {
    if (slot.run !== null || !rng.chance(MATTER_START)) continue;
    const matter = rng.weighted(STARTING_WITH[slot.direction]);
    const run: MatterRun = { matter, slots: [slot], pending: false, memo: new Map() };
    slot.run = run;
    slot.step = 0;
    for (let index = 1; index < matter.steps.length; index++) {
      const step = matter.steps[index]!;
      const previous = run.slots[run.slots.length - 1]!;
      const due = previous.day + rng.between(step.after[0], step.after[1]);
      if (due > lastDay) {
        run.pending = true;
        break;
      }
      const taken = freeSlot(slots, due, step.template.direction);
      if (!taken) {
        // Nothing free yet on the last days: the step may still come.
        run.pending = due + SLIP_DAYS > lastDay;
        break;
      }
      taken.run = run;
      taken.step = index;
      run.slots.push(taken);
    }
    runs.push(run);
  }
  return runs;
}

function freeSlot(slots: ReadonlyArray<Slot>, day: number, direction: Direction): Slot | null {
  for (let i = firstOnOrAfter(slots, day); i < slots.length; i++) {
    const slot = slots[i]!;
    if (slot.day > day + SLIP_DAYS) return null;
    if (slot.run === null && slot.direction === direction) return slot;
  }
  return null;
}
