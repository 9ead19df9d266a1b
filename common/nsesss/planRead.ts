import { retentionMarks, type CaseFileMode, type RetentionMark } from '../domain/filePlan';
import type { Validated, ValidationIssue } from '../domain/validation';
import { NSESSS_NAMESPACE } from './namespaces';
import {
  PLAN_IMPORT_KEYS,
  PLAN_MAX_CHARS,
  ZPUSOB_VEDENI,
  type PlanIssuerDetails,
  type PlanXml,
} from './planModel';
import { checkPlanRules, type RawGroup, type RawPlanHeader } from './planRules';
import { parseXml, type XmlElement } from './xml';
import { XmlContentReader, type ElementContent, type ElementModel } from './xmlContent';

/**
 * Reads a spisový a skartační plán from nsesss-plan XML (NSESSS 2023, příloha 5).
 * Two passes: the structure the schema prescribes for everything read here (element
 * order and counts, required attributes, enumerations, dates, lengths), then the
 * plan's own rules (planRules.ts). Issues are `filePlan.import.*` keys with the line
 * and, where it helps, the mark; at most MAX_ISSUES are returned.
 *
 * Not supported, refused with their own message: a fixed disposal year (RokVyrazeni)
 * instead of a period, and groups for type files (UrcenoProTypoveSpisy = ano, Soucast).
 * Read but not kept: group identifiers, keywords, notes, KontrolaLhuta,
 * TrvalySkartacniSouhlas, a retention rule on a group that has subgroups.
 */

const MAX_ISSUES = 50;

const ID_ATTRIBUTE = [{ name: 'ID', required: true }] as const;

const PLAN: ElementModel = {
  attributes: ID_ATTRIBUTE,
  children: [
    { name: 'Identifikator' },
    { name: 'Nazev' },
    { name: 'Komentar', min: 0 },
    { name: 'Manipulace' },
    { name: 'Vydavatel' },
    { name: 'PlanVecnaSkupina', max: Infinity },
  ],
};
const MANIPULACE: ElementModel = {
  children: [{ name: 'DatumOtevreni' }, { name: 'DatumUzavreni', min: 0 }],
};
const VYDAVATEL: ElementModel = { children: [{ name: 'Subjekt' }] };
const SUBJEKT_ORGANIZACE: ElementModel = {
  children: [
    { name: 'IdentifikatorOrganizace' },
    { name: 'NazevOrganizace' },
    { name: 'IdentifikatorFyzickeOsoby', min: 0 },
    { name: 'NazevFyzickeOsoby', min: 0 },
    { name: 'OrganizacniUtvar', min: 0 },
    { name: 'PracovniPozice', min: 0 },
    { name: 'SidloOrganizace' },
    { name: 'ElektronickyKontakt', min: 0 },
  ],
};
const VECNA_SKUPINA: ElementModel = {
  attributes: ID_ATTRIBUTE,
  children: [{ name: 'EvidencniUdaje' }, { name: 'PlanVecnaSkupina', min: 0, max: Infinity }],
};
const EVIDENCNI_UDAJE: ElementModel = {
  children: [
    { name: 'Identifikace' },
    { name: 'Popis' },
    { name: 'Souvislosti', min: 0 },
    { name: 'Pristupnost', min: 0 },
    { name: 'Poznamky', min: 0 },
    { name: 'JineUdaje', min: 0 },
    { name: 'Puvod' },
    { name: 'Trideni' },
    { name: 'Vyrazovani' },
    { name: 'Manipulace' },
    { name: 'UrcenoProTypoveSpisy', min: 0 },
    { name: 'Soucast', min: 0 },
    { name: 'ZpusobVedeni', min: 0 },
    { name: 'TrvalySkartacniSouhlas', min: 0 },
  ],
};
const IDENTIFIKACE: ElementModel = { children: [{ name: 'Identifikator', max: Infinity }] };
const POPIS: ElementModel = {
  children: [{ name: 'Nazev' }, { name: 'Komentar', min: 0 }, { name: 'KlicovaSlova', min: 0 }],
};
const PUVOD: ElementModel = { children: [{ name: 'DatumVytvoreni' }] };
const TRIDENI: ElementModel = {
  children: [
    { name: 'JednoduchySpisovyZnak' },
    { name: 'PlneUrcenySpisovyZnak' },
    { name: 'Oduvodneni', min: 0 },
  ],
};
const VYRAZOVANI: ElementModel = { children: [{ name: 'SkartacniRezim', min: 0 }] };
const SKARTACNI_REZIM: ElementModel = {
  children: [
    { name: 'Identifikator' },
    { name: 'Nazev' },
    { name: 'Komentar', min: 0 },
    { name: 'Oduvodneni' },
    { name: 'SkartacniZnak' },
    { name: ['SkartacniLhuta', 'RokVyrazeni'] },
    { name: 'SpousteciUdalost' },
    { name: 'KontrolaLhuta', min: 0 },
  ],
};

