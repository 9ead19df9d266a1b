import { buildXml, parseXml, type XmlNode } from '../../nsesss/xml';
import { ISDS_NS } from './types';

/**
 * dmXMLContent (a file sent as XML inside the message, `xs:any processContents="skip"`).
 * Its content is kept as XML text, byte for byte as ISDS sent it, rather than
 * re-serialised from the parsed tree: the tree keeps no order between text and child
 * elements, which would scramble mixed content (XHTML-like documents). So the decoder
 * cuts each dmXMLContent's inner text out of the (already parsed, hence well-formed)
 * source, and adds the namespace declarations it inherited from the envelope, so that
 * the content reads the same standing alone. The encoder puts such text back in place.
 */

const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<(\/?)([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

interface OpenTag {
  name: string;
  scope: ReadonlyMap<string, string>;
  /** Where the inner content of a dmXMLContent starts (else -1). */
  contentStart: number;
}

function declarations(
  attributes: string,
  scope: ReadonlyMap<string, string>,
): ReadonlyMap<string, string> {
  if (!attributes.includes('xmlns')) return scope;
  let bindings: Map<string, string> | null = null;
  for (const match of attributes.matchAll(ATTRIBUTE)) {
    const name = match[1] ?? '';
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
    bindings ??= new Map(scope);
    bindings.set(name === 'xmlns' ? '' : name.slice(6), unescape(match[2] ?? match[3] ?? ''));
  }
  return bindings ?? scope;
}

function unescape(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/**
 * The inner XML of every ISDS dmXMLContent in `source`, in document order. `source`
 * must have passed `parseXml` (so it is well-formed and has no DTD).
 */
export function xmlContentFragments(text: string): string[] {
  if (!text.includes('dmXMLContent')) return [];
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const fragments: string[] = [];
  const stack: OpenTag[] = [];
  let scope: ReadonlyMap<string, string> = new Map();
  for (const match of source.matchAll(TOKEN)) {
    const name = match[2];
    if (name === undefined) continue;
    if (match[1] === '/') {
      const open = stack.pop();
      if (open && open.contentStart >= 0) {
        const inner = source.slice(open.contentStart, match.index);
        fragments.push(withInheritedNamespaces(inner.trim(), open.scope));
      }
      scope = stack.at(-1)?.scope ?? new Map();
      continue;
    }
    const tagScope = declarations(match[3] ?? '', scope);
    const colon = name.indexOf(':');
    const local = colon < 0 ? name : name.slice(colon + 1);
    const isContent =
      local === 'dmXMLContent' &&
      tagScope.get(colon < 0 ? '' : name.slice(0, colon)) === ISDS_NS &&
      !stack.some((open) => open.contentStart >= 0);
    if (match[4] === '/') {
      if (isContent) fragments.push('');
      continue;
    }
    stack.push({
      name,
      scope: tagScope,
      contentStart: isContent ? match.index + match[0].length : -1,
    });
    scope = tagScope;
  }
  return fragments;
}

/** Adds to each top-level start tag of `fragment` the bindings from outside it that it uses. */
function withInheritedNamespaces(fragment: string, outer: ReadonlyMap<string, string>): string {
  if (!fragment.includes('<')) return fragment;
  const used = new Set<string>();
  for (const match of fragment.matchAll(TOKEN)) {
    const name = match[2];
    if (name === undefined || match[1] === '/') continue;
    const colon = name.indexOf(':');
    used.add(colon < 0 ? '' : name.slice(0, colon));
    for (const attribute of (match[3] ?? '').matchAll(ATTRIBUTE)) {
      const attributeName = attribute[1] ?? '';
      const at = attributeName.indexOf(':');
      if (at > 0) used.add(attributeName.slice(0, at));
    }
  }
  used.delete('xml');
  used.delete('xmlns');
  const needed = [...used].filter((prefix) => (outer.get(prefix) ?? '') !== '');
  if (needed.length === 0) return fragment;

  let depth = 0;
  return fragment.replace(
    TOKEN,
    (whole: string, close?: string, name?: string, attributes?: string, empty?: string) => {
      if (name === undefined) return whole;
      if (close === '/') {
        depth--;
        return whole;
      }
      const top = depth === 0;
      if (empty !== '/') depth++;
      if (!top) return whole;
      const own = declarations(attributes ?? '', new Map());
      const added = needed
        .filter((prefix) => !own.has(prefix))
        .map(
          (prefix) =>
            ` ${prefix === '' ? 'xmlns' : `xmlns:${prefix}`}="${escapeAttribute(outer.get(prefix) ?? '')}"`,
        )
        .join('');
      return `<${name}${added}${whole.slice(1 + name.length)}`;
    },
  );
}

/** The UTF-8 text of a file's XML content, as it goes into dmXMLContent. */
export function xmlContentText(content: Uint8Array, what: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    throw new RangeError(`${what}: XML content is not UTF-8`);
  }
  // An XML declaration may only start a document; inside dmXMLContent it must go.
  text = text
    .replace(/^\uFEFF/, '')
    .replace(/^\s*<\?xml[\s\S]*?\?>/, '')
    .trim();
  const parsed = parseXml(`<c>${text}</c>`);
  if (!parsed.ok)
    throw new RangeError(`${what}: not well-formed XML content (${parsed.error.detail})`);
  return text;
}

/**
 * Builds a document in which some elements carry raw XML: `raw(text)` gives the text
 * node to put in the tree, and `build` swaps each back for its XML after serialising.
 */
export class RawXml {
  private readonly marker = `@@isds-raw-${Math.random().toString(36).slice(2)}-`;
  private readonly parts: string[] = [];

  raw(xml: string): string {
    this.parts.push(xml);
    return `${this.marker}${this.parts.length - 1}@@`;
  }

  build(root: XmlNode): string {
    const xml = buildXml(root);
    if (this.parts.length === 0) return xml;
    const pattern = new RegExp(`${this.marker}(\\d+)@@`, 'g');
    return xml.replace(pattern, (_whole, index: string) => this.parts[Number(index)] ?? '');
  }
}
