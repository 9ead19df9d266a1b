import { describe, expect, it } from 'vitest';
import { parsePlanXml } from '../../common/nsesss/planXml';
import { readDemoPlanXml } from '../demoPlan';
import { MATTERS, matterNamed } from './matters';
import { DOCUMENT_TEMPLATES } from './templates';

const leaves = (() => {
  const parsed = parsePlanXml(readDemoPlanXml());
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return new Set(
    parsed.value.groups.filter((group) => group.retention).map((group) => group.fileMark),
  );
})();

describe('matters', () => {
  it('keep each matter under one leaf of the demo plan, its steps in order', () => {
    for (const matter of MATTERS) {
      expect(leaves.has(matter.fileMark), matter.name).toBe(true);
      matter.steps.forEach((step, index) => {
        expect(step.template.fileMark).toBe(matter.fileMark);
        if (index > 0) expect(step.after[0]).toBeGreaterThanOrEqual(1);
        expect(step.after[0]).toBeLessThanOrEqual(step.after[1]);
        for (const settled of step.settles) expect(settled).toBeLessThan(index);
      });
    }
  });

  it('use every template given a key, and start both ways', () => {
    const used = new Set(MATTERS.flatMap((matter) => matter.steps.map((step) => step.template)));
    for (const template of DOCUMENT_TEMPLATES)
      if (template.key !== undefined) expect(used.has(template), template.key).toBe(true);
    const starts = new Set(MATTERS.map((matter) => matter.steps[0]!.template.direction));
    expect(starts).toEqual(new Set(['incoming', 'own']));
  });

  it('settle a request by the reply that answers it', () => {
    const trees = matterNamed('trees');
    expect(trees.steps[0]!.template.direction).toBe('incoming');
    expect(trees.steps[2]!.settles).toEqual([0]);
    expect(trees.steps[2]!.method).toBe('document');
    expect(matterNamed('offence').steps[1]!.method).toBe('forwarding');
    expect(() => matterNamed('nothing')).toThrow(/No matter/);
  });
});
