import { beforeAll, describe, expect, it } from 'vitest';
import type { DemoSeed, SeedDocument } from '../../common/contract/types';
import { validateNewDocument } from '../../common/domain/documentRules';
import { isValidPid } from '../../common/domain/pid';
import { tokenize } from '../../common/domain/search';
import { OFFICE_TIME_ZONE, officeDateString, officeYear } from '../../common/domain/time';
import { groupsOfPlan, parsePlanXml } from '../../common/nsesss/planXml';
import { readDemoPlanXml } from '../demoPlan';
import { isWorkingDay } from './calendar';
import {
  DEFAULT_DEMO_DOCUMENTS,
  generateDemoSeed as generateWith,
  type DemoSeedOptions,
} from './generate';

/** A Thursday in May, mid-morning in Prague. */
const TODAY = new Date('2026-05-14T08:12:00Z');

const officeClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: OFFICE_TIME_ZONE,
  hourCycle: 'h23',
  hour: '2-digit',
  minute: '2-digit',
});

const planXml = readDemoPlanXml();
const generateDemoSeed = (options: Omit<DemoSeedOptions, 'planXml'>) =>
  generateWith({ ...options, planXml });

function planOf(seed: DemoSeed) {
  const parsed = parsePlanXml(seed.filePlanXml);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return groupsOfPlan('plan-demo', parsed.value.groups);
}

function share<T>(items: ReadonlyArray<T>, test: (item: T) => boolean): number {
  return items.filter(test).length / items.length;
}

function expectAllValid(seed: DemoSeed, now: Date): void {
  const failures: string[] = [];
  const filePlan = planOf(seed);
  for (const doc of seed.documents) {
    const result = validateNewDocument(doc, { now, filePlan });
    if (!result.ok) failures.push(`${doc.pid}: ${JSON.stringify(result.issues)}`);
  }
  expect(failures.slice(0, 5)).toEqual([]);
}

/**
 * Registration order, and numbers: each year of the current journal from 1 without a
 * gap, the older holdings' years rising; a document registered into a sběrný arch
 * carries its initiator's number instead of one of its own.
 */
function expectJournalOrder(data: DemoSeed, journalFrom: number): void {
  const followers = sheetFollowers(data);
  const numbered = new Map<string, SeedDocument>();
  const last = new Map<number, number>();
  let previous = '';
  for (const doc of data.documents) {
    expect(doc.registeredAt > previous).toBe(true);
    previous = doc.registeredAt;
    const key = `${doc.year}/${doc.sequence}`;
    if (followers.has(doc.pid)) {
      expect(numbered.has(key), key).toBe(true);
      continue;
    }
    expect(numbered.has(key), key).toBe(false);
    numbered.set(key, doc);
    expect(doc.year).toBe(officeYear(new Date(doc.registeredAt)));
    const before = last.get(doc.year) ?? 0;
    if (doc.year >= journalFrom) expect(doc.sequence).toBe(before + 1);
    else expect(doc.sequence).toBeGreaterThan(before);
    last.set(doc.year, doc.sequence);
  }
}

/** Documents that share their initiator's number: later documents of a sběrný arch. */
function sheetFollowers(data: DemoSeed): Set<string> {
  const byPid = new Map(data.documents.map((doc) => [doc.pid, doc]));
  const followers = new Set<string>();
  for (const file of data.caseFiles) {
    const [initiator, ...rest] = file.documents.map((pid) => byPid.get(pid)!);
    for (const doc of rest) {
      if (doc.year === initiator!.year && doc.sequence === initiator!.sequence)
        followers.add(doc.pid);
    }
  }
  return followers;
}

let seed: DemoSeed;
let documents: SeedDocument[];
let incoming: Array<Extract<SeedDocument, { direction: 'incoming' }>>;
let own: Array<Extract<SeedDocument, { direction: 'own' }>>;

