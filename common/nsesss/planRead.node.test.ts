import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../domain/validation';
import { resources } from '../../renderer/i18n/resources';
import { validateXml } from '../../scripts/testing/xmllint';
import { NSESSS_V3_NAMESPACE } from './namespaces';
import { parsePlanXml } from './planXml';
import { groupXml, planXml, SMALL_PLAN, type GroupSpec } from './testing/planXmlFixtures';

/** Keys without a text in a catalog (a plural key counts when its `_other` form exists). */
function uncatalogued(issues: ReadonlyArray<ValidationIssue>): string[] {
  const missing: string[] = [];
  for (const language of ['cs', 'en'] as const) {
    for (const issue of issues) {
      const path = issue.message.split('.');
      const last = path.pop() ?? '';
      let node: unknown = resources[language].translation;
      for (const part of path) node = (node as Record<string, unknown> | undefined)?.[part];
      const table = node as Record<string, unknown> | undefined;
      if (typeof (table?.[last] ?? table?.[`${last}_other`]) !== 'string')
        missing.push(`${language}: ${issue.message}`);
    }
  }
  return missing;
}

function refusal(xml: string): ValidationIssue[] {
  const result = parsePlanXml(xml);
  if (result.ok) throw new Error('the plan was accepted');
  expect(uncatalogued(result.issues)).toEqual([]);
  return result.issues;
}

/**
 * parsePlanXml refuses `xml` with `key` (and `params`), and xmllint agrees that the
 * file breaks the schema — or, where the schema cannot tell, accepts it, which is why
 * the reader has the rule.
 */
async function expectRefused(
  xml: string,
  key: string,
  params: Record<string, string | number>,
  schema: 'refuses' | 'cannot tell',
): Promise<void> {
  const issues = refusal(xml);
  expect(issues).toContainEqual(
    expect.objectContaining({
      message: `filePlan.import.${key}`,
      params: expect.objectContaining(params),
    }),
  );
  const lint = await validateXml(xml, 'nsesss-plan.xsd');
  expect(lint.valid, lint.errors.join('\n')).toBe(schema === 'cannot tell');
}

const small = planXml(SMALL_PLAN);

