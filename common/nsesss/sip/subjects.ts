import type { FilePlanVersion } from '../../domain/filePlan';
import type { Party } from '../../domain/party';
import { clip } from '../text';
import type { XmlNode } from '../xml';
import { identifierElement, nsEl } from './elements';
import type { SipOrganization } from './types';

/**
 * People and organisations (tSubjektInterni, tSubjektExterni). The records keep a
 * person's name only; where the schema requires a detail nobody recorded, it says
 * so ("neuvedeno") rather than inventing one.
 */

export const NOT_RECORDED = 'neuvedeno';
/** tText (work unit, position, electronic contact) is at most 100 characters. */
const TEXT_MAX = 100;
/** The identifier source the archive checks as an IČO (8 digits with a check digit). */
const ICO_SOURCE = 'IČO';

const text = (value: string | null | undefined) => clip(value?.trim() || NOT_RECORDED, TEXT_MAX);

function organizationId(organization: SipOrganization): XmlNode {
  return identifierElement('IdentifikatorOrganizace', {
    value: organization.ico,
    source: ICO_SOURCE,
  });
}

/** One of the office's own people (zpracovatel, autor, …). */
export function internalSubject(name: string, organization: SipOrganization): XmlNode {
  const person = name.trim() || NOT_RECORDED;
  return nsEl('Subjekt', [
    organizationId(organization),
    nsEl('NazevOrganizace', organization.name),
    // Users have no identifier beyond their name in this office's records.
    identifierElement('IdentifikatorFyzickeOsoby', {
      value: person,
      source: organization.pidPrefix,
    }),
    nsEl('NazevFyzickeOsoby', person),
    nsEl('OrganizacniUtvar', NOT_RECORDED),
    nsEl('PracovniPozice', NOT_RECORDED),
    nsEl('SidloOrganizace', organization.address || NOT_RECORDED),
  ]);
}

/** tOsobyInterni / tOsobaInterni: the wrapper element with one person in it. */
export function internalPersons(local: string, name: string, organization: SipOrganization) {
  return nsEl(local, [internalSubject(name, organization)]);
}

function addressText(party: Party): string {
  const address = party.address;
  if (!address) return NOT_RECORDED;
  const town = [address.postalCode, address.city].filter(Boolean).join(' ');
  return [address.street, town, address.country].filter(Boolean).join(', ') || NOT_RECORDED;
}

function contactText(dataBoxId: string | null | undefined): string {
  return dataBoxId ? `datová schránka ${dataBoxId}` : NOT_RECORDED;
}

/** A sender or addressee. */
export function externalSubject(party: Party, organization: SipOrganization): XmlNode {
  if (party.kind === 'person') {
    return nsEl('Subjekt', [
      nsEl('NazevFyzickeOsoby', party.name),
      nsEl('PostovniAdresa', addressText(party)),
      nsEl('ElektronickyKontakt', text(contactText(party.dataBoxId))),
    ]);
  }
  // The schema requires an identifier of the organisation: its IČO, else its data box.
  const id = party.ico
    ? { value: party.ico, source: ICO_SOURCE }
    : party.dataBoxId
      ? { value: party.dataBoxId, source: 'ISDS' }
      : { value: '', source: organization.pidPrefix };
  return nsEl('Subjekt', [
    identifierElement('IdentifikatorOrganizace', id),
    nsEl('NazevOrganizace', party.name),
    nsEl('SidloOrganizace', addressText(party)),
    party.dataBoxId ? nsEl('ElektronickyKontakt', text(contactText(party.dataBoxId))) : null,
  ]);
}

/** The office itself as an outside party (the issuer of its file plan). */
export function organizationSubject(organization: SipOrganization): XmlNode {
  return nsEl('Subjekt', [
    organizationId(organization),
    nsEl('NazevOrganizace', organization.name),
    nsEl('SidloOrganizace', organization.address || NOT_RECORDED),
    organization.dataBoxId
      ? nsEl('ElektronickyKontakt', text(contactText(organization.dataBoxId)))
      : null,
  ]);
}

/** The issuer of a file plan: as the plan named it, else the office (plans kept before that). */
export function planIssuerSubject(plan: FilePlanVersion, organization: SipOrganization): XmlNode {
  const details = plan.issuerDetails;
  if (!details) return organizationSubject(organization);
  return nsEl('Subjekt', [
    identifierElement('IdentifikatorOrganizace', {
      value: details.identifier,
      source: details.identifierSource,
    }),
    nsEl('NazevOrganizace', plan.issuer || organization.name),
    nsEl('SidloOrganizace', details.address || NOT_RECORDED),
  ]);
}