beforeAll(() => {
  seed = generateDemoSeed({ today: TODAY });
  documents = seed.documents;
  incoming = documents.filter(
    (doc): doc is (typeof incoming)[number] => doc.direction === 'incoming',
  );
  own = documents.filter((doc): doc is (typeof own)[number] => doc.direction === 'own');
});

describe('generateDemoSeed — determinism', () => {
  it('gives the same journal for the same seed, today and size', () => {
    const again = generateDemoSeed({ today: TODAY });
    expect(JSON.stringify(again)).toBe(JSON.stringify(seed));
  });

  it('gives a different journal for another seed', () => {
    const other = generateDemoSeed({ today: TODAY, seed: 7 });
    expect(other.documents.map((doc) => doc.pid)).not.toEqual(documents.map((doc) => doc.pid));
    expect(other.documents.map((doc) => doc.subject)).not.toEqual(
      documents.map((doc) => doc.subject),
    );
  });

  it('hands out copies: changing one seed leaves the next untouched', () => {
    const first = generateDemoSeed({ today: TODAY, documents: 10 });
    first.organization.name = 'changed';
    first.handlers.push('changed');
    const second = generateDemoSeed({ today: TODAY, documents: 10 });
    expect(second.organization.name).toBe('Obec Horní Lhota');
    expect(second.handlers).not.toContain('changed');
  });

  it('carries the plan it was given, as XML', () => {
    expect(seed.filePlanXml).toBe(planXml);
  });
});