const LOGICKY = ['ano', 'ne'] as const;
const ZPUSOBY_VEDENI = ['Priorace', 'SbernyArch'] as const;
const PERIOD_MAX = 999;

function one(content: ElementContent, name: string): XmlElement | undefined {
  return content.get(name)?.[0];
}

/** Parses nsesss-plan XML; refuses anything the schema or the plan's rules refuse. */
export function parsePlanXml(text: string): Validated<PlanXml> {
  const reader = new XmlContentReader(PLAN_IMPORT_KEYS, NSESSS_NAMESPACE);
  const parsed = parseXml(text, { maxLength: PLAN_MAX_CHARS });
  if (!parsed.ok) {
    reader.syntaxIssue(parsed.error);
    return failed(reader.issues);
  }
  const root = parsed.root;
  if (root.name !== 'SpisovyPlan') {
    reader.issue('notPlan', root, { element: root.name });
    return failed(reader.issues);
  }
  if (root.namespace !== NSESSS_NAMESPACE) {
    reader.issue('wrongNamespace', root, { namespace: root.namespace });
    return failed(reader.issues);
  }

  const ids = new Set<string>();
  const content = reader.content(root, PLAN);
  reader.id(root, ids);
  if (!content) return failed(reader.issues);
  const header = readHeader(reader, root, content);
  const groups = (content.get('PlanVecnaSkupina') ?? []).map((element) =>
    readGroup(reader, element, ids),
  );
  if (!header || reader.issues.length > 0 || groups.some((group) => group === null))
    return failed(reader.issues);

  const result = checkPlanRules(reader, header.rules, groups as RawGroup[]);
  if (!result) return failed(reader.issues);
  return {
    ok: true,
    value: { version: { ...header.version, legacy: result.legacy }, groups: result.groups },
  };
}

function failed(issues: ValidationIssue[]): { ok: false; issues: ValidationIssue[] } {
  if (issues.length <= MAX_ISSUES) return { ok: false, issues };
  return {
    ok: false,
    issues: [
      ...issues.slice(0, MAX_ISSUES),
      {
        path: '',
        message: `${PLAN_IMPORT_KEYS}.moreIssues`,
        params: { count: issues.length - MAX_ISSUES },
      },
    ],
  };
}

interface Header {
  version: Omit<PlanXml['version'], 'legacy'>;
  rules: RawPlanHeader;
}

function readHeader(
  reader: XmlContentReader,
  root: XmlElement,
  content: ElementContent,
): Header | null {
  const identifier = reader.identifier(one(content, 'Identifikator')!, true);
  const title = reader.text(one(content, 'Nazev')!, { nonEmpty: true });
  const commentElement = one(content, 'Komentar');
  const comment = commentElement ? reader.text(commentElement) : null;
  const validity = readValidity(reader, one(content, 'Manipulace')!);
  const issuer = readIssuer(reader, one(content, 'Vydavatel')!);
  if (!identifier || title === null || !validity || !issuer) return null;
  return {
    version: {
      identifier: identifier.value,
      identifierSource: identifier.source,
      title,
      comment: comment?.trim() ? comment.trim() : null,
      issuer: issuer.name,
      validFrom: validity.validFrom,
      validTo: validity.validTo,
      issuerDetails: issuer.details,
    },
    rules: { ...validity, element: root },
  };
}

function readValidity(
  reader: XmlContentReader,
  element: XmlElement,
): { validFrom: string; validTo: string | null } | null {
  const content = reader.content(element, MANIPULACE);
  if (!content) return null;
  const validFrom = reader.date(one(content, 'DatumOtevreni')!);
  const closing = one(content, 'DatumUzavreni');
  const validTo = closing ? reader.date(closing) : null;
  if (validFrom === null || (closing && validTo === null)) return null;
  return { validFrom, validTo };
}

function readIssuer(
  reader: XmlContentReader,
  element: XmlElement,
): { name: string; details: PlanIssuerDetails } | null {
  const subject = reader.content(element, VYDAVATEL)?.get('Subjekt')?.[0];
  if (!subject) return null;
  // tSubjektExterni is a choice; a municipality's plan is issued by an organisation.
  if (subject.children[0]?.name !== 'IdentifikatorOrganizace') {
    reader.issue('issuerNotOrganization', subject);
    return null;
  }
  const content = reader.content(subject, SUBJEKT_ORGANIZACE);
  if (!content) return null;
  const identifier = reader.identifier(one(content, 'IdentifikatorOrganizace')!);
  const name = reader.text(one(content, 'NazevOrganizace')!, { nonEmpty: true });
  const address = reader.text(one(content, 'SidloOrganizace')!);
  const person = one(content, 'IdentifikatorFyzickeOsoby');
  if (person) reader.identifier(person);
  for (const short of ['OrganizacniUtvar', 'PracovniPozice', 'ElektronickyKontakt']) {
    const value = one(content, short);
    if (value) reader.text(value, { maxLength: 100 });
  }
  if (!identifier || name === null || address === null) return null;
  return {
    name,
    details: { identifier: identifier.value, identifierSource: identifier.source, address },
  };
}

