import { beforeAll, describe, expect, it } from 'vitest';
import type { DemoSeed, SeedCaseFile, SeedDocument } from '../../common/contract/types';
import type { CaseFileMode, RetentionRule } from '../../common/domain/filePlan';
import { isValidPid } from '../../common/domain/pid';
import { disposalYear, isDueForDisposal } from '../../common/domain/retention';
import { officeDateString, officeYear } from '../../common/domain/time';
import { parsePlanXml } from '../../common/nsesss/planXml';
import { readDemoPlanXml } from '../demoPlan';
import { generateDemoSeed } from './generate';

/** A Thursday in May, mid-morning in Prague. */
const TODAY = new Date('2026-05-14T08:12:00Z');
const planXml = readDemoPlanXml();

const leaves = (() => {
  const parsed = parsePlanXml(planXml);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const map = new Map<string, { retention: RetentionRule; mode: CaseFileMode }>();
  for (const group of parsed.value.groups) {
    if (group.retention)
      map.set(group.fileMark, { retention: group.retention, mode: group.caseFileMode! });
  }
  return map;
})();

let seed: DemoSeed;
let byPid: Map<string, SeedDocument>;

beforeAll(() => {
  seed = generateDemoSeed({ planXml, today: TODAY });
  byPid = new Map(seed.documents.map((doc) => [doc.pid, doc]));
});

const membersOf = (file: SeedCaseFile) => file.documents.map((pid) => byPid.get(pid)!);
const counterparty = (doc: SeedDocument) =>
  doc.direction === 'incoming' ? doc.sender.name : doc.addressees[0]!.name;
const isClosed = (file: SeedCaseFile) => file.state !== 'inProgress';

/** What a disposal proposal for `year` would hold, by retention mark (retention.ts). */
function dueIn(data: DemoSeed, year: number): Record<'A' | 'S' | 'V', string[]> {
  const due: Record<'A' | 'S' | 'V', string[]> = { A: [], S: [], V: [] };
  const inFiles = new Set(data.caseFiles.flatMap((file) => file.documents));
  for (const file of data.caseFiles) {
    if (file.state !== 'inRecordsOffice') continue;
    const rule = leaves.get(file.fileMark)!.retention;
    const trigger = file.triggerYear ?? officeYear(new Date(file.closedAt!));
    if (isDueForDisposal(disposalYear(trigger, rule), year)) due[rule.mark].push(file.reference);
  }
  for (const doc of data.documents) {
    if (doc.state !== 'inRecordsOffice' || inFiles.has(doc.pid)) continue;
    const rule = leaves.get(doc.fileMark)!.retention;
    const trigger = Number(doc.settlement!.date.slice(0, 4));
    if (isDueForDisposal(disposalYear(trigger, rule), year)) due[rule.mark].push(doc.pid);
  }
  return due;
}