describe('generateDemoSeed — the default journal', () => {
  it('holds 2,000 documents: last year and this year up to today, and a few older holdings', () => {
    expect(documents).toHaveLength(DEFAULT_DEMO_DOCUMENTS);
    const journal = documents.filter((doc) => doc.year >= 2025);
    expect(new Set(journal.map((doc) => doc.year))).toEqual(new Set([2025, 2026]));
    // The previous year is covered in full: mail in January and in December.
    const months2025 = new Set(
      documents.filter((doc) => doc.year === 2025).map((doc) => doc.registeredAt.slice(5, 7)),
    );
    expect(months2025.size).toBe(12);
    // …and the journal reaches into the last days before today.
    expect(documents.at(-1)!.registeredAt.slice(0, 10) >= '2026-05-12').toBe(true);
    // The records office's older holdings reach back eleven years: three in a hundred.
    const older = documents.filter((doc) => doc.year < 2025);
    expect(older).toHaveLength(60);
    for (const doc of older) expect(doc.year).toBeGreaterThanOrEqual(2015);
    expect(older.some((doc) => doc.year === 2015)).toBe(true);
  });

  it('passes validateNewDocument for every document', () => {
    expectAllValid(seed, TODAY);
  });

  it('numbers each year from 1, consecutively, in registration order', () => {
    expectJournalOrder(seed, 2025);
    expect(documents.find((doc) => doc.year === 2026)?.sequence).toBe(1);
    expect(documents.find((doc) => doc.year === 2025)?.sequence).toBe(1);
    // Sběrný arch followers carry their initiator's number (the check above), and there are some.
    expect(sheetFollowers(seed).size).toBeGreaterThan(20);
  });

  it('gives unique, valid PIDs', () => {
    const pids = new Set(documents.map((doc) => doc.pid));
    expect(pids.size).toBe(documents.length);
    for (const pid of pids) expect(isValidPid(pid, seed.organization.pidPrefix)).toBe(true);
  });

  it('classifies every document under a leaf of the file plan', () => {
    const leaves = new Set(
      planOf(seed)
        .filter((group) => group.retention !== null)
        .map((group) => group.fileMark),
    );
    for (const doc of documents) expect(leaves.has(doc.fileMark), doc.fileMark).toBe(true);
    // A living journal uses most of its plan.
    expect(new Set(documents.map((doc) => doc.fileMark)).size).toBeGreaterThan(leaves.size * 0.8);
  });

  it('receives and registers only on working days in office hours, never after today', () => {
    for (const doc of documents) {
      expect(Date.parse(doc.registeredAt)).toBeLessThanOrEqual(TODAY.getTime());
      expect(isWorkingDay(officeDateString(new Date(doc.registeredAt)))).toBe(true);
    }
    for (const doc of incoming) {
      const received = new Date(doc.receivedAt);
      expect(received.getTime()).toBeLessThanOrEqual(TODAY.getTime());
      expect(isWorkingDay(officeDateString(received))).toBe(true);
      const clock = officeClock.format(received);
      expect(clock >= '08:00' && clock <= '15:30', clock).toBe(true);
      const delay = Date.parse(doc.registeredAt) - received.getTime();
      expect(delay).toBeGreaterThan(0);
      expect(delay).toBeLessThan(30 * 60_000);
      expect(officeDateString(new Date(doc.registeredAt))).toBe(officeDateString(received));
    }
  });

  it('dates own documents on their registration day or the working day before', () => {
    for (const doc of own) {
      const registeredOn = officeDateString(new Date(doc.registeredAt));
      expect(doc.createdOn <= registeredOn).toBe(true);
      expect(Date.parse(registeredOn) - Date.parse(doc.createdOn)).toBeLessThanOrEqual(
        7 * 86_400_000,
      );
    }
  });

  it('splits directions and channels roughly as a small office sees them', () => {
    expect(share(documents, (doc) => doc.direction === 'incoming')).toBeGreaterThan(0.53);
    expect(share(documents, (doc) => doc.direction === 'incoming')).toBeLessThan(0.62);
    const channel = (name: string) => share(incoming, (doc) => doc.channel === name);
    expect(channel('post')).toBeGreaterThan(0.29);
    expect(channel('post')).toBeLessThan(0.41);
    expect(channel('databox')).toBeGreaterThan(0.34);
    expect(channel('databox')).toBeLessThan(0.46);
    expect(channel('email')).toBeGreaterThan(0.11);
    expect(channel('email')).toBeLessThan(0.19);
    expect(channel('personal')).toBeGreaterThan(0.05);
    expect(channel('personal')).toBeLessThan(0.11);
    expect(channel('other')).toBeGreaterThan(0.005);
    expect(channel('other')).toBeLessThan(0.04);
  });

  it('has varied senders: citizens, firms with IČO and authorities with data boxes', () => {
    const kinds = new Set(incoming.map((doc) => doc.sender.kind));
    expect(kinds).toEqual(new Set(['person', 'organization', 'authority']));
    for (const doc of incoming) {
      if (doc.sender.kind === 'organization') expect(doc.sender.ico).toBeDefined();
      if (doc.sender.kind === 'authority') expect(doc.sender.dataBoxId).toBeDefined();
      if (doc.channel === 'databox') expect(doc.sender.dataBoxId).toBeDefined();
    }
    expect(new Set(incoming.map((doc) => doc.sender.name)).size).toBeGreaterThan(150);
    expect(incoming.some((doc) => /s\.r\.o\.$/.test(doc.sender.name))).toBe(true);
    expect(incoming.some((doc) => /a\.s\.$/.test(doc.sender.name))).toBe(true);
    expect(incoming.some((doc) => doc.sender.name.startsWith('Krajský úřad'))).toBe(true);
    expect(incoming.some((doc) => doc.sender.name.startsWith('Finanční úřad'))).toBe(true);
    expect(incoming.some((doc) => doc.sender.name.startsWith('Městský úřad'))).toBe(true);
  });

  it('gives many incoming documents the sender’s own number and date', () => {
    const withNumber = incoming.filter((doc) => doc.senderReference?.number);
    expect(withNumber.length / incoming.length).toBeGreaterThan(0.3);
    expect(withNumber.some((doc) => /^KUJCK \d+\/\d{4}$/.test(doc.senderReference!.number!))).toBe(
      true,
    );
    expect(
      withNumber.some((doc) => /^MUTA\/\d+\/\d{4}\/\S+$/.test(doc.senderReference!.number!)),
    ).toBe(true);
    for (const doc of incoming) {
      if (doc.senderReference?.date)
        expect(doc.senderReference.date < doc.receivedAt.slice(0, 10)).toBe(true);
      if (doc.sender.kind === 'authority') expect(doc.senderReference?.number).toBeTruthy();
    }
  });

  it('counts sheets and attachments sensibly', () => {
    for (const doc of documents) {
      expect(doc.sheets).toBeGreaterThanOrEqual(0);
      expect(doc.sheets).toBeLessThanOrEqual(15);
      expect(doc.attachments.count).toBeLessThanOrEqual(4);
      if (doc.attachments.count > 0) {
        expect(doc.sheets).toBeGreaterThan(0);
        expect(doc.attachments.description).toBeTruthy();
      } else {
        expect(doc.attachments.description).toBeNull();
      }
      if (doc.sheets === 0) {
        expect(
          doc.direction === 'incoming' && (doc.channel === 'email' || doc.channel === 'databox'),
        ).toBe(true);
      }
    }
    expect(share(documents, (doc) => doc.attachments.count > 0)).toBeGreaterThan(0.15);
    expect(documents.some((doc) => doc.attachments.kind === 'nonpaper')).toBe(true);
    expect(documents.some((doc) => doc.sheets === 0)).toBe(true);
    expect(documents.some((doc) => doc.note !== null)).toBe(true);
  });

  it('assigns handlers from the list and lets the clerk register most documents', () => {
    for (const doc of documents) {
      expect(seed.handlers).toContain(doc.handler);
      expect(seed.handlers).toContain(doc.createdBy);
    }
    expect(new Set(documents.map((doc) => doc.handler)).size).toBe(seed.handlers.length);
    expect(share(documents, (doc) => doc.createdBy === seed.currentUser)).toBeGreaterThan(0.7);
  });

  it('writes own documents to one or two addressees, authored by a handler', () => {
    for (const doc of own) {
      expect(doc.addressees.length).toBeGreaterThanOrEqual(1);
      expect(doc.addressees.length).toBeLessThanOrEqual(2);
      expect(doc.author).toBe(doc.handler);
    }
    expect(own.some((doc) => doc.addressees.length === 2)).toBe(true);
  });

  it('settles old documents, leaves recent ones open and cancels a few', () => {
    const cutoff = TODAY.getTime() - 60 * 86_400_000;
    const old = documents.filter((doc) => Date.parse(doc.registeredAt) < cutoff);
    const recent = documents.filter(
      (doc) => Date.parse(doc.registeredAt) >= TODAY.getTime() - 14 * 86_400_000,
    );
    const settled = (doc: SeedDocument) => doc.settlement !== undefined;
    expect(share(old, settled)).toBeGreaterThan(0.85);
    expect(
      share(recent, (doc) => doc.state === 'registered' || doc.state === 'inProgress'),
    ).toBeGreaterThan(0.6);
    for (const doc of documents) {
      const open = doc.state === 'registered' || doc.state === 'inProgress';
      expect(open || doc.state === 'cancelled', doc.pid).toBe(!settled(doc));
    }
    const cancelled = share(documents, (doc) => doc.state === 'cancelled');
    expect(cancelled).toBeGreaterThan(0);
    expect(cancelled).toBeLessThan(0.015);
  });

  it('has subjects a diacritics-free search finds', () => {
    const found = (word: string) =>
      documents.filter((doc) => tokenize(doc.subject).includes(word)).length;
    expect(found('rizeni')).toBeGreaterThan(20);
    expect(found('zadost')).toBeGreaterThan(100);
    expect(found('kaceni')).toBeGreaterThan(20);
    expect(documents.filter((doc) => /faktura/i.test(doc.subject)).length).toBeGreaterThan(50);
    expect(new Set(documents.map((doc) => doc.subject)).size).toBeGreaterThan(500);
    for (const doc of documents) expect(doc.subject.length).toBeLessThanOrEqual(255);
  });
});

