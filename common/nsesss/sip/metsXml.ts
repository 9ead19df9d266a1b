import type { TxLogEntry } from '../../domain/transactionLog';
import { NSESSS_NAMESPACE, XSI_NAMESPACE } from '../namespaces';
import { xmlSafeTree } from '../text';
import { objectLogSpan, TRP_NAMESPACE, trpObjectLogElement } from '../trpElements';
import { buildXml, el, type XmlNode } from '../xml';
import { xsDateTime } from '../xsDate';
import { NSESSS_PREFIX } from './elements';
import { buildSipMetadata } from './metadata';
import { componentFileName } from './packageNames';
import { SipIds, walk, type SipNode } from './structure';
import { NOT_RECORDED } from './subjects';
import {
  sipPurposes,
  type SipComponent,
  type SipContext,
  type SipEntity,
  type SipPurpose,
} from './types';

/**
 * mets.xml of a SIP package (NSESSS 2023, příloha 2/3): the NSESSS description in one
 * dmdSec, the transaction log of every entity from the file plan down to each
 * component in its own amdSec, the component files with their SHA-256 checksums, and
 * the structure map that ties each entity to its description, its log and its file.
 */

export const METS_NAMESPACE = 'http://www.loc.gov/METS/';
export const XLINK_NAMESPACE = 'http://www.w3.org/1999/xlink';
/** Where the component files lie, relative to mets.xml. */
export const COMPONENTS_FOLDER = 'komponenty';

/** The schema locations the archive's validator expects on the root, verbatim. */
const SCHEMA_LOCATION = [
  'http://www.loc.gov/METS/ http://www.loc.gov/standards/mets/mets.xsd',
  'http://www.mvcr.cz/nsesss/v4 https://www.mvcr.cz/nsesss/v4/nsesss.xsd',
  'http://www.mvcr.cz/nsesss/2023/log https://www.mvcr.cz/nsesss/v4/nsesss-TrP.xsd',
].join(' ');
/** The NSESSS and TrP schemas' version, stated in each mdWrap. */
const MD_VERSION = '4.0';
const TRP_PREFIX = 'tp';

export interface SipMets {
  xml: string;
  /** The base entity's identifier (PID or case-file id). */
  identifier: string;
  /** Each component and its path in the package, relative to mets.xml. */
  files: Array<{ component: SipComponent; path: string }>;
}

const m = (local: string) => `mets:${local}`;

function logKey(entityType: string, entityId: string): string {
  return `${entityType}\u0000${entityId}`;
}

function header(context: SipContext): XmlNode {
  const created = xsDateTime(context.createdAt);
  return el(
    m('metsHdr'),
    [
      el(m('agent'), [el(m('name'), context.organization.name)], {
        ID: 'agent-organizace',
        ROLE: 'CREATOR',
        TYPE: 'ORGANIZATION',
      }),
      el(m('agent'), [el(m('name'), context.createdBy.trim() || NOT_RECORDED)], {
        ID: 'agent-osoba',
        ROLE: 'CREATOR',
        TYPE: 'INDIVIDUAL',
      }),
    ],
    { CREATEDATE: created, LASTMODDATE: created },
  );
}

function wrap(otherType: string, content: XmlNode): XmlNode {
  return el(m('mdWrap'), [el(m('xmlData'), [content])], {
    MDTYPE: 'OTHER',
    OTHERMDTYPE: otherType,
    MDTYPEVERSION: MD_VERSION,
    MIMETYPE: 'text/xml',
  });
}

export function writeSipMets(
  entity: SipEntity,
  log: readonly TxLogEntry[],
  context: SipContext,
  purpose: SipPurpose,
): SipMets {
  const ids = new SipIds();
  const metadata = buildSipMetadata(entity, context.organization, ids);
  const nodes = [...walk(metadata.structure)];

  const entriesByObject = new Map<string, TxLogEntry[]>();
  for (const entry of log) {
    const key = logKey(entry.entityType, entry.entityId);
    const entries = entriesByObject.get(key);
    if (entries) entries.push(entry);
    else entriesByObject.set(key, [entry]);
  }

  const admIds = new Map<SipNode, string>();
  const amdSecs = nodes.map((node) => {
    const admId = ids.next('amd');
    admIds.set(node, admId);
    const entries = node.log
      ? (entriesByObject.get(logKey(node.log.entityType, node.log.entityId)) ?? [])
      : [];
    const trp = trpObjectLogElement(
      TRP_PREFIX,
      entries,
      { typeId: node.objectType, identifier: node.identifier },
      {
        createdAt: context.createdAt,
        ...objectLogSpan(entries, context.createdAt),
        systemName: context.systemName,
        source: context.organization.pidPrefix,
        subject: `${node.objectType}:${node.identifier.value}`,
      },
    );
    return el(m('amdSec'), [el(m('digiprovMD'), [wrap('TP', trp)], { ID: ids.next('digiprov') })], {
      ID: admId,
    });
  });

  const taken = new Set<string>();
  const fileIds = new Map<SipNode, string>();
  const files: SipMets['files'] = [];
  const fileElements = nodes.flatMap((node) => {
    if (!node.component) return [];
    const component = node.component;
    const path = `${COMPONENTS_FOLDER}/${componentFileName(component.name, taken)}`;
    const fileId = ids.next('soubor');
    fileIds.set(node, fileId);
    files.push({ component, path });
    return [
      el(
        m('file'),
        [el(m('FLocat'), [], { LOCTYPE: 'URL', 'xlink:type': 'simple', 'xlink:href': path })],
        {
          ID: fileId,
          DMDID: node.xmlId,
          MIMETYPE: component.mime || 'application/octet-stream',
          SIZE: String(component.size),
          CREATED: xsDateTime(component.addedAt),
          CHECKSUM: component.sha256,
          CHECKSUMTYPE: 'SHA-256',
        },
      ),
    ];
  });

  const div = (node: SipNode): XmlNode => {
    const fileId = fileIds.get(node);
    return el(
      m('div'),
      [...(fileId ? [el(m('fptr'), [], { FILEID: fileId })] : []), ...node.children.map(div)],
      { TYPE: node.divType, DMDID: node.xmlId, ADMID: admIds.get(node) ?? '' },
    );
  };

  const root = el(
    m('mets'),
    [
      header(context),
      el(m('dmdSec'), [wrap('NSESSS', metadata.element)], { ID: 'dmd-nsesss' }),
      ...amdSecs,
      fileElements.length > 0 && el(m('fileSec'), [el(m('fileGrp'), fileElements)]),
      el(m('structMap'), [div(metadata.structure)]),
    ],
    {
      'xmlns:mets': METS_NAMESPACE,
      [`xmlns:${NSESSS_PREFIX}`]: NSESSS_NAMESPACE,
      [`xmlns:${TRP_PREFIX}`]: TRP_NAMESPACE,
      'xmlns:xlink': XLINK_NAMESPACE,
      'xmlns:xsi': XSI_NAMESPACE,
      'xsi:schemaLocation': SCHEMA_LOCATION,
      OBJID: metadata.identifier,
      LABEL: sipPurposes[purpose],
    },
  );
  return { xml: buildXml(xmlSafeTree(root)), identifier: metadata.identifier, files };
}
