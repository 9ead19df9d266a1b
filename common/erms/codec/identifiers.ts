import { el, type XmlElement, type XmlNode } from '../../nsesss/xml';
import type { Authorization, EsslId, OperationStatus, Route } from '../model';
import { boundedText, Children, InvalidMessage, requiredAttribute } from './reader';
import { cutOptional, exact, limits, readDateTime, writeDateTime } from './values';

/** tIdentifikator, tAutorizace, tOperaceStatus, gZdrojCil and the tId… wrappers. */

/** tIdentifikator: HodnotaID + ZdrojID. */
export function writeId(name: string, id: EsslId): XmlNode {
  return el(name, [
    el('HodnotaID', exact(id.value, 1, limits.idValue, `${name}/HodnotaID`)),
    el('ZdrojID', exact(id.source, 1, limits.system, `${name}/ZdrojID`)),
  ]);
}

export function readId(element: XmlElement): EsslId {
  const c = new Children(element, ['HodnotaID', 'ZdrojID']);
  return {
    value: boundedText(c.one('HodnotaID'), limits.idValue, 1),
    source: boundedText(c.one('ZdrojID'), limits.system, 1),
  };
}

/** tIdDokument / tIdSpisu / tIdTypovehoSpisu / tFileId: Identifikator (+ DoplnujiciData). */
export function writeIdWrapper(name: string, id: EsslId): XmlNode {
  return el(name, [writeId('Identifikator', id)]);
}

export function readIdWrapper(element: XmlElement): EsslId {
  const c = new Children(element, ['Identifikator', 'DoplnujiciData']);
  return readId(c.one('Identifikator'));
}

/** tAutorizace: provedlKdo + provedlKdy. */
export function writeAuth(auth: Authorization, name = 'Autorizace'): XmlNode {
  return el(name, [
    el('provedlKdo', exact(auth.user, 1, limits.user, 'provedlKdo')),
    el('provedlKdy', writeDateTime(auth.at, 'provedlKdy')),
  ]);
}

export function readAuth(element: XmlElement): Authorization {
  const c = new Children(element, ['provedlKdo', 'provedlKdy']);
  return {
    user: boundedText(c.one('provedlKdo'), limits.user, 1),
    at: readDateTime(c.text('provedlKdy'), `${element.path}/provedlKdy`),
  };
}

/** tOperaceStatus: Kod (≤ 8) + Popis (≤ 255, cut). */
export function writeStatus(status: OperationStatus, name = 'OperaceStatus'): XmlNode {
  return el(name, [
    el('Kod', exact(status.code, 0, limits.statusCode, 'OperaceStatus/Kod')),
    writeOptionalText('Popis', status.description, limits.description),
  ]);
}

export function readStatus(element: XmlElement): OperationStatus {
  const c = new Children(element, ['Kod', 'Popis']);
  const popis = c.opt('Popis');
  const code = boundedText(c.one('Kod'), limits.statusCode).trim();
  if (code === '') throw new InvalidMessage(`${element.path}/Kod: empty`);
  return { code, description: popis ? boundedText(popis, limits.description) : null };
}

/** gZdrojCil attributes. */
export function routeAttributes(route: Route): Record<string, string> {
  return {
    Zdroj: exact(route.source, 1, limits.system, 'Zdroj'),
    Cil: exact(route.target, 1, limits.system, 'Cil'),
  };
}

export function readRoute(element: XmlElement): Route {
  const source = requiredAttribute(element, 'Zdroj');
  const target = requiredAttribute(element, 'Cil');
  for (const [name, value] of [
    ['Zdroj', source],
    ['Cil', target],
  ] as const) {
    const length = Array.from(value).length;
    if (length < 1 || length > limits.system)
      throw new InvalidMessage(
        `${element.path}/@${name}: ${length} characters, allowed 1–${limits.system}`,
      );
  }
  return { source, target };
}

/** An optional text element, cut to its limit; omitted when null or empty. */
export function writeOptionalText(
  name: string,
  value: string | null | undefined,
  max: number,
): XmlNode | null {
  const text = cutOptional(value, max);
  return text === null ? null : el(name, text);
}
