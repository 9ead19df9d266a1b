import type { SeedCaseFile, SeedCustody, SeedDocument } from '../../common/contract/types';
import { DEFAULT_CASE_FILE_MASK, formatCaseFileReference } from '../../common/domain/caseFile';
import {
  DEFAULT_TRIGGER_EVENT,
  type CaseFileMode,
  type RetentionRule,
} from '../../common/domain/filePlan';
import type { Settlement, SettlementMethod } from '../../common/domain/settlement';
import { HANDLER_NAMES } from './letters';
import type { Random } from './prng';
import { MINUTE, instantIn, type MatterRun, type OpenDay, type Slot } from './timeline';

/**
 * The life cycle of the journal as the eSSL would hand it over: letters settled the
 * way a small office settles them, matters kept in case files, files closed once
 * everything in them is settled, and last year's closed files (and some settled
 * letters) taken over by the records office.
 */

const DAY = 24 * 60 * MINUTE;
/** Older letters are mostly settled; younger ones the more the older they are. */
const SETTLED_AFTER_DAYS = 60;
const CANCELLED_SHARE = 0.005;
/** Share of last year's settled stand-alone letters the handlers hand over with their files. */
const STAND_ALONE_HANDED_OVER = 0.5;
/** The handlers hand over their closed files in January, each on a day of their own. */
const HANDOVER_WORKING_DAY = 12;
const HANDOVER_DAYS_APART = 4;

/** A lowest-level group of the plan: how its files are built and kept. */
export interface Leaf {
  retention: RetentionRule;
  mode: CaseFileMode;
}

export interface Letter {
  slot: Slot;
  doc: SeedDocument;
  /** One of the older holdings of the records office, not of the current journal. */
  archival: boolean;
}

export interface LifecycleInput {
  rng: Random;
  days: ReadonlyArray<OpenDay>;
  nowMs: number;
  currentYear: number;
  leaves: ReadonlyMap<string, Leaf>;
  /** In journal order. */
  letters: Letter[];
  /** In the order their first letters were registered. */
  runs: ReadonlyArray<MatterRun>;
  abbreviation: string;
  /** The number of a document as the journal shows it. */
  referenceOf: (doc: SeedDocument) => string;
  /** A fresh identifier in the PID form, unique among documents and files. */
  newId: () => string;
  handlerOf: (run: MatterRun) => string;
}

interface Settled {
  settlement: Settlement;
  day: number;
  at: number;
}

const REQUEST =
  /^(Žádost|Stížnost|Petice|Podnět|Návrh|Nabídka|Ohlášení|Přihlášení|Upozornění|Oznámení o černé)/;
const INVOICE = /^(Faktura|Vydaná faktura)/;
const DISPATCHED = ['Vypraveno adresátovi.', 'Odesláno datovou schránkou.', 'Předáno osobně.'];
const ANSWERED = [
  'Vyřízeno telefonicky.',
  'Vyřízeno osobně při jednání na úřadě.',
  'Žadateli sděleno ústně.',
];
const OTHER_REASONS = [
  'Podatel vzal podání zpět.',
  'Projednáno zastupitelstvem obce.',
  'Vyřízeno v rámci jiného řízení.',
];

export function liveThrough(input: LifecycleInput): SeedCaseFile[] {
  return new LifeCycle(input).run();
}

class LifeCycle {
  private readonly caseFileSequences = new Map<number, number>();
  /** Index of each year's first working day in the calendar. */
  private readonly yearStarts = new Map<number, number>();

  constructor(private readonly input: LifecycleInput) {
    input.days.forEach((day, index) => {
      if (!this.yearStarts.has(day.year)) this.yearStarts.set(day.year, index);
    });
  }

