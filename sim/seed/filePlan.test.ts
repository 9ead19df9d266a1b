import { describe, expect, it } from 'vitest';
import { DATA_BOX_ID, isValidIco } from '../../common/domain/party';
import { checkReferenceMask, DEFAULT_REFERENCE_MASK } from '../../common/domain/referenceNumber';
import { DEMO_FILE_PLAN } from './filePlan';
import { DEMO_CURRENT_USER, DEMO_HANDLERS, DEMO_ORGANIZATION } from './organization';
import { DOCUMENT_TEMPLATES } from './templates';

const marks = DEMO_FILE_PLAN.map((group) => group.fileMark);
const parents = new Set(
  DEMO_FILE_PLAN.map((group) => group.parentMark).filter((mark) => mark !== null),
);

describe('demo file plan', () => {
  it('has about sixty groups with unique marks', () => {
    expect(DEMO_FILE_PLAN.length).toBeGreaterThanOrEqual(55);
    expect(DEMO_FILE_PLAN.length).toBeLessThanOrEqual(70);
    expect(new Set(marks).size).toBe(marks.length);
  });

  it('is a hierarchy: every parent exists and each mark extends its parent', () => {
    for (const group of DEMO_FILE_PLAN) {
      expect(group.fileMark).toMatch(/^\d+(\.\d+){0,2}$/);
      if (group.parentMark === null) {
        expect(group.fileMark).not.toContain('.');
      } else {
        expect(marks).toContain(group.parentMark);
        expect(group.fileMark.startsWith(`${group.parentMark}.`)).toBe(true);
      }
      expect(group.title.trim().length).toBeGreaterThan(3);
    }
    expect(
      DEMO_FILE_PLAN.filter((group) => group.parentMark === null).length,
    ).toBeGreaterThanOrEqual(12);
    expect(DEMO_FILE_PLAN.some((group) => group.fileMark.split('.').length === 3)).toBe(true);
  });

  it('puts retention rules on the leaves and only there', () => {
    for (const group of DEMO_FILE_PLAN) {
      const isLeaf = !parents.has(group.fileMark);
      expect(group.retention !== null, group.fileMark).toBe(isLeaf);
      if (group.retention) {
        expect(['A', 'S']).toContain(group.retention.mark);
        expect(group.retention.period).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('uses realistic retention for well-known agendas', () => {
    const rule = (title: RegExp) =>
      DEMO_FILE_PLAN.find((group) => title.test(group.title))?.retention;
    expect(rule(/^Zápisy a usnesení/)).toEqual({ mark: 'A', period: 10 });
    expect(rule(/^Přijaté faktury/)).toEqual({ mark: 'S', period: 10 });
    expect(rule(/^Rozpočet a rozpočtová/)).toEqual({ mark: 'A', period: 10 });
    expect(rule(/^Kácení dřevin/)).toEqual({ mark: 'S', period: 5 });
    expect(rule(/vyhlášky/)).toEqual({ mark: 'A', period: 5 });
    expect(rule(/^Organizace voleb/)).toEqual({ mark: 'S', period: 5 });
    expect(rule(/výsledcích voleb/)).toEqual({ mark: 'A', period: 5 });
  });

  it('has letters to generate for every leaf, and templates only for leaves', () => {
    const leaves = DEMO_FILE_PLAN.filter((group) => group.retention !== null).map(
      (group) => group.fileMark,
    );
    const templated = new Set(DOCUMENT_TEMPLATES.map((template) => template.fileMark));
    for (const leaf of leaves) expect(templated.has(leaf), leaf).toBe(true);
    for (const mark of templated) expect(leaves, mark).toContain(mark);
  });
});

describe('demo organisation', () => {
  it('is Obec Horní Lhota with valid identifiers', () => {
    expect(DEMO_ORGANIZATION.name).toBe('Obec Horní Lhota');
    expect(DEMO_ORGANIZATION.abbreviation).toBe('OUHL');
    expect(DEMO_ORGANIZATION.pidPrefix).toBe('OUHL');
    expect(DEMO_ORGANIZATION.referenceMask).toBe(DEFAULT_REFERENCE_MASK);
    expect(checkReferenceMask(DEMO_ORGANIZATION.referenceMask)).toEqual([]);
    expect(isValidIco(DEMO_ORGANIZATION.ico)).toBe(true);
    // Municipalities' IČOs all start with 00; ours must not pose as one of them.
    expect(DEMO_ORGANIZATION.ico.startsWith('00')).toBe(false);
    expect(DEMO_ORGANIZATION.dataBoxId).toMatch(DATA_BOX_ID);
    expect(DEMO_ORGANIZATION.address).toMatch(/\d{3} \d{2} Horní Lhota$/);
  });

  it('has three or four handlers, the clerk being the current user', () => {
    const names = Object.values(DEMO_HANDLERS);
    expect(names.length).toBeGreaterThanOrEqual(3);
    expect(names.length).toBeLessThanOrEqual(4);
    expect(new Set(names).size).toBe(names.length);
    expect(DEMO_CURRENT_USER).toBe(DEMO_HANDLERS.clerk);
  });
});