function readGroup(
  reader: XmlContentReader,
  element: XmlElement,
  ids: Set<string>,
): RawGroup | null {
  const content = reader.content(element, VECNA_SKUPINA);
  reader.id(element, ids);
  // Subgroups are read even when this one is broken, so one file reports all it can.
  const children = (content?.get('PlanVecnaSkupina') ?? []).map((child) =>
    readGroup(reader, child, ids),
  );
  const details = content ? readDetails(reader, one(content, 'EvidencniUdaje')!) : null;
  if (!details || children.some((child) => child === null)) return null;
  return { ...details, element, children: children as RawGroup[] };
}

function readDetails(
  reader: XmlContentReader,
  element: XmlElement,
): Omit<RawGroup, 'element' | 'children'> | null {
  const content = reader.content(element, EVIDENCNI_UDAJE);
  if (!content) return null;
  const before = reader.issues.length;

  for (const identifier of reader
    .content(one(content, 'Identifikace')!, IDENTIFIKACE)
    ?.get('Identifikator') ?? [])
    reader.identifier(identifier);

  const popis = reader.content(one(content, 'Popis')!, POPIS);
  const title = popis ? reader.text(one(popis, 'Nazev')!, { nonEmpty: true }) : null;

  const puvod = reader.content(one(content, 'Puvod')!, PUVOD);
  if (puvod) reader.date(one(puvod, 'DatumVytvoreni')!);

  const trideni = reader.content(one(content, 'Trideni')!, TRIDENI);
  const simpleMark = trideni
    ? reader.text(one(trideni, 'JednoduchySpisovyZnak')!, { maxLength: 50 })
    : null;
  const fileMark = trideni
    ? reader.text(one(trideni, 'PlneUrcenySpisovyZnak')!, { maxLength: 255 })
    : null;

  const validity = readValidity(reader, one(content, 'Manipulace')!);

  const rezim = reader.content(one(content, 'Vyrazovani')!, VYRAZOVANI)?.get('SkartacniRezim')?.[0];
  const retention = rezim && fileMark !== null ? readRetention(reader, rezim, fileMark) : null;

  const typeFiles = one(content, 'UrcenoProTypoveSpisy');
  if (typeFiles && reader.enumeration(typeFiles, LOGICKY) === 'ano')
    reader.issue('typeFiles', typeFiles, { mark: fileMark ?? '' });
  const part = one(content, 'Soucast');
  if (part) reader.issue('typeFiles', part, { mark: fileMark ?? '' });

  const mode = one(content, 'ZpusobVedeni');
  const zpusob = mode ? reader.enumeration(mode, ZPUSOBY_VEDENI) : null;
  const consent = one(content, 'TrvalySkartacniSouhlas');
  if (consent) reader.enumeration(consent, LOGICKY);

  if (
    reader.issues.length > before ||
    title === null ||
    simpleMark === null ||
    fileMark === null ||
    !validity
  )
    return null;
  return {
    simpleMark,
    fileMark,
    title,
    validFrom: validity.validFrom,
    validTo: validity.validTo,
    retention: retention ?? null,
    caseFileMode: zpusob ? caseFileModeOf(zpusob) : null,
  };
}

function readRetention(
  reader: XmlContentReader,
  element: XmlElement,
  mark: string,
): RawGroup['retention'] {
  const content = reader.content(element, SKARTACNI_REZIM);
  if (!content) return null;
  reader.identifier(one(content, 'Identifikator')!);
  reader.text(one(content, 'Nazev')!);
  reader.text(one(content, 'Oduvodneni')!);
  const retentionMark = reader.enumeration<RetentionMark>(
    one(content, 'SkartacniZnak')!,
    retentionMarks,
  );
  const fixedYear = one(content, 'RokVyrazeni');
  if (fixedYear) {
    reader.issue('fixedYear', fixedYear, { mark });
    return null;
  }
  const periodElement = one(content, 'SkartacniLhuta')!;
  const period = reader.integer(periodElement);
  if (period !== null && (period < 0 || period > PERIOD_MAX))
    reader.issue('periodRange', periodElement, { mark, value: period, max: PERIOD_MAX });
  const triggerEvent = reader.text(one(content, 'SpousteciUdalost')!, { nonEmpty: true });
  const control = one(content, 'KontrolaLhuta');
  const controlPeriod = control ? reader.integer(control) : null;
  if (controlPeriod !== null && (controlPeriod < 0 || controlPeriod > PERIOD_MAX))
    reader.issue('invalidValue', control!, { element: 'KontrolaLhuta', value: controlPeriod });
  if (retentionMark === null || period === null || triggerEvent === null) return null;
  return { mark: retentionMark, period, triggerEvent, element };
}

function caseFileModeOf(value: (typeof ZPUSOBY_VEDENI)[number]): CaseFileMode {
  return (Object.keys(ZPUSOB_VEDENI) as CaseFileMode[]).find(
    (mode) => ZPUSOB_VEDENI[mode] === value,
  ) as CaseFileMode;
}