  run(): SeedCaseFile[] {
    const { letters, rng, currentYear } = this.input;
    const settled = letters.map((letter) => this.settle(letter));
    const caseFiles = this.input.runs.map((run) => this.caseFileOf(run, settled));
    const fileOf = new Map<string, SeedCaseFile>();
    for (const file of caseFiles) for (const pid of file.documents) fileOf.set(pid, file);

    letters.forEach((letter, index) => {
      const doc = letter.doc;
      const outcome = settled[index];
      if (outcome) doc.settlement = outcome.settlement;
      if (doc.state === 'cancelled') return;
      const file = fileOf.get(doc.pid);
      if (file) {
        doc.state = file.state === 'inProgress' ? (outcome ? 'settled' : 'inProgress') : file.state;
        return;
      }
      if (!outcome) return;
      doc.state = 'settled';
      const year = Number(outcome.settlement.date.slice(0, 4));
      if (year >= currentYear) return;
      if (!letter.archival && !rng.chance(STAND_ALONE_HANDED_OVER)) return;
      const custody = this.handOver(year + 1, doc.handler);
      if (custody) {
        doc.custody = custody;
        doc.state = 'inRecordsOffice';
      }
    });
    return caseFiles;
  }

  /** How and when a letter was settled, or null while it waits (or was cancelled). */
  private settle(letter: Letter): Settled | null {
    const { rng, nowMs, days } = this.input;
    const { slot, doc } = letter;
    const run = slot.run;
    if (run) {
      const steps = run.matter.steps;
      const settlerStep = steps.findIndex((step) => step.settles.includes(slot.step));
      if (settlerStep >= 0) {
        const settler = run.slots[settlerStep];
        if (settler) return this.byLetter(letter, settler, steps[settlerStep]!.method);
        // The answer is still to come.
        if (run.pending) return null;
      }
      return this.onItsOwn(letter, Number.POSITIVE_INFINITY);
    }
    if (letter.archival) return this.onItsOwn(letter, Number.POSITIVE_INFINITY);
    if (rng.chance(CANCELLED_SHARE)) {
      doc.state = 'cancelled';
      return null;
    }
    const ageDays = (nowMs - slot.registered) / DAY;
    const share = ageDays > SETTLED_AFTER_DAYS ? 0.94 : 0.7 * (ageDays / SETTLED_AFTER_DAYS);
    return rng.chance(share) ? this.onItsOwn(letter, days.length - 1 - slot.day) : null;
  }

  /** Settled by another letter of the matter: the reply to a request, its forwarding. */
  private byLetter(letter: Letter, settler: Slot, method: SettlementMethod): Settled {
    const { letters, rng, nowMs, days } = this.input;
    const at =
      Math.floor(Math.min(settler.registered + rng.between(2, 20) * MINUTE, nowMs - 1000) / 1000) *
      1000;
    return {
      day: settler.day,
      at,
      settlement: {
        date: days[settler.day]!.date,
        method,
        content: method === 'forwarding' ? 'Postoupeno příslušnému správnímu orgánu.' : null,
        reason: null,
        settlingPid: letters[settler.letter]!.doc.pid,
        settledBy: letter.doc.handler,
        recordedAt: new Date(at).toISOString(),
      },
    };
  }

  /** Settled without a letter of its own: noted, answered by phone, paid, dispatched. */
  private onItsOwn(letter: Letter, maxDelay: number): Settled | null {
    const { rng, days } = this.input;
    const { doc, slot } = letter;
    let method: SettlementMethod = 'noted';
    let content: string | null = null;
    let reason: string | null = null;
    let delay: number;
    if (doc.direction === 'own') {
      method = 'noteOnDocument';
      content = rng.pick(DISPATCHED);
      delay = rng.between(0, 2);
    } else if (INVOICE.test(doc.subject)) {
      method = 'noteOnDocument';
      content = 'Uhrazeno, likvidační doložka na dokumentu.';
      delay = rng.between(3, 15);
    } else if (REQUEST.test(doc.subject)) {
      const roll = rng.next();
      if (roll < 0.6) {
        method = 'noteOnDocument';
        content = rng.pick(ANSWERED);
      } else if (roll < 0.75) {
        method = 'forwarding';
        content = 'Postoupeno příslušnému úřadu.';
      } else {
        method = 'other';
        reason = rng.pick(OTHER_REASONS);
      }
      delay = rng.between(2, 20);
    } else {
      delay = rng.between(0, 5);
    }
    const day = slot.day + Math.max(0, Math.min(delay, maxDelay));
    const on = days[day];
    if (!on) return null;
    // Not before the letter was registered, and within the day's office hours if it can be.
    const earliest = Math.max(on.opens, slot.registered + MINUTE);
    const latest = Math.max(on.closes, earliest);
    const at = Math.floor((earliest + rng.int(latest - earliest + 1)) / 1000) * 1000;
    return {
      day,
      at,
      settlement: {
        date: on.date,
        method,
        content,
        reason,
        settlingPid: null,
        settledBy: doc.handler,
        recordedAt: new Date(at).toISOString(),
      },
    };
  }

