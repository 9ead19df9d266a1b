import { NSESSS_NAMESPACE } from '../namespaces';

/**
 * Hand-written nsesss-plan documents for tests: valid by default, each part
 * replaceable, so a test can break exactly one thing and show that both xmllint and
 * parsePlanXml notice (or that only parsePlanXml can).
 */

export interface GroupSpec {
  simple: string;
  /** PlneUrcenySpisovyZnak; default: the parent's mark + '.' + simple. */
  full?: string;
  id?: string;
  title?: string;
  from?: string;
  to?: string;
  /** Default on a leaf: S/5 "uzavření spisu"; 'none' leaves SkartacniRezim out. */
  rule?: { mark: string; period: string; trigger?: string } | 'none' | { raw: string };
  mode?: string;
  children?: GroupSpec[];
}

export interface PlanSpec {
  rootName?: string;
  namespace?: string;
  id?: string;
  from?: string;
  to?: string;
  issuer?: string;
  groups: GroupSpec[];
}

function rezim(rule: NonNullable<GroupSpec['rule']>): string {
  if (rule === 'none') return '';
  if ('raw' in rule) return rule.raw;
  return `<SkartacniRezim>
        <Identifikator zdroj="test">${rule.mark}/${rule.period}</Identifikator>
        <Nazev>${rule.mark}/${rule.period}</Nazev>
        <Oduvodneni>test</Oduvodneni>
        <SkartacniZnak>${rule.mark}</SkartacniZnak>
        <SkartacniLhuta>${rule.period}</SkartacniLhuta>
        <SpousteciUdalost>${rule.trigger ?? 'uzavření spisu'}</SpousteciUdalost>
      </SkartacniRezim>`;
}

export function groupXml(spec: GroupSpec, parentFull: string | null = null): string {
  const full = spec.full ?? (parentFull === null ? spec.simple : `${parentFull}.${spec.simple}`);
  const leaf = !spec.children?.length;
  const rule = spec.rule ?? (leaf ? { mark: 'S', period: '5' } : 'none');
  const from = spec.from ?? '2024-01-01';
  return `<PlanVecnaSkupina ID="${spec.id ?? `g-${full}`}">
    <EvidencniUdaje>
      <Identifikace><Identifikator zdroj="test">${full}</Identifikator></Identifikace>
      <Popis><Nazev>${spec.title ?? `Skupina ${full}`}</Nazev></Popis>
      <Puvod><DatumVytvoreni>${from}</DatumVytvoreni></Puvod>
      <Trideni>
        <JednoduchySpisovyZnak>${spec.simple}</JednoduchySpisovyZnak>
        <PlneUrcenySpisovyZnak>${full}</PlneUrcenySpisovyZnak>
      </Trideni>
      <Vyrazovani>${rezim(rule)}</Vyrazovani>
      <Manipulace>
        <DatumOtevreni>${from}</DatumOtevreni>${spec.to ? `<DatumUzavreni>${spec.to}</DatumUzavreni>` : ''}
      </Manipulace>${leaf ? `<ZpusobVedeni>${spec.mode ?? 'Priorace'}</ZpusobVedeni>` : ''}
    </EvidencniUdaje>
    ${(spec.children ?? []).map((child) => groupXml(child, full)).join('\n')}
  </PlanVecnaSkupina>`;
}

export function planXml(spec: PlanSpec): string {
  const root = spec.rootName ?? 'SpisovyPlan';
  return `<?xml version="1.0" encoding="UTF-8"?>
<${root} xmlns="${spec.namespace ?? NSESSS_NAMESPACE}" ID="${spec.id ?? 'plan'}">
  <Identifikator zdroj="Obec Test">SP-TEST</Identifikator>
  <Nazev>Spisový plán obce Test</Nazev>
  <Manipulace>
    <DatumOtevreni>${spec.from ?? '2024-01-01'}</DatumOtevreni>${spec.to ? `<DatumUzavreni>${spec.to}</DatumUzavreni>` : ''}
  </Manipulace>
  <Vydavatel>${
    spec.issuer ??
    `<Subjekt>
      <IdentifikatorOrganizace zdroj="IČO">99120348</IdentifikatorOrganizace>
      <NazevOrganizace>Obec Test</NazevOrganizace>
      <SidloOrganizace>Test 1, 391 99 Test</SidloOrganizace>
    </Subjekt>`
  }</Vydavatel>
  ${spec.groups.map((group) => groupXml(group)).join('\n')}
</${root}>
`;
}

/** A small valid plan: two agendas, three levels, both ways of building case files. */
export const SMALL_PLAN: PlanSpec = {
  groups: [
    {
      simple: '1',
      children: [
        {
          simple: '1',
          children: [
            { simple: '1', rule: { mark: 'A', period: '10' } },
            { simple: '2', rule: { mark: 'S', period: '5' }, mode: 'SbernyArch' },
          ],
        },
        { simple: '2', rule: { mark: 'S', period: '10', trigger: 'ukončení platnosti smlouvy' } },
      ],
    },
    { simple: '2', rule: { mark: 'A', period: '5' } },
  ],
};
