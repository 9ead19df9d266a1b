import { NSESSS_NAMESPACE } from '../namespaces';
import { clip } from '../text';
import { el, type XmlNode } from '../xml';
import { xsDate, xsDateTime } from '../xsDate';

/**
 * Small builders of NSESSS elements. Every element is written with the `nsesss`
 * prefix, so the same tree stands alone (the root declares the prefix) and inside
 * METS (where `mets:mets` declares it), as the archive's examples do.
 */

export const NSESSS_PREFIX = 'nsesss';
export const nsesssDeclaration = { [`xmlns:${NSESSS_PREFIX}`]: NSESSS_NAMESPACE };

type Content = Parameters<typeof el>[1];

export function nsEl(
  local: string,
  content?: Content,
  attributes?: Record<string, string>,
): XmlNode {
  return el(`${NSESSS_PREFIX}:${local}`, content, attributes);
}

/** An optional element: absent when there is no value. */
export function nsOptional(local: string, value: string | null | undefined): XmlNode | null {
  return value ? nsEl(local, value) : null;
}

/** tIdentifikatorHodnota is at most 50 characters. */
export const IDENTIFIER_MAX = 50;

export interface Identifier {
  value: string;
  source: string;
}

/** tIdentifikator: the value with its source in `zdroj`. */
export function identifierElement(local: string, id: Identifier): XmlNode {
  return nsEl(local, clip(id.value, IDENTIFIER_MAX), { zdroj: id.source });
}

/**
 * tDatum: the day in office time; with `datum` holding the instant when one is known
 * (the archive checks that both name the same day, so both come from one instant).
 */
export function dateElement(local: string, value: string, exact: boolean): XmlNode {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : xsDate(value);
  return exact && value !== day ? nsEl(local, day, { datum: xsDateTime(value) }) : nsEl(local, day);
}

export const yesNo = (value: boolean) => (value ? 'ano' : 'ne');
