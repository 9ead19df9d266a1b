import type { XmlNode } from './xml';

/**
 * Values taken from stored records on their way into XML. A record registered years
 * ago may hold a stray control character (pasted from a word processor) that XML
 * cannot carry; an archive export must not fail on it, so such characters are dropped
 * here rather than refused by the serialiser.
 */

const FORBIDDEN_CHARS =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(value: string): string {
  return value.replace(FORBIDDEN_CHARS, '');
}

/** The whole tree with every text and attribute made XML-safe. */
export function xmlSafeTree(node: XmlNode): XmlNode {
  const attributes = node.attributes
    ? Object.fromEntries(Object.entries(node.attributes).map(([k, v]) => [k, xmlSafe(v)]))
    : undefined;
  if (node.text !== undefined) return { name: node.name, text: xmlSafe(node.text), attributes };
  return {
    name: node.name,
    attributes,
    children: (node.children ?? [])
      .filter((child): child is XmlNode => Boolean(child))
      .map(xmlSafeTree),
  };
}

/**
 * Cuts a value to a schema's maxLength (counted in characters, as XML Schema does —
 * not UTF-16 units), keeping whole characters.
 */
export function clip(value: string, max: number): string {
  const chars = Array.from(value);
  return chars.length <= max ? value : chars.slice(0, max).join('');
}
