import { describe, expect, it } from 'vitest';
import { validateXml } from '../../scripts/testing/xmllint';
import {
  parsePlanXml,
  writePlanXml,
  type PlanGroupForXml,
  type PlanVersionForXml,
  type PlanXml,
} from './planXml';
import { planXml, SMALL_PLAN } from './testing/planXmlFixtures';

const version: PlanVersionForXml = {
  identifier: 'SP-2019/1',
  identifierSource: 'Obec Zkušební "Lhota" & spol.',
  title: 'Spisový a skartační plán — <zkouška> & „uvozovky“',
  comment: 'První řádek\nDruhý řádek\ts tabulátorem',
  issuer: 'Obec Zkušební',
  validFrom: '2019-01-01',
  validTo: null,
  legacy: true,
  issuerDetails: {
    identifier: '99120348',
    identifierSource: 'IČO',
    address: 'Náves 1, 391 99 Zkušební',
  },
};

const group = (
  fileMark: string,
  title: string,
  rest: Partial<PlanGroupForXml> = {},
): PlanGroupForXml => {
  const dot = fileMark.lastIndexOf('.');
  return {
    simpleMark: fileMark.slice(dot + 1),
    fileMark,
    title,
    parentMark: dot < 0 ? null : fileMark.slice(0, dot),
    validFrom: '2019-01-01',
    validTo: null,
    retention: null,
    caseFileMode: null,
    ...rest,
  };
};

const groups: PlanGroupForXml[] = [
  group('101', 'Organizace & řízení'),
  group('101.1', 'Zastupitelstvo'),
  group('101.1.1', 'Zápisy <usnesení>', {
    retention: { mark: 'A', period: 10, triggerEvent: 'uzavření spisu' },
    caseFileMode: 'linking',
  }),
  group('101.1.2', 'Dřívější výběrová agenda', {
    validTo: '2023-12-31',
    retention: { mark: 'V', period: 5, triggerEvent: 'uzavření spisu' },
    caseFileMode: 'linking',
  }),
  group('101.2', 'Stavební řízení', {
    retention: { mark: 'S', period: 0, triggerEvent: 'právní moc rozhodnutí' },
    caseFileMode: 'collectionSheet',
  }),
  group('102', 'Smlouvy', {
    validFrom: '2024-01-01',
    retention: { mark: 'S', period: 999, triggerEvent: 'ukončení platnosti smlouvy' },
    caseFileMode: 'linking',
  }),
];

function parsed(xml: string): PlanXml {
  const result = parsePlanXml(xml);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe('writePlanXml', () => {
  it('writes XML that xmllint validates against nsesss-plan.xsd', async () => {
    const xml = writePlanXml(version, groups);
    expect(await validateXml(xml, 'nsesss-plan.xsd')).toEqual({ valid: true, errors: [] });
  });

  it('round-trips: reading what it wrote gives the same plan', () => {
    expect(parsed(writePlanXml(version, groups))).toEqual({ version, groups });
  });

  it('nests groups by their parent mark, siblings in the given order', () => {
    const xml = writePlanXml(version, groups);
    const ids = [...xml.matchAll(/<PlanVecnaSkupina ID="([^"]+)"/g)].map((match) => match[1]);
    expect(ids).toEqual(['vs-101', 'vs-101.1', 'vs-101.1.1', 'vs-101.1.2', 'vs-101.2', 'vs-102']);
    expect(xml).toMatch(
      /<PlanVecnaSkupina ID="vs-101.1">[\s\S]*<\/PlanVecnaSkupina>\s*<PlanVecnaSkupina ID="vs-101.2">/,
    );
  });

  it('writes what it read from a hand-written plan in the same way again', async () => {
    const first = writePlanXml(...args(parsed(planXml(SMALL_PLAN))));
    expect((await validateXml(first, 'nsesss-plan.xsd')).valid).toBe(true);
    expect(writePlanXml(...args(parsed(first)))).toBe(first);
  });

  it('turns a mark into a valid, unique ID', async () => {
    const odd: PlanGroupForXml[] = [
      group('A/1', 'Lomítko', {
        retention: { mark: 'S', period: 5, triggerEvent: 'x' },
        caseFileMode: 'linking',
      }),
      group('A_1', 'Podtržítko', {
        retention: { mark: 'S', period: 5, triggerEvent: 'x' },
        caseFileMode: 'linking',
      }),
    ];
    const xml = writePlanXml({ ...version, legacy: false }, odd);
    expect([...xml.matchAll(/<PlanVecnaSkupina ID="([^"]+)"/g)].map((match) => match[1])).toEqual([
      'vs-A_1',
      'vs-A_1-2',
    ]);
    expect((await validateXml(xml, 'nsesss-plan.xsd')).valid).toBe(true);
  });

  it('refuses groups it cannot place, and values the schema would not take', () => {
    const orphan = group('9.9', 'Bez rodiče', { parentMark: '9' });
    expect(() => writePlanXml(version, [...groups, orphan])).toThrow(
      /not under any top-level group/,
    );
    const loop = [
      group('1.1', 'A', { parentMark: '1.2' }),
      group('1.2', 'B', { parentMark: '1.1' }),
    ];
    expect(() => writePlanXml(version, loop)).toThrow(/no top-level group/);
    const self = group('101', 'Sama v sobě', { parentMark: '101' });
    expect(() => writePlanXml(version, [...groups, self])).toThrow(/mark 101 twice/);
    expect(() => writePlanXml({ ...version, identifier: 'x'.repeat(51) }, groups)).toThrow(
      RangeError,
    );
  });
});

function args(plan: PlanXml): Parameters<typeof writePlanXml> {
  return [plan.version, plan.groups];
}