describe('the demo seed — case files', () => {
  it('keeps about a quarter of the documents in case files, each in one file at most', () => {
    const members = seed.caseFiles.flatMap((file) => file.documents);
    expect(new Set(members).size).toBe(members.length);
    for (const pid of members) expect(byPid.has(pid), pid).toBe(true);
    const share = members.length / seed.documents.length;
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.3);
    const ids = new Set(seed.caseFiles.map((file) => file.id));
    expect(ids.size).toBe(seed.caseFiles.length);
    for (const id of ids) {
      expect(isValidPid(id, seed.organization.pidPrefix)).toBe(true);
      expect(byPid.has(id)).toBe(false);
    }
  });

  it("classifies a file and its documents under one leaf, titled by its first letter's subject", () => {
    for (const file of seed.caseFiles) {
      expect(leaves.has(file.fileMark), file.fileMark).toBe(true);
      const members = membersOf(file);
      expect(members.length).toBeGreaterThan(0);
      for (const doc of members) expect(doc.fileMark).toBe(file.fileMark);
      expect(file.title).toBe(members[0]!.subject);
      expect(seed.handlers).toContain(file.handler);
      for (const doc of members) expect(doc.handler).toBe(file.handler);
    }
    // Files of several documents, and of the two ways of building them.
    expect(seed.caseFiles.filter((file) => file.documents.length >= 3).length).toBeGreaterThan(10);
    const modes = new Set(seed.caseFiles.map((file) => leaves.get(file.fileMark)!.mode));
    expect(modes).toEqual(new Set(['collectionSheet', 'linking']));
  });

  it("writes a matter's letters to and from the same people, about the same parcel or project", () => {
    const multi = seed.caseFiles.filter((file) => file.documents.length >= 2);
    const samePeople = multi.filter((file) => {
      const [first, second] = membersOf(file);
      return counterparty(first!) === counterparty(second!);
    });
    expect(samePeople.length / multi.length).toBeGreaterThan(0.7);
    const trees = multi.filter((file) => file.fileMark === '8.3' && file.documents.length === 3);
    expect(trees.length).toBeGreaterThan(0);
    for (const file of trees) {
      const [request, , decision] = membersOf(file);
      const parcel = /parc\. č\. (\S+)/.exec(request!.subject)![1]!;
      expect(decision!.subject).toContain(`parc. č. ${parcel}`);
    }
  });

  it('numbers a sběrný arch with the initiator’s number, a linking file from its own register', () => {
    const perYear = new Map<number, number[]>();
    for (const file of seed.caseFiles) {
      const [initiator, ...rest] = membersOf(file);
      perYear.set(file.year, [...(perYear.get(file.year) ?? []), file.sequence]);
      expect(file.year).toBe(officeYear(new Date(file.openedAt)));
      expect(file.openedAt > initiator!.registeredAt).toBe(true);
      if (leaves.get(file.fileMark)!.mode === 'collectionSheet') {
        expect(file.reference).toBe(`OUHL ${initiator!.sequence}/${initiator!.year}`);
        // Registered into the open file: no number of its own.
        for (const doc of rest) {
          expect(doc.registeredAt > file.openedAt).toBe(true);
          expect([doc.year, doc.sequence]).toEqual([initiator!.year, initiator!.sequence]);
        }
      } else {
        expect(file.reference).toBe(`SZ OUHL ${file.sequence}/${file.year}`);
        const numbers = membersOf(file).map((doc) => `${doc.sequence}/${doc.year}`);
        expect(new Set(numbers).size).toBe(numbers.length);
      }
    }
    // The case-file register counts each year from 1 in the order the files were opened.
    for (const sequences of perYear.values())
      expect(sequences).toEqual(sequences.map((_, index) => index + 1));
  });
});

describe('the demo seed — settlement', () => {
  it('settles within the journal’s time, never before the registration', () => {
    for (const doc of seed.documents) {
      const settlement = doc.settlement;
      if (!settlement) continue;
      expect(settlement.recordedAt > doc.registeredAt).toBe(true);
      expect(Date.parse(settlement.recordedAt)).toBeLessThanOrEqual(TODAY.getTime());
      expect(settlement.date).toBe(officeDateString(new Date(settlement.recordedAt)));
      expect(settlement.settledBy).toBe(doc.handler);
      if (settlement.method === 'other') expect(settlement.reason).toBeTruthy();
    }
  });

  it('settles requests by the reply in their file (both ways on import), notices by taking note', () => {
    const fileOf = new Map<string, SeedCaseFile>();
    for (const file of seed.caseFiles) for (const pid of file.documents) fileOf.set(pid, file);
    const methods = new Map<string, number>();
    for (const doc of seed.documents) {
      const settlement = doc.settlement;
      if (!settlement) continue;
      methods.set(settlement.method, (methods.get(settlement.method) ?? 0) + 1);
      if (settlement.method === 'document') expect(settlement.settlingPid).toBeTruthy();
      if (!settlement.settlingPid) continue;
      const settling = byPid.get(settlement.settlingPid)!;
      expect(fileOf.get(settling.pid)).toBe(fileOf.get(doc.pid));
      expect(settling.registeredAt > doc.registeredAt).toBe(true);
      expect(settlement.date).toBe(officeDateString(new Date(settling.registeredAt)));
    }
    expect(methods.get('document')).toBeGreaterThan(80);
    for (const method of ['noted', 'noteOnDocument', 'forwarding', 'other'])
      expect(methods.get(method), method).toBeGreaterThan(20);
    const notices = seed.documents.filter(
      (doc) => doc.direction === 'incoming' && doc.subject.startsWith('Oznámení o výši pojistného'),
    );
    expect(notices.length).toBeGreaterThan(0);
    for (const doc of notices) if (doc.settlement) expect(doc.settlement.method).toBe('noted');
  });
});

