import { xmlSafeTree } from '../text';
import { buildXml, type XmlNode } from '../xml';
import { classificationParts } from './classification';
import { caseFileEntity } from './caseFileMetadata';
import { nsesssDeclaration } from './elements';
import { documentEntity, documentIsAnalog } from './documentMetadata';
import { SipIds, type SipNode } from './structure';
import type { SipEntity, SipOrganization } from './types';

/**
 * The NSESSS description of one package's base entity — a case file (Spis) with its
 * documents, or a stand-alone document (Dokument) — with the file plan above it, and
 * the tree of its entities for METS.
 */

export interface SipMetadata {
  /** nsesss:Spis or nsesss:Dokument; declares no namespace (its container does). */
  element: XmlNode;
  /** From the file plan down to the components. */
  structure: SipNode;
  /** The base entity's identifier (its PID or case-file id). */
  identifier: string;
}

/** File marks of every document the entity holds or points to, for settlement links. */
function knownMarks(entity: SipEntity): Map<string, string> {
  const documents = entity.kind === 'caseFile' ? entity.documents : [entity.document];
  return new Map(documents.map(({ document }) => [document.pid, document.fileMark]));
}

export function buildSipMetadata(
  entity: SipEntity,
  organization: SipOrganization,
  ids: SipIds = new SipIds(),
): SipMetadata {
  const analog =
    entity.kind === 'caseFile'
      ? entity.documents.some(documentIsAnalog)
      : documentIsAnalog(entity.document);
  const classification = classificationParts(entity.classification, analog, organization, ids);
  const marks = new Map([...Object.entries(entity.relatedMarks ?? {}), ...knownMarks(entity)]);
  const build = {
    organization,
    ids,
    marks,
    simpleMarkOf: classification.simpleMarkOf,
    mother: classification.element,
  };
  const built =
    entity.kind === 'caseFile'
      ? caseFileEntity(entity, build)
      : documentEntity(entity.document, { ...build, caseFile: null });
  classification.leaf.children.push(built.node);
  return {
    element: built.element,
    structure: classification.root,
    identifier: built.node.identifier.value,
  };
}

/** The metadata alone, as an XML document valid against nsesss.xsd. */
export function writeSipMetadataXml(entity: SipEntity, organization: SipOrganization): string {
  const { element } = buildSipMetadata(entity, organization);
  const root: XmlNode = {
    ...element,
    attributes: { ...nsesssDeclaration, ...element.attributes },
  };
  return buildXml(xmlSafeTree(root));
}
