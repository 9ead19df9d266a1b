import { el, type XmlElement, type XmlNode } from '../../nsesss/xml';
import type { FileContent, FileLink } from '../model';
import { readId, writeId } from './identifiers';
import { Children, InvalidMessage, requiredAttribute, textOf } from './reader';
import { readBase64, readEnum, writeBase64 } from './values';

/** tFile (content), tFileLink (reference with role and name) and tFileLinksArray. */

const META_TYPES = [
  'main',
  'enclosure',
  'signature',
  'meta',
  'dorucenka',
  'protokol_overeni_podpisu',
  'obalka',
] as const;
const MODEL_ROLES = ['main', 'enclosure', 'signature', 'meta'] as const;

export function writeFile(name: string, file: FileContent): XmlNode {
  return el(
    name,
    [
      el('dmEncodedContent', writeBase64(file.base64, `${name}/dmEncodedContent`)),
      writeId('Identifikator', file.id),
    ],
    { dmMimeType: file.mime, dmFileDescr: file.name },
  );
}

export function readFile(element: XmlElement): FileContent {
  const c = new Children(element, ['dmEncodedContent', 'Identifikator']);
  return {
    id: readId(c.one('Identifikator')),
    mime: requiredAttribute(element, 'dmMimeType'),
    name: requiredAttribute(element, 'dmFileDescr'),
    base64: readBase64(textOf(c.one('dmEncodedContent')), `${element.path}/dmEncodedContent`),
  };
}

export function writeFileLink(name: string, link: FileLink): XmlNode {
  return el(name, [writeId('Identifikator', link.id)], {
    dmFileMetaType: link.role,
    dmFileDescr: link.name,
  });
}

/**
 * The model's roles are main/enclosure/signature/meta; the schema's delivery-specific
 * roles (dorucenka, protokol_overeni_podpisu, obalka) are read as `meta`.
 */
export function readFileLink(element: XmlElement): FileLink {
  const c = new Children(element, ['Identifikator', 'WsUrl']);
  const metaType = readEnum(
    requiredAttribute(element, 'dmFileMetaType'),
    META_TYPES,
    `${element.path}/@dmFileMetaType`,
  );
  return {
    id: readId(c.one('Identifikator')),
    role: MODEL_ROLES.find((role) => role === metaType) ?? 'meta',
    name: requiredAttribute(element, 'dmFileDescr'),
  };
}

/** tFileLinksArray: one dmFileLink or more; omitted for no files. */
export function writeFileLinks(name: string, files: ReadonlyArray<FileLink>): XmlNode | null {
  if (files.length === 0) return null;
  return el(
    name,
    files.map((file) => writeFileLink('dmFileLink', file)),
  );
}

export function readFileLinks(element: XmlElement | null): FileLink[] {
  if (!element) return [];
  const links = new Children(element, ['dmFileLink']).many('dmFileLink', 1);
  if (links.length === 0) throw new InvalidMessage(`${element.path}: no dmFileLink`);
  return links.map(readFileLink);
}