function accepted(xml: string) {
  const result = parsePlanXml(xml);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe('parsePlanXml — a valid plan', () => {
  it('reads the fixture, which xmllint accepts too', async () => {
    expect(await validateXml(small, 'nsesss-plan.xsd')).toEqual({ valid: true, errors: [] });
    const plan = accepted(small);
    expect(plan.version).toEqual({
      identifier: 'SP-TEST',
      identifierSource: 'Obec Test',
      title: 'Spisový plán obce Test',
      comment: null,
      issuer: 'Obec Test',
      validFrom: '2024-01-01',
      validTo: null,
      legacy: false,
      issuerDetails: {
        identifier: '99120348',
        identifierSource: 'IČO',
        address: 'Test 1, 391 99 Test',
      },
    });
    expect(plan.groups.map((group) => [group.fileMark, group.parentMark])).toEqual([
      ['1', null],
      ['1.1', '1'],
      ['1.1.1', '1.1'],
      ['1.1.2', '1.1'],
      ['1.2', '1'],
      ['2', null],
    ]);
    expect(plan.groups[3]).toEqual({
      simpleMark: '2',
      fileMark: '1.1.2',
      title: 'Skupina 1.1.2',
      parentMark: '1.1',
      validFrom: '2024-01-01',
      validTo: null,
      retention: { mark: 'S', period: 5, triggerEvent: 'uzavření spisu' },
      caseFileMode: 'collectionSheet',
    });
    expect(plan.groups[4]?.retention?.triggerEvent).toBe('ukončení platnosti smlouvy');
    expect(plan.groups[0]).toMatchObject({ retention: null, caseFileMode: null });
  });

  it('reads a prefixed document (nsesss:SpisovyPlan) the same as a default-namespace one', async () => {
    const prefixed = small
      .replace(/<(\/?)([A-Z]\w*)/g, '<$1nsesss:$2')
      .replace(' xmlns="', ' xmlns:nsesss="');
    expect(prefixed).toContain('<nsesss:SpisovyPlan xmlns:nsesss=');
    expect((await validateXml(prefixed, 'nsesss-plan.xsd')).valid).toBe(true);
    expect(accepted(prefixed)).toEqual(accepted(small));
  });

  it('accepts marks as real plans write them (101 → 101.2) and an xsi:schemaLocation', async () => {
    const xml = planXml({
      groups: [{ simple: '101', children: [{ simple: '2' }, { simple: '10' }] }],
    }).replace(
      ' ID="plan"',
      ' ID="plan" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.mvcr.cz/nsesss/v4 nsesss-plan.xsd"',
    );
    expect((await validateXml(xml, 'nsesss-plan.xsd')).valid).toBe(true);
    expect(accepted(xml).groups.map((group) => group.fileMark)).toEqual(['101', '101.2', '101.10']);
  });

  it('links the documents of a leaf without ZpusobVedeni, ignores a rule above the leaves', () => {
    const xml = planXml({
      groups: [{ simple: '1', rule: { mark: 'A', period: '10' }, children: [{ simple: '1' }] }],
    }).replace('<ZpusobVedeni>Priorace</ZpusobVedeni>', '');
    expect(xml).not.toContain('ZpusobVedeni');
    const [parent, leaf] = accepted(xml).groups;
    expect(parent).toMatchObject({ retention: null, caseFileMode: null });
    expect(leaf).toMatchObject({ retention: { mark: 'S', period: 5 }, caseFileMode: 'linking' });
  });

  it('imports a plan from before 2024 with mark V as legacy', async () => {
    const xml = planXml({
      from: '2019-01-01',
      groups: [{ simple: '1', from: '2019-01-01', rule: { mark: 'V', period: '10' } }],
    });
    expect((await validateXml(xml, 'nsesss-plan.xsd')).valid).toBe(true);
    const plan = accepted(xml);
    expect(plan.version.legacy).toBe(true);
    expect(plan.groups[0]?.retention).toMatchObject({ mark: 'V', period: 10 });
  });

  it('keeps a retired group and the dates of its validity', () => {
    const plan = accepted(
      planXml({
        groups: [
          { simple: '1', to: '2025-12-31' },
          { simple: '2', from: '2026-01-01' },
        ],
      }),
    );
    expect(plan.groups.map((group) => [group.validFrom, group.validTo])).toEqual([
      ['2024-01-01', '2025-12-31'],
      ['2026-01-01', null],
    ]);
  });

  it('decodes entities in titles and accepts a date with a time zone', () => {
    const plan = accepted(
      planXml({
        groups: [{ simple: '1', title: 'Smlouvy &amp; objednávky &#8211; &lt;2024&gt;' }],
      }).replace(
        '<DatumOtevreni>2024-01-01</DatumOtevreni>',
        '<DatumOtevreni>2024-01-01+01:00</DatumOtevreni>',
      ),
    );
    expect(plan.groups[0]?.title).toBe('Smlouvy & objednávky – <2024>');
    expect(plan.version.validFrom).toBe('2024-01-01');
  });
});

describe('parsePlanXml — refuses what the schema refuses, as xmllint does', () => {
  const leaf = (rule: GroupSpec['rule']) => planXml({ groups: [{ simple: '1', rule }] });

  it('not XML at all', async () => {
    await expectRefused(
      'Spisový plán obce — textový soubor, ne XML.',
      'notWellFormed',
      { line: 1 },
      'refuses',
    );
  });

  it('broken XML, naming the line', async () => {
    const broken = small.replace('</Popis>', '</Popisek>');
    const line = small.split('\n').findIndex((text) => text.includes('</Popis>')) + 1;
    expect(line).toBeGreaterThan(10);
    await expectRefused(broken, 'notWellFormed', { line }, 'refuses');
  });

  it('another document than a plan', async () => {
    const other = small.replaceAll('SpisovyPlan', 'Seznam');
    await expectRefused(other, 'notPlan', { element: 'Seznam' }, 'refuses');
  });

  it('a plan in the NSESSS 2017 namespace', async () => {
    await expectRefused(
      planXml({ ...SMALL_PLAN, namespace: NSESSS_V3_NAMESPACE }),
      'wrongNamespace',
      { namespace: NSESSS_V3_NAMESPACE },
      'refuses',
    );
  });

  it('a plan without any subject group', async () => {
    await expectRefused(
      planXml({ groups: [] }),
      'missingElement',
      { element: 'PlanVecnaSkupina', parent: 'SpisovyPlan' },
      'refuses',
    );
  });

  it('a group without a title', async () => {
    const xml = small.replace('<Popis><Nazev>Skupina 1.2</Nazev></Popis>', '<Popis></Popis>');
    await expectRefused(xml, 'missingElement', { element: 'Nazev', parent: 'Popis' }, 'refuses');
  });

  it('elements in the wrong order', async () => {
    const xml = small.replace(/(<Puvod>.*?<\/Puvod>)(\s*)(<Trideni>[\s\S]*?<\/Trideni>)/, '$3$2$1');
    expect(xml).not.toBe(small);
    await expectRefused(
      xml,
      'unexpectedElement',
      { element: 'Puvod', parent: 'EvidencniUdaje' },
      'refuses',
    );
  });

  it('an element the schema does not know', async () => {
    const xml = small.replace('<Popis>', '<Popis><Zkratka>SP</Zkratka>');
    await expectRefused(
      xml,
      'unexpectedElement',
      { element: 'Zkratka', parent: 'Popis' },
      'refuses',
    );
  });

  it('text where only elements may be', async () => {
    const xml = small.replace('<Trideni>', '<Trideni>poznámka');
    await expectRefused(xml, 'unexpectedText', { element: 'Trideni' }, 'refuses');
  });

  it('an unknown retention mark', async () => {
    await expectRefused(
      leaf({ mark: 'X', period: '5' }),
      'invalidEnum',
      { element: 'SkartacniZnak', value: 'X', allowed: 'A, S, V' },
      'refuses',
    );
  });

  it('an unknown way of building case files', async () => {
    const xml = small.replace(
      '<ZpusobVedeni>SbernyArch</ZpusobVedeni>',
      '<ZpusobVedeni>Spojovani</ZpusobVedeni>',
    );
    await expectRefused(
      xml,
      'invalidEnum',
      { element: 'ZpusobVedeni', value: 'Spojovani' },
      'refuses',
    );
  });

  it.each([
    ['1000', 1000],
    ['-1', -1],
  ])('a retention period of %s years', async (period, value) => {
    await expectRefused(
      leaf({ mark: 'S', period }),
      'periodRange',
      { mark: '1', value, max: 999 },
      'refuses',
    );
  });

  it('a retention period that is not a number', async () => {
    await expectRefused(
      leaf({ mark: 'S', period: 'deset' }),
      'invalidNumber',
      { element: 'SkartacniLhuta', value: 'deset' },
      'refuses',
    );
  });

  it('a day that does not exist', async () => {
    const xml = planXml({ groups: [{ simple: '1', from: '2024-02-30' }] });
    await expectRefused(
      xml,
      'invalidDate',
      { element: 'DatumVytvoreni', value: '2024-02-30' },
      'refuses',
    );
  });

  it('a simple mark longer than 50 characters', async () => {
    const simple = '1'.repeat(51);
    await expectRefused(
      planXml({ groups: [{ simple }] }),
      'tooLong',
      { element: 'JednoduchySpisovyZnak', max: 50 },
      'refuses',
    );
  });

  it('the same ID twice', async () => {
    const xml = planXml({
      groups: [
        { simple: '1', id: 'twin' },
        { simple: '2', id: 'twin' },
      ],
    });
    await expectRefused(xml, 'duplicateId', { id: 'twin' }, 'refuses');
  });

  it('an ID that is not an XML name', async () => {
    await expectRefused(
      planXml({ groups: [{ simple: '1', id: '1.1' }] }),
      'invalidId',
      { id: '1.1' },
      'refuses',
    );
  });

  it('a group without an ID', async () => {
    const xml = small.replace('<PlanVecnaSkupina ID="g-2">', '<PlanVecnaSkupina>');
    await expectRefused(
      xml,
      'missingAttribute',
      { element: 'PlanVecnaSkupina', attribute: 'ID' },
      'refuses',
    );
  });

  it('an attribute the schema does not know', async () => {
    const xml = small.replace(
      '<PlanVecnaSkupina ID="g-2">',
      '<PlanVecnaSkupina ID="g-2" stav="platná">',
    );
    await expectRefused(
      xml,
      'unexpectedAttribute',
      { element: 'PlanVecnaSkupina', attribute: 'stav' },
      'refuses',
    );
  });

  it('an identifier without its source', async () => {
    const xml = small.replace('<Identifikator zdroj="Obec Test">', '<Identifikator>');
    await expectRefused(
      xml,
      'missingAttribute',
      { element: 'Identifikator', attribute: 'zdroj' },
      'refuses',
    );
  });
});

describe("parsePlanXml — refuses what only the plan's rules can tell (xmllint accepts)", () => {
  it('a duplicate mark', async () => {
    const xml = planXml({
      groups: [
        {
          simple: '1',
          children: [
            { simple: '1', id: 'a' },
            { simple: '1', id: 'b' },
          ],
        },
      ],
    });
    await expectRefused(xml, 'duplicateMark', { mark: '1.1' }, 'cannot tell');
  });

  it('a cycle: a group nested under one its mark says it contains', async () => {
    const xml = planXml({
      groups: [
        {
          simple: '1',
          children: [{ simple: '1', children: [{ simple: '1', full: '1', id: 'again' }] }],
        },
      ],
    });
    await expectRefused(xml, 'cycle', { mark: '1', ancestor: '1.1' }, 'cannot tell');
  });

  it('a cycle: a group nested under itself', async () => {
    const xml = planXml({
      groups: [{ simple: '7', children: [{ simple: '7', full: '7', id: 'self' }] }],
    });
    await expectRefused(xml, 'cycle', { mark: '7', ancestor: '7' }, 'cannot tell');
  });

  it('a mark that does not fit where the group is nested', async () => {
    const xml = planXml({ groups: [{ simple: '1', children: [{ simple: '1', full: '2.1' }] }] });
    await expectRefused(xml, 'markMismatch', { mark: '2.1', expected: '1.1' }, 'cannot tell');
  });

  it('a simple mark with a dot in it', async () => {
    const xml = planXml({ groups: [{ simple: '1.1' }] });
    await expectRefused(xml, 'invalidSimpleMark', { mark: '1.1' }, 'cannot tell');
  });

  it('a lowest-level group without a retention rule', async () => {
    const xml = planXml({
      groups: [{ simple: '1', children: [{ simple: '1' }, { simple: '2', rule: 'none' }] }],
    });
    await expectRefused(xml, 'missingRetention', { mark: '1.2' }, 'cannot tell');
  });

  it('mark V in a plan valid from 2024', async () => {
    const xml = planXml({ groups: [{ simple: '1', rule: { mark: 'V', period: '10' } }] });
    await expectRefused(xml, 'legacyMark', { mark: '1', date: '2024-01-01' }, 'cannot tell');
  });

  it('a group closed before it was opened', async () => {
    const xml = planXml({ groups: [{ simple: '1', from: '2025-01-01', to: '2024-12-31' }] });
    await expectRefused(
      xml,
      'closedBeforeOpened',
      { mark: '1', from: '2025-01-01', to: '2024-12-31' },
      'cannot tell',
    );
  });

  it('a plan closed before it was opened', async () => {
    const xml = planXml({
      from: '2024-01-01',
      to: '2023-12-31',
      groups: [{ simple: '1', to: '2023-12-31', from: '2023-12-31' }],
    });
    await expectRefused(
      xml,
      'planClosedBeforeOpened',
      { from: '2024-01-01', to: '2023-12-31' },
      'cannot tell',
    );
  });

  it('a group valid longer than its parent', async () => {
    const xml = planXml({
      groups: [{ simple: '1', to: '2025-12-31', children: [{ simple: '1' }] }],
    });
    await expectRefused(
      xml,
      'outsideParent',
      { mark: '1.1', parent: '1', from: '2024-01-01', to: '…' },
      'cannot tell',
    );
  });

  it('a group opened before the plan', async () => {
    const xml = planXml({ groups: [{ simple: '1', from: '2023-06-01' }] });
    await expectRefused(xml, 'outsidePlan', { mark: '1', from: '2023-06-01' }, 'cannot tell');
  });

  it('a fixed disposal year instead of a period (not supported)', async () => {
    const raw = `<SkartacniRezim>
        <Identifikator zdroj="test">S/2030</Identifikator><Nazev>S/2030</Nazev><Oduvodneni>test</Oduvodneni>
        <SkartacniZnak>S</SkartacniZnak><RokVyrazeni>2030</RokVyrazeni>
        <SpousteciUdalost>uzavření spisu</SpousteciUdalost></SkartacniRezim>`;
    await expectRefused(
      planXml({ groups: [{ simple: '1', rule: { raw } }] }),
      'fixedYear',
      { mark: '1' },
      'cannot tell',
    );
  });

  it('a group for type files (not supported)', async () => {
    const xml = small.replace(
      '<ZpusobVedeni>SbernyArch</ZpusobVedeni>',
      '<UrcenoProTypoveSpisy>ano</UrcenoProTypoveSpisy><ZpusobVedeni>SbernyArch</ZpusobVedeni>',
    );
    await expectRefused(xml, 'typeFiles', { mark: '1.1.2' }, 'cannot tell');
  });

  it('an issuer who is a person, not an organisation', async () => {
    const issuer = `<Subjekt><NazevFyzickeOsoby>Jan Novák</NazevFyzickeOsoby><PostovniAdresa>Test 1</PostovniAdresa><ElektronickyKontakt>jan@example.cz</ElektronickyKontakt></Subjekt>`;
    await expectRefused(
      planXml({ ...SMALL_PLAN, issuer }),
      'issuerNotOrganization',
      {},
      'cannot tell',
    );
  });

  it('a blank title', async () => {
    const xml = planXml({ groups: [{ simple: '1', title: '  ' }] });
    await expectRefused(xml, 'emptyText', { element: 'Nazev' }, 'cannot tell');
  });
});

describe('parsePlanXml — hostile and oversized input', () => {
  it('refuses a billion-laughs plan without expanding it', () => {
    const entities = Array.from(
      { length: 9 },
      (_, n) => `<!ENTITY l${n + 1} "${`&l${n};`.repeat(10)}">`,
    ).join('');
    const bomb = small
      .replace(
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<?xml version="1.0"?><!DOCTYPE SpisovyPlan [<!ENTITY l0 "ha">${entities}]>`,
      )
      .replace('Spisový plán obce Test', '&l9;');
    const started = performance.now();
    expect(refusal(bomb)).toEqual([
      {
        path: '',
        message: 'filePlan.import.doctype',
        params: { line: 1, column: expect.any(Number) },
      },
    ]);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('refuses an external entity that would read a local file', () => {
    const xxe = small
      .replace(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
      )
      .replace('Spisový plán obce Test', '&x;');
    expect(refusal(xxe).map((issue) => issue.message)).toEqual(['filePlan.import.doctype']);
  });

  it('refuses an entity that is not declared anywhere', () => {
    const xml = small.replace('Spisový plán obce Test', '&nbsp;Plán');
    expect(refusal(xml).map((issue) => issue.message)).toEqual(['filePlan.import.entity']);
  });

  it('reports at most fifty problems and says how many more there are', () => {
    const groups = Array.from({ length: 60 }, (_, n) => ({
      simple: `${n + 1}`,
      rule: 'none' as const,
    }));
    const issues = refusal(planXml({ groups }));
    expect(issues).toHaveLength(51);
    expect(issues.at(-1)).toEqual({
      path: '',
      message: 'filePlan.import.moreIssues',
      params: { count: 10 },
    });
  });

  it('names the place of a problem by path and line', () => {
    const xml = planXml({ groups: [{ simple: '1' }, { simple: '2', rule: 'none' }] });
    const [issue] = refusal(xml);
    expect(issue?.path).toBe('/SpisovyPlan/PlanVecnaSkupina[2]');
    expect(xml.split('\n')[(issue?.params?.line as number) - 1]).toContain(
      '<PlanVecnaSkupina ID="g-2">',
    );
  });
});

describe('fixtures', () => {
  it('nest a child group inside its parent', () => {
    expect(groupXml({ simple: '1', children: [{ simple: '2' }] })).toMatch(
      /<PlanVecnaSkupina ID="g-1">[\s\S]*<PlanVecnaSkupina ID="g-1\.2">[\s\S]*<\/PlanVecnaSkupina>\s*<\/PlanVecnaSkupina>$/,
    );
  });
});