  /**
   * The case file of a matter, opened with its first letter. It is closed some days
   * after its last letter was settled — when its retention starts at closing (another
   * trigger event, such as a contract's end, keeps the file open) — and handed over to
   * the records office in January of the next year.
   */
  private caseFileOf(run: MatterRun, settled: ReadonlyArray<Settled | null>): SeedCaseFile {
    const { rng, days, leaves, letters } = this.input;
    const first = run.slots[0]!;
    const initiator = letters[first.letter]!.doc;
    const leaf = leaves.get(run.matter.fileMark)!;
    const year = days[first.day]!.year;
    const sequence = (this.caseFileSequences.get(year) ?? 0) + 1;
    this.caseFileSequences.set(year, sequence);
    const handler = this.input.handlerOf(run);
    const file: SeedCaseFile = {
      id: this.input.newId(),
      reference:
        leaf.mode === 'collectionSheet'
          ? this.input.referenceOf(initiator)
          : formatCaseFileReference(DEFAULT_CASE_FILE_MASK, {
              abbreviation: this.input.abbreviation,
              sequence,
              year,
              fileMark: run.matter.fileMark,
            }),
      year,
      sequence,
      title: initiator.subject,
      fileMark: run.matter.fileMark,
      handler,
      openedAt: new Date(first.registered + rng.between(1, 4) * MINUTE).toISOString(),
      documents: run.slots.map((slot) => letters[slot.letter]!.doc.pid),
      state: 'inProgress',
    };
    const outcomes: Settled[] = [];
    for (const slot of run.slots) {
      const outcome = settled[slot.letter];
      if (!outcome) return file;
      outcomes.push(outcome);
    }
    if (run.pending || leaf.retention.triggerEvent !== DEFAULT_TRIGGER_EVENT) return file;
    const last = outcomes.reduce((a, b) => (a.at >= b.at ? a : b));
    const closing = days[last.day + rng.between(5, 30)];
    if (!closing) return file;
    file.state = 'closed';
    file.closedAt = new Date(Math.max(instantIn(rng, closing), last.at + MINUTE)).toISOString();
    const custody = this.handOver(closing.year + 1, handler);
    if (custody) {
      file.state = 'inRecordsOffice';
      file.custody = custody;
    }
    return file;
  }

  /** The handler's handover day in January of `year`; null when it has not come yet. */
  private handOver(year: number, handler: string): SeedCustody | null {
    const { days, rng } = this.input;
    const first = this.yearStarts.get(year);
    if (first === undefined) return null;
    const person = Math.max(0, HANDLER_NAMES.indexOf(handler));
    const index = first + HANDOVER_WORKING_DAY + HANDOVER_DAYS_APART * person;
    const day = days[index];
    // Today's handover may still be under way: only finished ones are handed over.
    if (!day || day.year !== year || index >= days.length - 1) return null;
    const handedOver = day.start + (9 * 60 + rng.int(120)) * MINUTE;
    const takenOver = day.start + (13 * 60 + rng.int(120)) * MINUTE;
    return {
      handedOverAt: new Date(handedOver).toISOString(),
      takenOverAt: new Date(takenOver).toISOString(),
      location: `Regál ${1 + (year % 6)}, police ${person + 1}`,
    };
  }
}
