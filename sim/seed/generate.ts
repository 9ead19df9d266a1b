import type { DemoSeed } from '../../common/contract/types';
import { DEFAULT_TRIGGER_EVENT } from '../../common/domain/filePlan';
import { makePid } from '../../common/domain/pid';
import { formatReferenceNumber } from '../../common/domain/referenceNumber';
import { officeYear } from '../../common/domain/time';
import { parsePlanXml } from '../../common/nsesss/planXml';
import { ARCHIVAL_SHARE, ARCHIVE_YEARS, archiveHoldings } from './archive';
import { workingDays } from './calendar';
import { LetterWriter, HANDLER_NAMES, type Correspondent, type LetterChoice } from './letters';
import { liveThrough, type Leaf, type Letter } from './lifecycle';
import type { Matter } from './matters';
import { DEMO_CURRENT_USER, DEMO_ORGANIZATION } from './organization';
import { createRandom } from './prng';
import { scheduleMatters } from './schedule';
import { DOCUMENT_TEMPLATES } from './templates';
import { openDays, timeline, type MatterRun, type OpenDay, type Slot } from './timeline';

export interface DemoSeedOptions {
  /**
   * The file plan as nsesss-plan XML (Node callers: sim/demoPlan.ts readDemoPlanXml).
   * Every mark the letter templates use must be a lowest-level group of it.
   */
  planXml: string;
  /** How many documents the seed holds (default 2,000), the older holdings included. */
  documents?: number;
  /** PRNG seed; the same seed, `today` and `documents` give the same journal. */
  seed?: number;
  /** The demo's "now" (default: the real now); nothing is received after it. */
  today?: Date;
}

export const DEFAULT_DEMO_DOCUMENTS = 2000;
export const DEFAULT_DEMO_SEED = 20260101;

const INCOMING_SHARE = 0.575;

/**
 * Generates the demo municipality: organisation, file plan, handlers, a journal of
 * registrations over the previous calendar year and the current year up to `today`
 * with its life cycle (settlements, case files, closing, the records office), and a
 * few older holdings of the records office. Pure and deterministic, so a browser
 * benchmark can call it directly.
 */
export function generateDemoSeed(options: DemoSeedOptions): DemoSeed {
  const today = options.today ?? new Date();
  const count = options.documents ?? DEFAULT_DEMO_DOCUMENTS;
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(`documents must be a non-negative integer, got ${count}`);
  }
  const leaves = planLeaves(options.planXml);
  const rng = createRandom(options.seed ?? DEFAULT_DEMO_SEED);
  const nowMs = today.getTime();
  const currentYear = officeYear(today);

  const days = openDays(workingDays(currentYear - ARCHIVE_YEARS, today), nowMs);
  const writer = new LetterWriter(rng);
  const archivalCount = Math.floor(count * ARCHIVAL_SHARE);
  const journalStart = firstDayOfYear(days, currentYear - 1);
  const journal = timeline(rng, days, journalStart, count - archivalCount, INCOMING_SHARE);
  const journalRuns = scheduleMatters(rng, journal, days.length - 1);
  const closable = (matter: Matter) =>
    leaves.get(matter.fileMark)?.retention.triggerEvent === DEFAULT_TRIGGER_EVENT;
  const archive = archiveHoldings(rng, days, archivalCount, currentYear, INCOMING_SHARE, closable);

  const ids = new Set<string>();
  const idBytes = new Uint8Array(7);
  const newId = () => {
    let id: string;
    do {
      for (let b = 0; b < idBytes.length; b++) idBytes[b] = rng.int(256);
      id = makePid(DEMO_ORGANIZATION.pidPrefix, idBytes);
    } while (ids.has(id));
    ids.add(id);
    return id;
  };

  const letters = writeLetters(writer, days, [...archive.slots, ...journal], journalStart, newId);
  numberLetters(letters, days, leaves, journalStart, currentYear);
  const mask = DEMO_ORGANIZATION.referenceMask;
  const caseFiles = liveThrough({
    rng,
    days,
    nowMs,
    currentYear,
    leaves,
    letters: letters.map(({ letter }) => letter),
    runs: [...archive.runs, ...journalRuns],
    abbreviation: DEMO_ORGANIZATION.abbreviation,
    referenceOf: (doc) =>
      formatReferenceNumber(mask, {
        abbreviation: DEMO_ORGANIZATION.abbreviation,
        sequence: doc.sequence,
        year: doc.year,
      }),
    newId,
    handlerOf: (run) => handlerOfRun(letters, run),
  });

  return {
    organization: { ...DEMO_ORGANIZATION },
    filePlanXml: options.planXml,
    handlers: [...HANDLER_NAMES],
    currentUser: DEMO_CURRENT_USER,
    documents: letters.map(({ letter }) => letter.doc),
    caseFiles,
  };
}

