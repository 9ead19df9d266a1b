import { XML_NAMESPACE } from '../../../../../common/nsesss/namespaces';
import { parseXml, type XmlElement } from '../../../../../common/nsesss/xml';
import type { StepResult } from './steps';

const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dc: 'http://purl.org/dc/elements/1.1/',
  xmp: 'http://ns.adobe.com/xap/1.0/',
  pdf: 'http://ns.adobe.com/pdf/1.3/',
  pdfaid: 'http://www.aiim.org/pdfa/ns/id/',
} as const;

/** A property's value: simple text, or the items of an rdf:Alt / rdf:Seq / rdf:Bag. */
type XmpValue = { text: string } | { items: { text: string; lang?: string }[] };

/** Properties keyed `{namespace}localName`, from every rdf:Description of the packet. */
export type XmpProperties = Map<string, XmpValue>;

const key = (namespace: string, local: string) => `{${namespace}}${local}`;

function descendants(element: XmlElement): XmlElement[] {
  return element.children.flatMap((child) => [child, ...descendants(child)]);
}

function valueOf(property: XmlElement): XmpValue {
  const container = property.children.find(
    (child) => child.namespace === NS.rdf && ['Alt', 'Seq', 'Bag'].includes(child.name),
  );
  if (!container) return { text: property.text.trim() };
  return {
    items: container.children
      .filter((child) => child.namespace === NS.rdf && child.name === 'li')
      .map((li) => ({ text: li.text.trim(), lang: li.attributes[key(XML_NAMESPACE, 'lang')] })),
  };
}

export function readXmpProperties(xmp: string): XmpProperties | { error: string } {
  const parsed = parseXml(xmp);
  if (!parsed.ok) return { error: `${parsed.error.code} (řádek ${parsed.error.line})` };
  const properties: XmpProperties = new Map();
  for (const element of [parsed.root, ...descendants(parsed.root)]) {
    if (element.namespace !== NS.rdf || element.name !== 'Description') continue;
    for (const [name, value] of Object.entries(element.attributes)) {
      if (name.startsWith('{') && !name.startsWith(`{${NS.rdf}}`)) {
        properties.set(name, { text: value.trim() });
      }
    }
    for (const child of element.children) {
      properties.set(key(child.namespace, child.name), valueOf(child));
    }
  }
  return properties;
}

function simple(properties: XmpProperties, namespace: string, local: string): string | undefined {
  const value = properties.get(key(namespace, local));
  return value && 'text' in value ? value.text : undefined;
}

function defaultLanguage(properties: XmpProperties, local: string): string | undefined {
  const value = properties.get(key(NS.dc, local));
  if (!value) return undefined;
  if ('text' in value) return value.text;
  return (value.items.find((item) => item.lang === 'x-default') ?? value.items[0])?.text;
}

const HAS_ZONE = /(Z|[+-]\d\d:\d\d)$/;
const toSecond = (text: string) => Math.floor(Date.parse(text) / 1000);

/**
 * The XMP packet identifies PDF/A (part 1 or 2, level A, B or U) and says what the
 * Info dictionary says (ISO 19005-2, 6.6.2.3.1): for every Info entry present, its
 * XMP twin exists with the same text, or the same instant for dates.
 */
export function xmpStep(info: Record<string, string>, xmp: string): StepResult {
  if (xmp.trim() === '') return { step: 'xmp', ok: false, details: ['soubor nemá metadata XMP'] };
  const properties = readXmpProperties(xmp);
  if ('error' in properties) {
    return {
      step: 'xmp',
      ok: false,
      details: [`metadata XMP nejsou platné XML: ${properties.error}`],
    };
  }
  const problems: string[] = [];
  const part = simple(properties, NS.pdfaid, 'part');
  const conformance = simple(properties, NS.pdfaid, 'conformance');
  if (part !== '1' && part !== '2') {
    problems.push(
      `pdfaid:part je ${part === undefined ? 'neuvedeno' : `„${part}“`}, čeká se 1 nebo 2`,
    );
  }
  if (!conformance || !['A', 'B', 'U'].includes(conformance)) {
    problems.push(
      `pdfaid:conformance je ${conformance === undefined ? 'neuvedeno' : `„${conformance}“`}, čeká se A, B nebo U`,
    );
  }

  const creators = properties.get(key(NS.dc, 'creator'));
  const texts: [string, string, string | undefined][] = [
    ['Title', 'dc:title', defaultLanguage(properties, 'title')],
    ['Subject', 'dc:description', defaultLanguage(properties, 'description')],
    ['Keywords', 'pdf:Keywords', simple(properties, NS.pdf, 'Keywords')],
    ['Creator', 'xmp:CreatorTool', simple(properties, NS.xmp, 'CreatorTool')],
    ['Producer', 'pdf:Producer', simple(properties, NS.pdf, 'Producer')],
  ];
  for (const [infoKey, xmpName, value] of texts) {
    const expected = info[infoKey];
    if (!expected) continue;
    if (value === undefined)
      problems.push(`Info ${infoKey} „${expected}“ chybí v XMP (${xmpName})`);
    else if (value !== expected) {
      problems.push(`Info ${infoKey} „${expected}“ se liší od XMP ${xmpName} „${value}“`);
    }
  }
  const author = info.Author;
  if (author) {
    const items = creators && 'items' in creators ? creators.items.map((item) => item.text) : [];
    if (items.length !== 1 || items[0] !== author) {
      problems.push(`Info Author „${author}“ se liší od XMP dc:creator [${items.join('; ')}]`);
    }
  }
  const dates: [string, string, string | undefined][] = [
    ['CreationDate', 'xmp:CreateDate', simple(properties, NS.xmp, 'CreateDate')],
    ['ModDate', 'xmp:ModifyDate', simple(properties, NS.xmp, 'ModifyDate')],
  ];
  for (const [infoKey, xmpName, value] of dates) {
    const expected = info[infoKey];
    if (!expected) continue;
    if (value === undefined) problems.push(`Info ${infoKey} ${expected} chybí v XMP (${xmpName})`);
    else if (!HAS_ZONE.test(value)) problems.push(`XMP ${xmpName} ${value} nemá časové pásmo`);
    else if (toSecond(value) !== toSecond(expected)) {
      problems.push(`Info ${infoKey} ${expected} se liší od XMP ${xmpName} ${value}`);
    }
  }
  if (problems.length > 0) return { step: 'xmp', ok: false, details: problems };
  return {
    step: 'xmp',
    ok: true,
    details: [`PDF/A-${part}${(conformance ?? '').toLowerCase()}, shodná s informačním slovníkem`],
  };
}
