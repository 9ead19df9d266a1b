import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { XML_NAMESPACE } from './namespaces';

/**
 * Reading and writing NSESSS XML (plan, SIP metadata, METS, transaction log, archive
 * decisions) with fast-xml-parser, configured once for untrusted input.
 *
 * Reading gives a plain tree of `XmlElement`s: local names with their namespace URI
 * resolved, children always in an ordered array (so a repeatable element is never
 * "sometimes an object, sometimes an array", and the schema's element order can be
 * checked), text with the five predefined entities and character references decoded.
 *
 * Refused before anything is parsed or expanded: a DOCTYPE or ENTITY declaration
 * anywhere in the text (NSESSS documents have no DTD, so this closes off entity
 * expansion and external entities entirely — even inside CDATA, which is simpler than
 * deciding whether it would be read), characters XML 1.0 forbids, and references to
 * any entity other than the predefined five.
 */

export interface XmlElement {
  /** Local name, without the prefix. */
  name: string;
  /** Namespace URI; '' for an element in no namespace. */
  namespace: string;
  /**
   * Attributes without a prefix under their name; prefixed ones as `{uri}local`
   * (Clark notation). Namespace declarations (`xmlns`, `xmlns:p`) are not attributes.
   */
  attributes: Readonly<Record<string, string>>;
  children: XmlElement[];
  /** Character data directly inside the element (text and CDATA), untrimmed. */
  text: string;
  /** 1-based line of the start tag. */
  line: number;
  /** Where the element is, e.g. `/SpisovyPlan/PlanVecnaSkupina[2]/EvidencniUdaje`. */
  path: string;
}

export type XmlErrorCode =
  | 'empty'
  | 'tooLarge'
  | 'doctype'
  | 'invalidChar'
  | 'notWellFormed'
  | 'entity'
  | 'namespace'
  | 'tooDeep';

export interface XmlError {
  code: XmlErrorCode;
  line: number;
  column: number;
  /** For logs and tests (English, from the parser); never shown to the user. */
  detail: string;
}

export type XmlParseResult = { ok: true; root: XmlElement } | { ok: false; error: XmlError };

export interface XmlParseOptions {
  /** Deepest element nesting accepted (default 100). */
  maxDepth?: number;
  /** Longest text accepted, in characters (default 64 Mi). */
  maxLength?: number;
}

const DEFAULT_MAX_DEPTH = 100;
const DEFAULT_MAX_LENGTH = 64 * 1024 * 1024;

const DECLARATIONS = /<!DOCTYPE|<!ENTITY/i;
// XML 1.0 Char: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and paired surrogates.
const FORBIDDEN_CHAR =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const REFERENCE = /&([^;&\s<]*);?/g;
const PREDEFINED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Entities are decoded by decodeReferences below, which knows only the predefined
  // five and character references; nothing declared in the document is ever expanded.
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: '#cdata',
  captureMetaData: true,
});
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

class XmlFailure extends Error {
  constructor(readonly failure: XmlError) {
    super(failure.detail);
  }
}

/** Parses `text` into a tree, or says why it is not acceptable XML. */
export function parseXml(text: string, options: XmlParseOptions = {}): XmlParseResult {
  // Line ends are normalised as an XML processor must; offsets below refer to this text.
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = lineStarts(source);
  const fail = (code: XmlErrorCode, index: number, detail: string): XmlParseResult => {
    const { line, column } = position(lines, index);
    return { ok: false, error: { code, line, column, detail } };
  };

  if (source.trim() === '') return fail('empty', 0, 'no content');
  if (source.length > (options.maxLength ?? DEFAULT_MAX_LENGTH))
    return fail('tooLarge', 0, `longer than ${options.maxLength ?? DEFAULT_MAX_LENGTH}`);
  const declaration = DECLARATIONS.exec(source);
  if (declaration) return fail('doctype', declaration.index, 'DTD declarations are refused');
  const forbidden = FORBIDDEN_CHAR.exec(source);
  if (forbidden) return fail('invalidChar', forbidden.index, 'character not allowed in XML');

  const wellFormed = XMLValidator.validate(source);
  if (wellFormed !== true) {
    const { line, col, msg } = wellFormed.err;
    return { ok: false, error: { code: 'notWellFormed', line, column: col, detail: msg } };
  }

  let nodes: OrderedNode[];
  try {
    nodes = parser.parse(source) as OrderedNode[];
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail(/nested/i.test(detail) ? 'tooDeep' : 'notWellFormed', 0, detail);
  }

  try {
    const roots: XmlElement[] = [];
    let end = 0;
    for (const node of nodes) {
      if (elementKey(node) === undefined) continue;
      roots.push(toElement(node, new Map([['xml', XML_NAMESPACE]]), null, lines, 0, options));
      end = Math.max(end, endOf(node));
    }
    const [root, second] = roots;
    if (!root) return fail('notWellFormed', 0, 'no root element');
    if (second) return fail('notWellFormed', lines[second.line - 1] ?? 0, 'two root elements');
    // The parser drops text after the root and the validator misses it after `<a/>`.
    const tail = source.slice(end).replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g, '');
    if (tail.trim() !== '') return fail('notWellFormed', end, 'text after the root element');
    return { ok: true, root };
  } catch (error) {
    if (error instanceof XmlFailure) return { ok: false, error: error.failure };
    throw error;
  }
}

