/**
 * The XMP packet of a PDF/A file (ISO 19005-1, 6.7; ISO 19005-2, 6.6): the PDF/A
 * identification plus the document information dictionary's entries in their XMP
 * form, with identical values.
 */

export interface XmpFields {
  part: 1 | 2;
  title?: string;
  author?: string;
  subject?: string;
  keywords?: string;
  creatorTool?: string;
  producer?: string;
  createdAt?: Date;
  modifiedAt?: Date;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * The instant as XMP writes it, in UTC to the second. pdf-lib writes the Info dates
 * as "D:YYYYMMDDHHmmSSZ" (UTC, seconds), so both name the same second and zone.
 */
function xmpDate(date: Date): string {
  return (
    `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}Z`
  );
}

// XML 1.0 allows tab, line feed and carriage return of the C0 controls, and no
// surrogate halves or U+FFFE/U+FFFF; the Info strings of a foreign file may hold any.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** The string without the characters XML cannot carry (the Info entry is rewritten to match). */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function element(name: string, value: string | undefined): string[] {
  return value === undefined ? [] : [`   <${name}>${escapeXml(value)}</${name}>`];
}

function langAlt(name: string, value: string | undefined): string[] {
  if (value === undefined) return [];
  return [
    `   <${name}><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(value)}</rdf:li></rdf:Alt></${name}>`,
  ];
}

function description(namespaces: Record<string, string>, lines: string[]): string[] {
  if (lines.length === 0) return [];
  const xmlns = Object.entries(namespaces)
    .map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`)
    .join('');
  return [`  <rdf:Description rdf:about=""${xmlns}>`, ...lines, '  </rdf:Description>'];
}

/** Room for an editor to grow the packet in place (XMP part 1, 7.3.3). */
const PADDING = `${' '.repeat(99)}\n`.repeat(20);

export function buildXmpPacket(fields: XmpFields): string {
  const date = (value: Date | undefined) => (value ? xmpDate(value) : undefined);
  const metadataDate = fields.modifiedAt ?? fields.createdAt;
  const body = [
    ...description({ pdfaid: 'http://www.aiim.org/pdfa/ns/id/' }, [
      ...element('pdfaid:part', String(fields.part)),
      ...element('pdfaid:conformance', 'B'),
    ]),
    ...description({ dc: 'http://purl.org/dc/elements/1.1/' }, [
      ...element('dc:format', 'application/pdf'),
      ...langAlt('dc:title', fields.title),
      ...(fields.author === undefined
        ? []
        : [
            `   <dc:creator><rdf:Seq><rdf:li>${escapeXml(fields.author)}</rdf:li></rdf:Seq></dc:creator>`,
          ]),
      ...langAlt('dc:description', fields.subject),
    ]),
    ...description({ xmp: 'http://ns.adobe.com/xap/1.0/' }, [
      ...element('xmp:CreateDate', date(fields.createdAt)),
      ...element('xmp:ModifyDate', date(fields.modifiedAt)),
      ...element('xmp:MetadataDate', date(metadataDate)),
      ...element('xmp:CreatorTool', fields.creatorTool),
    ]),
    ...description({ pdf: 'http://ns.adobe.com/pdf/1.3/' }, [
      ...element('pdf:Producer', fields.producer),
      ...element('pdf:Keywords', fields.keywords),
    ]),
  ];
  return [
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    ...body,
    ' </rdf:RDF>',
    '</x:xmpmeta>',
    PADDING + '<?xpacket end="w"?>',
  ].join('\n');
}