describe('generateDemoSeed — other sizes and days', () => {
  it('keeps every one of 20,000 documents valid and in order', () => {
    const big = generateDemoSeed({ today: TODAY, documents: 20_000, seed: 99 });
    expect(big.documents).toHaveLength(20_000);
    expectAllValid(big, TODAY);
    expectJournalOrder(big, 2025);
    expect(new Set(big.documents.map((doc) => doc.pid)).size).toBe(20_000);
    // zod takes its time over 20,000 documents on a slow machine.
  }, 120_000);

  it('refuses a plan that is not a valid nsesss-plan', () => {
    expect(() => generateWith({ today: TODAY, documents: 1, planXml: '<SpisovyPlan/>' })).toThrow(
      /not a valid nsesss-plan.*filePlan\.import\.wrongNamespace/,
    );
  });

  it('refuses a plan without the leaves its letters are classified under', () => {
    // The plan without group 8.3 (kácení dřevin), which the letter templates use.
    const without = planXml.replace(
      /\s*<PlanVecnaSkupina ID="vs-8\.3">[\s\S]*?<\/PlanVecnaSkupina>/,
      '',
    );
    expect(without).not.toBe(planXml);
    expect(() => generateWith({ today: TODAY, documents: 1, planXml: without })).toThrow(
      /lacks the leaves the demo letters use: 8\.3$/,
    );
  });

  it('refuses a nonsensical size', () => {
    expect(() => generateDemoSeed({ today: TODAY, documents: -1 })).toThrow(RangeError);
    expect(() => generateDemoSeed({ today: TODAY, documents: Number.NaN })).toThrow(RangeError);
    expect(() => generateDemoSeed({ today: TODAY, documents: 1.5 })).toThrow(RangeError);
  });

  it('uses the real now when no today is given', () => {
    const before = Date.now();
    const fresh = generateDemoSeed({ documents: 300 });
    expect(fresh.documents).toHaveLength(300);
    for (const doc of fresh.documents)
      expect(Date.parse(doc.registeredAt)).toBeLessThanOrEqual(Date.now());
    expect(new Set(fresh.documents.map((doc) => doc.year))).toContain(
      officeYear(new Date(before)) - 1,
    );
    expectAllValid(fresh, new Date());
  });

  it('copes with a today before the office opens on 2 January', () => {
    const early = new Date('2026-01-02T06:00:00Z');
    const small = generateDemoSeed({ today: early, documents: 500 });
    expect(small.documents).toHaveLength(500);
    // The journal is last year's alone; the older holdings end the year before.
    for (const doc of small.documents) expect(doc.year === 2025 || doc.year <= 2024).toBe(true);
    expect(small.documents.filter((doc) => doc.year === 2025)).toHaveLength(500 - 15);
    expectJournalOrder(small, 2025);
    expectAllValid(small, early);
  });

  it('copes with a Sunday as today and with an empty journal', () => {
    const sunday = new Date('2026-05-17T10:00:00Z');
    const seedOnSunday = generateDemoSeed({ today: sunday, documents: 500 });
    expect(seedOnSunday.documents.at(-1)!.registeredAt < '2026-05-16').toBe(true);
    expectAllValid(seedOnSunday, sunday);
    expect(generateDemoSeed({ today: sunday, documents: 0 }).documents).toEqual([]);
  });

  it('generates 100,000 documents (time is reported, not asserted)', () => {
    const started = performance.now();
    const huge = generateDemoSeed({ today: TODAY, documents: 100_000 });
    const elapsed = performance.now() - started;
    console.info(`generateDemoSeed: 100,000 documents in ${Math.round(elapsed)} ms`);
    expect(huge.documents).toHaveLength(100_000);
    expect(new Set(huge.documents.map((doc) => doc.pid)).size).toBe(100_000);
    const followers = sheetFollowers(huge);
    const numbered2026 = huge.documents.filter(
      (doc) => doc.year === 2026 && !followers.has(doc.pid),
    );
    expect(numbered2026.at(-1)!.sequence).toBe(numbered2026.length);
  });
});