describe('the demo seed — closing and the records office', () => {
  it('closes a file some days after its last settlement, never with a document unsettled', () => {
    const closed = seed.caseFiles.filter(isClosed);
    expect(closed.length / seed.caseFiles.length).toBeGreaterThan(0.4);
    for (const file of closed) {
      const closedAt = Date.parse(file.closedAt!);
      expect(closedAt).toBeLessThanOrEqual(TODAY.getTime());
      const last = Math.max(
        ...membersOf(file).map((doc) => Date.parse(doc.settlement!.recordedAt)),
      );
      expect(closedAt - last).toBeGreaterThan(5 * 86_400_000);
      expect(leaves.get(file.fileMark)!.retention.triggerEvent).toBe('uzavření spisu');
    }
    // Files about contracts, grants and decrees wait for their own trigger event.
    expect(
      seed.caseFiles.some(
        (file) =>
          !isClosed(file) &&
          leaves.get(file.fileMark)!.retention.triggerEvent !== 'uzavření spisu' &&
          membersOf(file).every((doc) => doc.settlement),
      ),
    ).toBe(true);
    // A file opened in the last fortnight is still being handled.
    for (const file of seed.caseFiles)
      if (Date.parse(file.openedAt) > TODAY.getTime() - 14 * 86_400_000)
        expect(file.state).toBe('inProgress');
  });

  it('hands last year’s closed files over in January, with a place; this year’s stay closed', () => {
    const kept = seed.caseFiles.filter((file) => file.state === 'inRecordsOffice');
    expect(kept.length).toBeGreaterThan(50);
    for (const file of kept) {
      const closedIn = officeYear(new Date(file.closedAt!));
      expect(closedIn).toBeLessThan(2026);
      const custody = file.custody!;
      expect(officeYear(new Date(custody.handedOverAt))).toBe(closedIn + 1);
      expect(custody.handedOverAt.slice(5, 7)).toMatch(/0[12]/);
      expect(custody.takenOverAt > custody.handedOverAt).toBe(true);
      expect(custody.location).toMatch(/^Regál \d, police \d$/);
    }
    for (const file of seed.caseFiles.filter((item) => item.state === 'closed')) {
      expect(officeYear(new Date(file.closedAt!))).toBe(2026);
      expect(file.custody).toBeUndefined();
    }
    // Some settled letters of earlier years went along; this year's did not.
    const inFiles = new Set(seed.caseFiles.flatMap((file) => file.documents));
    const alone = seed.documents.filter(
      (doc) => doc.state === 'inRecordsOffice' && !inFiles.has(doc.pid),
    );
    expect(alone.length).toBeGreaterThan(100);
    for (const doc of alone) {
      expect(Number(doc.settlement!.date.slice(0, 4))).toBeLessThan(2026);
      expect(doc.custody!.handedOverAt > doc.settlement!.recordedAt).toBe(true);
    }
  });

  it('gives every document the state its file, settlement and custody lead to', () => {
    const fileOf = new Map<string, SeedCaseFile>();
    for (const file of seed.caseFiles) for (const pid of file.documents) fileOf.set(pid, file);
    for (const doc of seed.documents) {
      const file = fileOf.get(doc.pid);
      let expected: string;
      if (doc.state === 'cancelled') {
        expect(file).toBeUndefined();
        expect(doc.settlement).toBeUndefined();
        continue;
      }
      if (file) {
        expect(doc.custody).toBeUndefined();
        expected =
          file.state === 'inProgress' ? (doc.settlement ? 'settled' : 'inProgress') : file.state;
      } else if (doc.custody) {
        expected = 'inRecordsOffice';
      } else {
        expected = doc.settlement ? 'settled' : 'registered';
      }
      expect(doc.state, doc.pid).toBe(expected);
    }
  });

  it('offers this year’s disposal proposal both archival (A) and shredding (S) items', () => {
    const due = dueIn(seed, 2026);
    expect(due.A.length).toBeGreaterThanOrEqual(2);
    expect(due.S.length).toBeGreaterThanOrEqual(2);
    expect(due.V).toEqual([]);
    // Only the older holdings are due: the current journal's retention runs for years.
    const current = new Set(seed.documents.filter((doc) => doc.year >= 2025).map((doc) => doc.pid));
    expect(due.S.some((id) => current.has(id))).toBe(false);
    // Last year's proposal had less to offer.
    const lastYear = dueIn(seed, 2025);
    expect(lastYear.A.length + lastYear.S.length).toBeLessThan(due.A.length + due.S.length);
  });

  it('keeps A and S items due in the browser tests’ journal of 300, on any day', () => {
    for (const today of [
      TODAY,
      new Date('2026-01-02T06:00:00Z'),
      new Date('2027-11-30T10:00:00Z'),
    ]) {
      const small = generateDemoSeed({ planXml, today, documents: 300 });
      const due = dueIn(small, officeYear(today));
      expect(due.A.length, today.toISOString()).toBeGreaterThan(0);
      expect(due.S.length, today.toISOString()).toBeGreaterThan(0);
    }
  });
});