function toElement(
  node: OrderedNode,
  scope: ReadonlyMap<string, string>,
  path: string | null,
  lines: number[],
  depth: number,
  options: XmlParseOptions,
): XmlElement {
  if (depth >= (options.maxDepth ?? DEFAULT_MAX_DEPTH))
    throw failure('tooDeep', lines, node, 'nested too deep');
  const qname = elementKey(node) ?? '';
  const raw = node[':@'] ?? {};

  let bindings: Map<string, string> | null = null;
  for (const [name, value] of Object.entries(raw)) {
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
    bindings ??= new Map(scope);
    const uri = decodeReferences(normaliseAttribute(value), lines, node);
    bindings.set(name === 'xmlns' ? '' : name.slice(6), uri);
  }
  const inScope = bindings ?? scope;

  const [prefix, local] = splitName(qname);
  const namespace = inScope.get(prefix ?? '');
  if (prefix !== null && namespace === undefined)
    throw failure('namespace', lines, node, `unbound prefix ${prefix}`);

  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
    const [attrPrefix, attrLocal] = splitName(name);
    const decoded = decodeReferences(normaliseAttribute(value), lines, node);
    if (attrPrefix === null) {
      attributes[attrLocal] = decoded;
      continue;
    }
    const uri = inScope.get(attrPrefix);
    if (uri === undefined) throw failure('namespace', lines, node, `unbound prefix ${attrPrefix}`);
    attributes[`{${uri}}${attrLocal}`] = decoded;
  }

  const element: XmlElement = {
    name: local,
    namespace: namespace ?? '',
    attributes,
    children: [],
    text: '',
    line: position(lines, startOf(node)).line,
    path: path ?? `/${local}`,
  };
  const content = (node[qname] ?? []) as OrderedNode[];
  // Paths name a child by its position among same-named siblings, when it has any.
  const counts = new Map<string, number>();
  for (const child of content) {
    const key = elementKey(child);
    if (key !== undefined) counts.set(splitName(key)[1], (counts.get(splitName(key)[1]) ?? 0) + 1);
  }
  const positions = new Map<string, number>();
  for (const child of content) {
    if ('#text' in child) {
      element.text += decodeReferences(String(child['#text']), lines, node);
      continue;
    }
    if ('#cdata' in child) {
      element.text += textOf(child);
      continue;
    }
    const key = elementKey(child);
    if (key === undefined) continue;
    const childName = splitName(key)[1];
    const at = (positions.get(childName) ?? 0) + 1;
    positions.set(childName, at);
    const suffix = (counts.get(childName) ?? 0) > 1 ? `[${at}]` : '';
    const childPath = `${element.path}/${childName}${suffix}`;
    element.children.push(toElement(child, inScope, childPath, lines, depth + 1, options));
  }
  return element;
}

function elementKey(node: OrderedNode): string | undefined {
  return Object.keys(node).find((key) => key !== ':@' && key !== '#text' && key !== '#cdata');
}

function splitName(qname: string): [string | null, string] {
  const colon = qname.indexOf(':');
  return colon < 0 ? [null, qname] : [qname.slice(0, colon), qname.slice(colon + 1)];
}

/** Attribute-value normalisation: literal tab, CR and LF become spaces. */
function normaliseAttribute(value: string): string {
  return value.replace(/[\t\n\r]/g, ' ');
}

