import {
  disposalDecisionFromNsesss,
  disposalOperations,
  type ParsedDecisionList,
} from '../domain/disposal';
import { parseOfficeDateTime } from '../domain/time';
import type { Validated, ValidationIssue } from '../domain/validation';
import { NSESSS_NAMESPACE } from './namespaces';
import { xmlSafeTree } from './text';
import { buildXml, el, parseXml, type XmlElement } from './xml';
import { toXmlId } from './xmlId';
import { xsDateTime } from './xsDate';

/**
 * The archive's list (nsesss-DA.xsd `Seznam`): its decisions in a disposal procedure
 * (Operace per entity) or its confirmation of a takeover (IdentifikatorDA per entity).
 * A file that is not such a list, or names an entity twice, is refused as a whole —
 * half a decision must never be applied.
 */

const KEY = 'recordsOffice.decision';
/** Enough to show what is wrong with a broken file without flooding the dialog. */
const MAX_ISSUES = 20;

type Entry = ParsedDecisionList['entries'][number];

const issue = (
  path: string,
  message: string,
  params?: Record<string, string | number>,
): ValidationIssue => ({ path, message: `${KEY}.${message}`, params });

const inNsesss = (element: XmlElement) => element.namespace === NSESSS_NAMESPACE;

export function parseDecisionXml(text: string): Validated<ParsedDecisionList> {
  const parsed = parseXml(text);
  if (!parsed.ok) return { ok: false, issues: [issue('', 'notXml', { line: parsed.error.line })] };
  const root = parsed.root;
  if (root.name !== 'Seznam' || !inNsesss(root))
    return { ok: false, issues: [issue(root.path, 'notList', { element: root.name })] };

  const issues: ValidationIssue[] = [];
  const required = (name: string): string => {
    const value = root.attributes[name]?.trim() ?? '';
    if (!value) issues.push(issue(`${root.path}/@${name}`, 'missingIdentifier', { name }));
    return value;
  };
  const optional = (name: string) => root.attributes[name]?.trim() || null;

  const listId = required('ID');
  const archiveId = required('identifikatorArchivu');
  const originatorId = required('identifikatorPuvodce');
  const created = required('datumVytvoreni');
  const createdAt = created ? parseOfficeDateTime(created) : null;
  if (created && !createdAt)
    issues.push(issue(`${root.path}/@datumVytvoreni`, 'badDate', { value: created }));

  const entries: Entry[] = [];
  const seen = new Set<string>();
  for (const child of root.children) {
    if (child.name !== 'EntitaSeznamu' || !inNsesss(child)) {
      issues.push(issue(child.path, 'unexpectedElement', { element: child.name }));
      continue;
    }
    const entry = readEntry(child, issues);
    if (!entry) continue;
    if (seen.has(entry.identifier)) {
      issues.push(issue(child.path, 'duplicateEntity', { identifier: entry.identifier }));
      continue;
    }
    seen.add(entry.identifier);
    entries.push(entry);
  }
  if (root.children.length === 0) issues.push(issue(root.path, 'emptyList'));

  if (issues.length > 0 || !createdAt) return { ok: false, issues: issues.slice(0, MAX_ISSUES) };
  return {
    ok: true,
    value: {
      listId,
      archiveId,
      originatorId,
      procedureId: optional('identifikatorSkartacnihoRizeni'),
      takeoverId: optional('identifikatorPrejimky'),
      createdAt: createdAt.toISOString(),
      entries,
    },
  };
}

/** One EntitaSeznamu: Identifikator, then Operace or IdentifikatorDA. */
function readEntry(element: XmlElement, issues: ValidationIssue[]): Entry | null {
  const [identifierElement, actionElement, ...rest] = element.children;
  const identifier = identifierElement?.text.trim() ?? '';
  const source = identifierElement?.attributes.zdroj?.trim() ?? '';
  if (identifierElement?.name !== 'Identifikator' || !inNsesss(identifierElement) || !identifier) {
    issues.push(issue(element.path, 'entityWithoutIdentifier'));
    return null;
  }
  if (!source) {
    issues.push(issue(identifierElement.path, 'missingIdentifier', { name: 'zdroj' }));
    return null;
  }
  const extra = rest[0];
  if (extra) {
    issues.push(issue(extra.path, 'unexpectedElement', { element: extra.name }));
    return null;
  }
  if (actionElement?.name === 'Operace' && inNsesss(actionElement)) {
    const text = actionElement.text.trim();
    const operation = disposalDecisionFromNsesss(text);
    if (!operation) {
      issues.push(issue(actionElement.path, 'unknownOperation', { operation: text, identifier }));
      return null;
    }
    return { identifier, source, operation, archiveIdentifier: null };
  }
  if (actionElement?.name === 'IdentifikatorDA' && inNsesss(actionElement)) {
    const archiveIdentifier = actionElement.text.trim();
    if (!archiveIdentifier) {
      issues.push(issue(actionElement.path, 'missingIdentifier', { name: 'IdentifikatorDA' }));
      return null;
    }
    return { identifier, source, operation: null, archiveIdentifier };
  }
  issues.push(issue(element.path, 'missingOperation', { identifier }));
  return null;
}

/**
 * Writes a list as the archive would send it — for tests, and for the demo, where
 * there is no archive and the user plays its part.
 */
export function writeDecisionXml(list: ParsedDecisionList): string {
  if (list.entries.length === 0) throw new RangeError('a decision list names at least one entity');
  const attributes: Record<string, string> = {
    xmlns: NSESSS_NAMESPACE,
    ID: toXmlId(list.listId),
    identifikatorArchivu: list.archiveId,
    identifikatorPuvodce: list.originatorId,
  };
  if (list.procedureId) attributes.identifikatorSkartacnihoRizeni = list.procedureId;
  if (list.takeoverId) attributes.identifikatorPrejimky = list.takeoverId;
  attributes.datumVytvoreni = xsDateTime(list.createdAt);

  const entities = list.entries.map((entry) => {
    let action;
    if (entry.operation) action = el('Operace', disposalOperations[entry.operation]);
    else if (entry.archiveIdentifier)
      action = el('IdentifikatorDA', entry.archiveIdentifier, { zdroj: list.archiveId });
    else throw new RangeError(`entity ${entry.identifier} has neither an operation nor an id`);
    return el('EntitaSeznamu', [
      el('Identifikator', entry.identifier, { zdroj: entry.source }),
      action,
    ]);
  });
  return buildXml(xmlSafeTree(el('Seznam', entities, attributes)));
}
