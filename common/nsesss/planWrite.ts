import { retentionLabel, type ParsedPlan } from '../domain/filePlan';
import { NSESSS_NAMESPACE } from './namespaces';
import { ZPUSOB_VEDENI, type PlanXmlVersion } from './planModel';
import { buildXml, el, type XmlNode } from './xml';

/**
 * Writes a plan version as nsesss-plan XML (valid against nsesss-plan.xsd; the tests
 * check it with xmllint). The nesting follows `parentMark`; siblings keep the order
 * they are given in. What the domain does not keep is derived: a group's identifier
 * is its mark within the plan's identifier, its creation date is its opening date,
 * and a retention rule is named by its label (`A/10`).
 */

/** `legacy` is not written: a reader derives it from the V marks in the plan. */
export type PlanVersionForXml = Omit<PlanXmlVersion, 'legacy'> & { legacy?: boolean };
export type PlanGroupForXml = ParsedPlan['groups'][number];

const PLAN_ID = 'spisovy-plan';
const IDENTIFIER_MAX = 50;

export function writePlanXml(
  version: PlanVersionForXml,
  groups: ReadonlyArray<PlanGroupForXml>,
): string {
  fits('Identifikator', version.identifier, IDENTIFIER_MAX);
  fits('IdentifikatorOrganizace', version.issuerDetails.identifier, IDENTIFIER_MAX);

  const byParent = new Map<string | null, PlanGroupForXml[]>();
  const marks = new Set<string>();
  for (const group of groups) {
    if (marks.has(group.fileMark)) throw new Error(`file plan: mark ${group.fileMark} twice`);
    marks.add(group.fileMark);
    const siblings = byParent.get(group.parentMark) ?? [];
    siblings.push(group);
    byParent.set(group.parentMark, siblings);
  }
  const ids = new Set<string>([PLAN_ID]);
  let written = 0;
  // Marks are unique and each group has one parent, so this walk cannot loop.
  const groupNode = (group: PlanGroupForXml): XmlNode => {
    written += 1;
    return el(
      'PlanVecnaSkupina',
      [details(version, group), ...(byParent.get(group.fileMark) ?? []).map(groupNode)],
      { ID: xmlId(group.fileMark, ids) },
    );
  };
  const roots = (byParent.get(null) ?? []).map(groupNode);
  if (roots.length === 0) throw new Error('file plan: no top-level group to write');
  if (written !== groups.length)
    throw new Error('file plan: some groups are not under any top-level group');

  return buildXml(
    el(
      'SpisovyPlan',
      [
        el('Identifikator', version.identifier, { zdroj: version.identifierSource }),
        el('Nazev', version.title),
        version.comment ? el('Komentar', version.comment) : null,
        el('Manipulace', [
          el('DatumOtevreni', version.validFrom),
          version.validTo !== null && el('DatumUzavreni', version.validTo),
        ]),
        el('Vydavatel', [
          el('Subjekt', [
            el('IdentifikatorOrganizace', version.issuerDetails.identifier, {
              zdroj: version.issuerDetails.identifierSource,
            }),
            el('NazevOrganizace', version.issuer),
            el('SidloOrganizace', version.issuerDetails.address),
          ]),
        ]),
        ...roots,
      ],
      { xmlns: NSESSS_NAMESPACE, ID: PLAN_ID },
    ),
  );
}

function details(version: PlanVersionForXml, group: PlanGroupForXml): XmlNode {
  fits('JednoduchySpisovyZnak', group.simpleMark, 50);
  fits('PlneUrcenySpisovyZnak', group.fileMark, 255);
  const rule = group.retention;
  return el('EvidencniUdaje', [
    el('Identifikace', [
      el('Identifikator', Array.from(group.fileMark).slice(0, IDENTIFIER_MAX).join(''), {
        zdroj: version.identifier,
      }),
    ]),
    el('Popis', [el('Nazev', group.title)]),
    el('Puvod', [el('DatumVytvoreni', group.validFrom)]),
    el('Trideni', [
      el('JednoduchySpisovyZnak', group.simpleMark),
      el('PlneUrcenySpisovyZnak', group.fileMark),
    ]),
    el('Vyrazovani', [
      rule &&
        el('SkartacniRezim', [
          el('Identifikator', retentionLabel(rule), { zdroj: version.identifier }),
          el('Nazev', `Skartační režim ${retentionLabel(rule)}`),
          el(
            'Oduvodneni',
            `Skartační režim věcné skupiny ${group.fileMark} podle spisového plánu.`,
          ),
          el('SkartacniZnak', rule.mark),
          el('SkartacniLhuta', String(rule.period)),
          el('SpousteciUdalost', rule.triggerEvent),
        ]),
    ]),
    el('Manipulace', [
      el('DatumOtevreni', group.validFrom),
      group.validTo !== null && el('DatumUzavreni', group.validTo),
    ]),
    group.caseFileMode && el('ZpusobVedeni', ZPUSOB_VEDENI[group.caseFileMode]),
  ]);
}

/** An xs:ID from a mark: `vs-` keeps it starting with a letter; other characters become `_`. */
function xmlId(fileMark: string, taken: Set<string>): string {
  const base = `vs-${fileMark.replace(/[^A-Za-z0-9._-]/g, '_')}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function fits(element: string, value: string, max: number): void {
  if (Array.from(value).length > max)
    throw new RangeError(`file plan: ${element} is longer than ${max} characters: ${value}`);
}