function decodeReferences(value: string, lines: number[], node: OrderedNode): string {
  if (!value.includes('&')) return value;
  return value.replace(REFERENCE, (whole, name: string) => {
    if (!whole.endsWith(';') || name === '')
      throw failure('notWellFormed', lines, node, 'bare & in text');
    const predefined = PREDEFINED[name];
    if (predefined !== undefined) return predefined;
    const code = /^#x[0-9a-fA-F]+$/.test(name)
      ? Number.parseInt(name.slice(2), 16)
      : /^#[0-9]+$/.test(name)
        ? Number.parseInt(name.slice(1), 10)
        : null;
    if (code === null) throw failure('entity', lines, node, `&${name};`);
    if (!isXmlChar(code))
      throw failure('invalidChar', lines, node, `character reference &${name};`);
    return String.fromCodePoint(code);
  });
}

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Literal text of a CDATA section (or a raw text node): nothing in it is decoded. */
function textOf(node: OrderedNode): string {
  const value = node['#text'] ?? node['#cdata'];
  if (Array.isArray(value)) return (value as OrderedNode[]).map(textOf).join('');
  return typeof value === 'string' ? value : '';
}

function failure(
  code: XmlErrorCode,
  lines: number[],
  node: OrderedNode,
  detail: string,
): XmlFailure {
  const { line, column } = position(lines, startOf(node));
  return new XmlFailure({ code, line, column, detail });
}

function startOf(node: OrderedNode): number {
  const meta = Reflect.get(node, META) as { startIndex?: number } | undefined;
  return meta?.startIndex ?? 0;
}

function endOf(node: OrderedNode): number {
  const meta = Reflect.get(node, META) as { endIndex?: number } | undefined;
  return meta?.endIndex ?? 0;
}

function lineStarts(source: string): number[] {
  const starts = [0];
  for (let index = source.indexOf('\n'); index >= 0; index = source.indexOf('\n', index + 1))
    starts.push(index + 1);
  return starts;
}

function position(lines: number[], index: number): { line: number; column: number } {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lines[middle] ?? 0) <= index) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: index - (lines[low] ?? 0) + 1 };
}

/* ------------------------------------------------------------------------------ */

/** An element to write. `false`/`null`/`undefined` children are skipped (optional elements). */
export interface XmlNode {
  name: string;
  attributes?: Readonly<Record<string, string>>;
  children?: ReadonlyArray<XmlNode | null | undefined | false>;
  /** Text content; an element has either text or children. */
  text?: string;
}

/** `el('Nazev', 'text')`, `el('Skupina', [children], { ID: 'x' })`. */
export function el(
  name: string,
  content?: string | ReadonlyArray<XmlNode | null | undefined | false>,
  attributes?: Readonly<Record<string, string>>,
): XmlNode {
  return typeof content === 'string'
    ? { name, text: content, attributes }
    : { name, children: content ?? [], attributes };
}

const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
  // Escaping is done here rather than by the builder, which leaves tabs and line
  // breaks in attribute values raw (a reader would turn them into spaces).
  processEntities: false,
  tagValueProcessor: (_name: string, value: unknown) => escapeText(String(value)),
  attributeValueProcessor: (_name: string, value: unknown) => escapeAttribute(String(value)),
});

/**
 * Serialises `root` as a UTF-8 XML document with a declaration, two-space indentation
 * and every value escaped. Names are written as given (namespace declarations go in
 * `attributes`, e.g. `{ xmlns: NSESSS_NAMESPACE }`). Throws on characters XML cannot
 * carry — data that reached a writer has passed validation, so that is a bug.
 */
export function buildXml(root: XmlNode): string {
  const body = builder.build([toOrdered(root)]) as string;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body.replace(/^\n+/, '')}\n`;
}

function toOrdered(node: XmlNode): Record<string, unknown> {
  const ordered: Record<string, unknown> = {};
  if (node.text !== undefined) {
    assertXmlText(node.text, node.name);
    ordered[node.name] = node.text === '' ? [] : [{ '#text': node.text }];
  } else {
    ordered[node.name] = (node.children ?? [])
      .filter((child): child is XmlNode => Boolean(child))
      .map(toOrdered);
  }
  if (node.attributes) {
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries(node.attributes)) {
      assertXmlText(value, `${node.name}@${name}`);
      attributes[`@_${name}`] = value;
    }
    ordered[':@'] = attributes;
  }
  return ordered;
}

function assertXmlText(value: string, where: string): void {
  if (FORBIDDEN_CHAR.test(value))
    throw new TypeError(`${where}: a character XML cannot carry (U+0000–U+001F etc.)`);
}

function escapeText(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
