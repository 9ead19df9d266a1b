import { beforeAll, describe, expect, it } from 'vitest';
import type { ParsedPlan } from '../../common/domain/filePlan';
import { parsePlanXml, writePlanXml, type PlanXml } from '../../common/nsesss/planXml';
import { validateXml } from '../../scripts/testing/xmllint';
import { readDemoPlanXml } from '../demoPlan';
import { DEMO_ORGANIZATION } from './organization';
import { DOCUMENT_TEMPLATES } from './templates';

/** sim/seed/filePlan.xml — the demo municipality's plan, read as any plan is imported. */

let xml: string;
let plan: PlanXml;
let groups: ParsedPlan['groups'];

beforeAll(() => {
  xml = readDemoPlanXml();
  const parsed = parsePlanXml(xml);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  plan = parsed.value;
  groups = plan.groups;
});

const leaves = () => groups.filter((group) => group.retention !== null);
const rule = (title: RegExp) => groups.find((group) => title.test(group.title))?.retention;

describe('demo file plan (sim/seed/filePlan.xml)', () => {
  it('is valid against nsesss-plan.xsd', async () => {
    expect(await validateXml(xml, 'nsesss-plan.xsd')).toEqual({ valid: true, errors: [] });
  });

  it('comes back unchanged after an export and a new import', () => {
    const again = parsePlanXml(writePlanXml(plan.version, plan.groups));
    expect(again).toEqual({ ok: true, value: plan });
  });

  it('is issued by the demo municipality and valid from 2024, not legacy', () => {
    expect(plan.version).toMatchObject({
      issuer: DEMO_ORGANIZATION.name,
      issuerDetails: {
        identifier: DEMO_ORGANIZATION.ico,
        identifierSource: 'IČO',
        address: DEMO_ORGANIZATION.address,
      },
      validFrom: '2024-01-01',
      validTo: null,
      legacy: false,
    });
    expect(plan.version.title).toMatch(/Horní Lhota/);
    for (const group of groups) expect(group.validFrom, group.fileMark).toBe('2024-01-01');
  });

  it('has about sixty groups with unique marks', () => {
    expect(groups.length).toBeGreaterThanOrEqual(55);
    expect(groups.length).toBeLessThanOrEqual(70);
    const marks = groups.map((group) => group.fileMark);
    expect(new Set(marks).size).toBe(marks.length);
  });

  it('is a hierarchy of dotted marks, a dozen agendas at the top, up to three levels', () => {
    const marks = new Set(groups.map((group) => group.fileMark));
    for (const group of groups) {
      expect(group.fileMark).toMatch(/^\d+(\.\d+){0,2}$/);
      if (group.parentMark !== null) expect(marks.has(group.parentMark)).toBe(true);
      expect(group.title.trim().length).toBeGreaterThan(3);
    }
    expect(groups.filter((group) => group.parentMark === null).length).toBeGreaterThanOrEqual(12);
    expect(groups.some((group) => group.fileMark.split('.').length === 3)).toBe(true);
  });

  it('puts a retention rule and a case-file mode on every leaf and only there', () => {
    const parents = new Set(groups.map((group) => group.parentMark));
    for (const group of groups) {
      const leaf = !parents.has(group.fileMark);
      expect(group.retention !== null, group.fileMark).toBe(leaf);
      expect(group.caseFileMode !== null, group.fileMark).toBe(leaf);
      if (group.retention) {
        expect(['A', 'S']).toContain(group.retention.mark);
        expect(group.retention.period).toBeGreaterThanOrEqual(1);
        expect(group.retention.triggerEvent.length).toBeGreaterThan(5);
      }
    }
  });

  it('uses realistic retention for well-known agendas', () => {
    expect(rule(/^Zápisy a usnesení/)).toMatchObject({ mark: 'A', period: 10 });
    expect(rule(/^Přijaté faktury/)).toMatchObject({ mark: 'S', period: 10 });
    expect(rule(/^Rozpočet a rozpočtová/)).toMatchObject({ mark: 'A', period: 10 });
    expect(rule(/^Kácení dřevin/)).toMatchObject({ mark: 'S', period: 5 });
    expect(rule(/vyhlášky/)).toMatchObject({ mark: 'A', period: 5 });
    expect(rule(/^Organizace voleb/)).toMatchObject({ mark: 'S', period: 5 });
    expect(rule(/výsledcích voleb/)).toMatchObject({ mark: 'A', period: 5 });
  });

  it('starts most periods at closing the file, contracts and employment at their end', () => {
    const events = leaves().map((group) => group.retention!.triggerEvent);
    const closing = events.filter((event) => event === 'uzavření spisu').length;
    expect(closing / events.length).toBeGreaterThan(0.6);
    expect(rule(/^Personální/)?.triggerEvent).toBe('ukončení pracovního poměru');
    expect(rule(/^Nájmy a pachty/)?.triggerEvent).toBe('ukončení platnosti smlouvy');
    expect(rule(/^Ostatní smlouvy/)?.triggerEvent).toBe('ukončení platnosti smlouvy');
  });

  it('builds case files of proceedings on a collection sheet, the rest by linking', () => {
    const mode = (title: RegExp) => groups.find((group) => title.test(group.title))?.caseFileMode;
    expect(mode(/^Stavební a územní řízení/)).toBe('collectionSheet');
    expect(mode(/^Stížnosti, petice/)).toBe('collectionSheet');
    expect(mode(/^Kácení dřevin/)).toBe('collectionSheet');
    expect(mode(/^Přijaté faktury/)).toBe('linking');
    const sheets = leaves().filter((group) => group.caseFileMode === 'collectionSheet').length;
    expect(sheets).toBeGreaterThanOrEqual(5);
    expect(sheets).toBeLessThan(leaves().length / 2);
  });

  it('has letters to generate for every leaf, and templates only for leaves', () => {
    const leafMarks = leaves().map((group) => group.fileMark);
    const templated = new Set(DOCUMENT_TEMPLATES.map((template) => template.fileMark));
    for (const leaf of leafMarks) expect(templated.has(leaf), leaf).toBe(true);
    for (const mark of templated) expect(leafMarks, mark).toContain(mark);
  });
});
