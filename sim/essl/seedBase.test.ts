import { describe, expect, it } from 'vitest';
import { formatReferenceNumber } from '../../common/domain/referenceNumber';
import { readDemoPlanXml } from '../demoPlan';
import { generateDemoSeed } from '../seed';
import { SEED_SOURCE } from './constants';
import { indexPlan } from './plan';
import { seedBase } from './seedBase';

const seed = generateDemoSeed({
  planXml: readDemoPlanXml(),
  documents: 600,
  today: new Date('2026-05-14T08:12:00Z'),
});
const plan = indexPlan(seed.filePlanXml);
const base = seedBase(seed, plan, 'jdvorakova');

describe('seedBase', () => {
  it('holds every seeded document and case file, owned by the clerk, named as the app names them', () => {
    expect(base.documents).toHaveLength(seed.documents.length);
    expect(base.caseFiles).toHaveLength(seed.caseFiles.length);
    expect(base.documents.every((doc) => doc.profile.owner === 'jdvorakova')).toBe(true);
    expect(base.documents[0]?.profile.id).toEqual({
      value: seed.documents[0]!.pid,
      source: SEED_SOURCE,
    });
  });

  it('numbers a sběrný arch’s later documents with the initiator’s number and their order', () => {
    const byId = new Map(base.documents.map((doc) => [doc.profile.id.value, doc.profile]));
    const sheets = seed.caseFiles.filter((file) => plan.modeOf(file.fileMark) === 'SbernyArch');
    const withFollowers = sheets.filter((file) => file.documents.length > 1);
    expect(withFollowers.length).toBeGreaterThan(0);
    let checked = 0;
    for (const file of withFollowers) {
      const initiator = byId.get(file.documents[0]!)!;
      const { year, sequence } = initiator.numbers!;
      expect(initiator.numbers?.referenceNumber).toBe(
        formatReferenceNumber(seed.organization.referenceMask, {
          abbreviation: seed.organization.abbreviation,
          sequence,
          year,
        }),
      );
      file.documents.slice(1).forEach((pid, index) => {
        const follower = byId.get(pid)!;
        if (follower.numbers?.sequence !== sequence || follower.numbers.year !== year) return;
        expect(follower.numbers.referenceNumber).toBe(
          `${initiator.numbers!.referenceNumber}-${index + 2}`,
        );
        checked += 1;
      });
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('maps the seed’s life cycle to NSESSS states', () => {
    const states = new Map(seed.documents.map((doc) => [doc.pid, doc.state]));
    for (const doc of base.documents) {
      const state = states.get(doc.profile.id.value);
      if (state === 'settled') expect(doc.profile.state).toBe('vyrizen');
      if (state === 'cancelled') expect(doc.profile.state).toBe('znepristupnen');
      if (state === 'registered' || state === 'inProgress')
        expect(doc.profile.state).toBe('nevyrizen');
    }
    const closed = base.caseFiles.filter((file) => file.profile.state === 'uzavren');
    expect(closed.every((file) => file.profile.closedAt !== null)).toBe(true);
  });
});
