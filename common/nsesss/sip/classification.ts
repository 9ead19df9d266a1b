import type { CaseFileMode, FilePlanGroup } from '../../domain/filePlan';
import type { XmlNode } from '../xml';
import { dateElement, identifierElement, nsEl, yesNo } from './elements';
import { retentionRuleElement } from './retention';
import type { SipIds, SipNode } from './structure';
import { planIssuerSubject } from './subjects';
import type { SipClassification, SipOrganization } from './types';

/**
 * The file plan above an entity: the plan (SpisovyPlan) and the chain of subject
 * groups (VecnaSkupina) down to the one the entity is classified in. NSESSS nests
 * them the other way round — each group names its mother entity inside its Trideni —
 * so the element is built from the top down and wrapped, while the METS structure
 * runs from the plan to the entity.
 */

const zpusobVedeni: Record<CaseFileMode, string> = {
  collectionSheet: 'SbernyArch',
  linking: 'Priorace',
};

export interface ClassificationParts {
  /** The lowest group, holding its ancestors and the plan (for MaterskaEntita). */
  element: XmlNode;
  /** The plan's node; the entity's node goes under `leaf`. */
  root: SipNode;
  leaf: SipNode;
  /** JednoduchySpisovyZnak of an entity with this fully qualified mark. */
  simpleMarkOf: (fileMark: string) => string;
}

function planElement(
  classification: SipClassification,
  organization: SipOrganization,
  xmlId: string,
): XmlNode {
  const { plan } = classification;
  return nsEl(
    'SpisovyPlan',
    [
      identifierElement('Identifikator', {
        value: plan.identifier,
        source: plan.identifierSource,
      }),
      nsEl('Nazev', plan.title),
      plan.comment ? nsEl('Komentar', plan.comment) : null,
      nsEl('Manipulace', [
        dateElement('DatumOtevreni', plan.validFrom, false),
        plan.validTo ? dateElement('DatumUzavreni', plan.validTo, false) : null,
      ]),
      nsEl('Vydavatel', [planIssuerSubject(plan, organization)]),
    ],
    { ID: xmlId },
  );
}

function groupElement(
  group: FilePlanGroup,
  mother: XmlNode,
  motherIsPlan: boolean,
  analog: boolean,
  organization: SipOrganization,
  xmlId: string,
): XmlNode {
  return nsEl(
    'VecnaSkupina',
    [
      nsEl('EvidencniUdaje', [
        nsEl('Identifikace', [
          identifierElement('Identifikator', { value: group.id, source: organization.pidPrefix }),
        ]),
        nsEl('Popis', [nsEl('Nazev', group.title)]),
        nsEl('Puvod', [dateElement('DatumVytvoreni', group.validFrom, false)]),
        nsEl('Trideni', [
          nsEl('JednoduchySpisovyZnak', group.simpleMark),
          nsEl('PlneUrcenySpisovyZnak', group.fileMark),
          motherIsPlan ? mother : nsEl('MaterskaEntita', [mother]),
        ]),
        nsEl('Vyrazovani', [
          group.retention &&
            retentionRuleElement(group.retention, group.fileMark, organization.pidPrefix),
        ]),
        nsEl('Manipulace', [
          nsEl('AnalogovyDokument', yesNo(analog)),
          dateElement('DatumOtevreni', group.validFrom, false),
          group.validTo ? dateElement('DatumUzavreni', group.validTo, false) : null,
        ]),
        group.caseFileMode ? nsEl('ZpusobVedeni', zpusobVedeni[group.caseFileMode]) : null,
      ]),
    ],
    { ID: xmlId },
  );
}

/**
 * `analog`: whether the entity below is on paper — the archive asks that every
 * mother entity of a paper document says so too.
 */
export function classificationParts(
  classification: SipClassification,
  analog: boolean,
  organization: SipOrganization,
  ids: SipIds,
): ClassificationParts {
  const { plan, groups } = classification;
  const leafGroup = groups.at(-1);
  if (!leafGroup) throw new RangeError('an entity is classified in at least one group');

  const planId = ids.next('plan');
  const root: SipNode = {
    divType: 'spisový plán',
    xmlId: planId,
    identifier: { value: plan.identifier, source: plan.identifierSource },
    objectType: 'SpisovyPlan',
    log: { entityType: 'filePlan', entityId: plan.id },
    component: null,
    children: [],
  };
  let element = planElement(classification, organization, planId);
  let parent = root;
  groups.forEach((group, index) => {
    const xmlId = ids.next('skupina');
    element = groupElement(group, element, index === 0, analog, organization, xmlId);
    const node: SipNode = {
      divType: 'věcná skupina',
      xmlId,
      identifier: { value: group.id, source: organization.pidPrefix },
      objectType: 'VecnaSkupina',
      log: { entityType: 'filePlan', entityId: group.id },
      component: null,
      children: [],
    };
    parent.children.push(node);
    parent = node;
  });
  // A record carries the group's full mark; its simple mark is the group's, or — for a
  // mark the chain does not end in — the mark's last part.
  const simpleMarkOf = (fileMark: string) =>
    fileMark === leafGroup.fileMark
      ? leafGroup.simpleMark
      : (fileMark.split(/[./]/).at(-1) ?? fileMark);
  return { element, root, leaf: parent, simpleMarkOf };
}
