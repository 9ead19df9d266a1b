import { settlementMethods, type Settlement } from '../../domain/settlement';
import type { XmlNode } from '../xml';
import { dateElement, identifierElement, nsEl } from './elements';
import { internalPersons } from './subjects';
import type { SipOrganization } from './types';

/**
 * Vyřízení of a document (tVyrizeniEntity). The links to the settling document and
 * to the documents this one settles need the other document's file mark, so they are
 * written only for documents whose mark the package knows.
 */

/** The schema allows at most two links (OdkazVyrizujiciDokument / OdkazVyrizovanyDokument). */
const MAX_LINKS = 2;

export interface SettlementLinks {
  settlingPid: string | null;
  settles: readonly string[];
  /** File marks of documents the package can refer to, by PID. */
  marks: ReadonlyMap<string, string>;
}

function link(local: string, pid: string, fileMark: string, source: string): XmlNode {
  return nsEl(local, [
    nsEl('PlneUrcenySpisovyZnak', fileMark),
    identifierElement('Identifikator', { value: pid, source }),
  ]);
}

export function settlementElement(
  settlement: Settlement,
  links: SettlementLinks,
  organization: SipOrganization,
): XmlNode {
  const source = organization.pidPrefix;
  const candidates: Array<[string, string]> = [
    ...(links.settlingPid
      ? [['OdkazVyrizujiciDokument', links.settlingPid] as [string, string]]
      : []),
    ...links.settles.map((pid): [string, string] => ['OdkazVyrizovanyDokument', pid]),
  ];
  const linkElements = candidates
    .filter(([, pid]) => links.marks.has(pid))
    .slice(0, MAX_LINKS)
    .map(([local, pid]) => link(local, pid, links.marks.get(pid) ?? '', source));
  // The archive requires content for "jiný způsob"; the reason is what the clerk wrote.
  const content = settlement.content ?? (settlement.method === 'other' ? settlement.reason : null);
  return nsEl('Vyrizeni', [
    dateElement('Datum', settlement.date, false),
    nsEl('Zpusob', settlementMethods[settlement.method]),
    content ? nsEl('ObsahVyrizeni', content) : null,
    settlement.reason ? nsEl('Oduvodneni', settlement.reason) : null,
    internalPersons('Zpracovatel', settlement.settledBy, organization),
    ...linkElements,
  ]);
}