interface Written {
  letter: Letter;
  choice: LetterChoice;
}

/** The document of every slot, in journal order; a matter's letters share its people. */
function writeLetters(
  writer: LetterWriter,
  days: ReadonlyArray<OpenDay>,
  slots: ReadonlyArray<Slot>,
  journalStart: number,
  newId: () => string,
): Written[] {
  const initiators = new Map<MatterRun, { correspondent: Correspondent; handler: string }>();
  return slots.map((slot, index) => {
    const run = slot.run;
    let choice: LetterChoice;
    if (run === null) {
      choice = writer.chooseAlone(slot.direction);
    } else {
      const step = run.matter.steps[slot.step]!;
      const known = initiators.get(run);
      if (!known) {
        choice = writer.chooseStep(step.template, null, writer.handlerFor(run.matter.fileMark));
        initiators.set(run, { correspondent: choice.correspondent, handler: choice.handler });
      } else {
        const party = step.party === 'initiator' ? known.correspondent : null;
        choice = writer.chooseStep(step.template, party, known.handler);
      }
    }
    slot.letter = index;
    const doc = writer.write(slot, days, choice, run?.memo ?? null, newId());
    return {
      letter: { slot, doc, archival: slot.day < journalStart },
      choice,
    };
  });
}

function handlerOfRun(letters: ReadonlyArray<Written>, run: MatterRun): string {
  return letters[run.slots[0]!.letter]!.choice.handler;
}

/**
 * Journal numbers: each year of the current journal from 1, without gaps. A letter
 * registered into a sběrný arch takes no number of its own but its initiator's (the
 * order suffix is the file's business). The older holdings are what is left of their
 * years' journals, so their numbers are spread over the year as a journal of this
 * size would have given them.
 */
function numberLetters(
  letters: ReadonlyArray<Written>,
  days: ReadonlyArray<OpenDay>,
  leaves: ReadonlyMap<string, Leaf>,
  journalStart: number,
  currentYear: number,
): void {
  const last = new Map<number, number>();
  const spans = new Map<number, { first: number; days: number }>();
  days.forEach((day, index) => {
    const span = spans.get(day.year);
    if (span) span.days += 1;
    else spans.set(day.year, { first: index, days: 1 });
  });
  const perYear = Math.max(
    1,
    letters.filter(({ letter }) => days[letter.slot.day]!.year === currentYear - 1).length,
  );
  for (const { letter } of letters) {
    const { slot, doc } = letter;
    const run = slot.run;
    if (run && slot.step > 0 && leaves.get(run.matter.fileMark)?.mode === 'collectionSheet') {
      const initiator = letters[run.slots[0]!.letter]!.letter.doc;
      doc.year = initiator.year;
      doc.sequence = initiator.sequence;
      continue;
    }
    const year = days[slot.day]!.year;
    let sequence = (last.get(year) ?? 0) + 1;
    const span = spans.get(year);
    if (slot.day < journalStart && span) {
      const share = (slot.day - span.first) / span.days;
      sequence = Math.max(sequence, 1 + Math.floor(share * perYear));
    }
    last.set(year, sequence);
    doc.year = year;
    doc.sequence = sequence;
  }
}

function firstDayOfYear(days: ReadonlyArray<OpenDay>, year: number): number {
  const index = days.findIndex((day) => day.year >= year);
  return index < 0 ? days.length : index;
}

/**
 * The plan's lowest-level groups by mark. The journal's letters are classified under
 * them; a plan without the marks the letters use is a bug.
 */
function planLeaves(planXml: string): Map<string, Leaf> {
  const plan = parsePlanXml(planXml);
  if (!plan.ok) {
    const issues = plan.issues.map((issue) => `${issue.message} ${JSON.stringify(issue.params)}`);
    throw new Error(`The demo file plan is not a valid nsesss-plan: ${issues.join('; ')}`);
  }
  const leaves = new Map<string, Leaf>();
  for (const group of plan.value.groups) {
    if (group.retention === null) continue;
    leaves.set(group.fileMark, {
      retention: group.retention,
      mode: group.caseFileMode ?? 'linking',
    });
  }
  const missing = [...new Set(DOCUMENT_TEMPLATES.map((template) => template.fileMark))].filter(
    (mark) => !leaves.has(mark),
  );
  if (missing.length > 0)
    throw new Error(`The file plan lacks the leaves the demo letters use: ${missing.join(', ')}`);
  return leaves;
}
