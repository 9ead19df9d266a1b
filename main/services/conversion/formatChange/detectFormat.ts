/**
 * What a component really is, from its bytes: the format change converts PDF, JPEG, PNG,
 * TIFF and plain UTF-8 text, and refuses everything else naming what it is — an office
 * document, a signed ZFO, XML. The file's name and MIME type are only hints: they name
 * what the bytes alone cannot (a ZFO is CMS like any other; an unknown binary has only
 * its extension), never decide what is converted. The signatures are those of the file
 * formats' own specifications; no library here detects the office formats by content
 * without unpacking them, so the few checks are written out.
 */

export type DetectedFormat =
  | { kind: 'pdf'; name: string }
  | { kind: 'image'; image: 'jpeg' | 'png' | 'tiff'; name: string }
  | { kind: 'text'; name: string; text: string }
  | { kind: 'unsupported'; name: string };

export interface FormatHint {
  name: string;
  mime: string;
}

const latin1 = (bytes: Uint8Array, start = 0, end = bytes.byteLength) =>
  Buffer.from(
    bytes.buffer,
    bytes.byteOffset + start,
    Math.max(0, Math.min(end, bytes.byteLength) - start),
  ).toString('latin1');

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  prefix.every((value, index) => bytes[at + index] === value);

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const JP2 = [0x00, 0x00, 0x00, 0x0c, 0x6a, 0x50, 0x20, 0x20];
/** DER of the OID 1.2.840.113549.1.7.2 (CMS SignedData), which a signed ZFO starts with. */
const SIGNED_DATA_OID = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02];

function extensionOf(name: string): string {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(name.trim());
  return match ? match[1]!.toLowerCase() : '';
}

function tiffHeader(bytes: Uint8Array): boolean {
  const intel =
    startsWith(bytes, [0x49, 0x49]) && (bytes[2] === 42 || bytes[2] === 43) && bytes[3] === 0;
  const motorola =
    startsWith(bytes, [0x4d, 0x4d]) && bytes[2] === 0 && (bytes[3] === 42 || bytes[3] === 43);
  return intel || motorola;
}

function pdfVersion(bytes: Uint8Array): string | null {
  const head = latin1(bytes, 0, 1024);
  if (!head.includes('%PDF-')) return null;
  return /%PDF-(\d\.\d)/.exec(head)?.[1] ?? '';
}

/**
 * ZIP containers by the names of their entries. Entry names are stored uncompressed in
 * each local header and in the central directory at the end, so the head and the tail
 * of the file tell; an OpenDocument names its type in the first, uncompressed entry.
 */
function zipFormat(bytes: Uint8Array): string {
  const head = latin1(bytes, 0, 256 * 1024);
  const tail = latin1(bytes, Math.max(0, bytes.byteLength - 128 * 1024));
  const has = (name: string) => head.includes(name) || tail.includes(name);
  const odf = /^mimetypeapplication\/vnd\.oasis\.opendocument\.([a-z-]+)/.exec(head.slice(30, 120));
  if (odf) {
    const kinds: Record<string, string> = {
      text: 'ODT (OpenDocument – text)',
      spreadsheet: 'ODS (OpenDocument – tabulka)',
      presentation: 'ODP (OpenDocument – prezentace)',
      graphics: 'ODG (OpenDocument – kresba)',
    };
    return kinds[odf[1]!] ?? `OpenDocument (${odf[1]!})`;
  }
  if (has('word/document.xml')) return 'DOCX (Microsoft Word)';
  if (has('xl/workbook.xml')) return 'XLSX (Microsoft Excel)';
  if (has('ppt/presentation.xml')) return 'PPTX (Microsoft PowerPoint)';
  if (has('[Content_Types].xml')) return 'dokument Office Open XML';
  return 'archiv ZIP (application/zip)';
}

function isSignedData(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0x30) return false;
  // The OID follows the outer SEQUENCE's tag and length (definite or indefinite, 2–6 bytes).
  for (let at = 2; at <= 6; at++) if (startsWith(bytes, SIGNED_DATA_OID, at)) return true;
  return false;
}

/** Named binary formats that are not converted, by their first bytes. */
function binaryFormat(bytes: Uint8Array, hint: FormatHint): string | null {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return zipFormat(bytes);
  if (startsWith(bytes, OLE2)) return 'dokument Microsoft Office 97–2003 (DOC, XLS, PPT)';
  if (isSignedData(bytes)) {
    return extensionOf(hint.name) === 'zfo'
      ? 'ZFO (datová zpráva ISDS)'
      : 'podepsaná data PKCS#7/CMS';
  }
  const head = latin1(bytes, 0, 16);
  if (head.startsWith('GIF87a') || head.startsWith('GIF89a')) return 'GIF (image/gif)';
  if (head.startsWith('BM')) return 'BMP (image/bmp)';
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return 'WebP (image/webp)';
  if (startsWith(bytes, JP2) || startsWith(bytes, [0xff, 0x4f, 0xff, 0x51]))
    return 'JPEG 2000 (image/jp2)';
  if (head.slice(4, 8) === 'ftyp')
    return `multimédia nebo obrázek HEIF/MP4 (${head.slice(8, 12).trim()})`;
  if (head.startsWith('{\\rtf')) return 'RTF (application/rtf)';
  if (head.startsWith('%!PS')) return 'PostScript (application/postscript)';
  if (startsWith(bytes, [0x1f, 0x8b])) return 'archiv GZIP (application/gzip)';
  if (head.startsWith('7z\u00bc\u00af\u0027\u001c')) return 'archiv 7z';
  if (head.startsWith('Rar!')) return 'archiv RAR';
  return null;
}

/** C0 and C1 controls other than tab, line feed, form feed and carriage return. */
function hasForbiddenControl(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d) continue;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

/** The text, when the bytes are UTF-8 without control characters a text file has no use for. */
function plainText(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
  return hasForbiddenControl(text) ? null : text;
}

/** XML and HTML are text, but markup: printed as typed they would not be the document. */
function markupFormat(text: string): string | null {
  const start = text.trimStart().slice(0, 2048).toLowerCase();
  if (
    start.startsWith('<!doctype html') ||
    start.startsWith('<html') ||
    /^<\?xml[^>]*>\s*<html/.test(start)
  )
    return 'HTML (text/html)';
  if (start.startsWith('<?xml') || /^<[a-z_][\w.:-]*[\s>/]/.test(start))
    return 'XML (application/xml)';
  return null;
}

function unknown(hint: FormatHint): string {
  const extension = extensionOf(hint.name);
  const mime = hint.mime.trim();
  const parts = [extension ? `přípona .${extension}` : null, mime ? `typ ${mime}` : null].filter(
    (part): part is string => part !== null,
  );
  return parts.length > 0 ? `neznámý (${parts.join(', ')})` : 'neznámý';
}

export function detectFormat(bytes: Uint8Array, hint: FormatHint): DetectedFormat {
  if (startsWith(bytes, [0xff, 0xd8, 0xff]))
    return { kind: 'image', image: 'jpeg', name: 'JPEG (image/jpeg)' };
  if (startsWith(bytes, PNG)) return { kind: 'image', image: 'png', name: 'PNG (image/png)' };
  if (tiffHeader(bytes)) return { kind: 'image', image: 'tiff', name: 'TIFF (image/tiff)' };
  const version = pdfVersion(bytes);
  if (version !== null) {
    return {
      kind: 'pdf',
      name: version ? `PDF ${version} (application/pdf)` : 'PDF (application/pdf)',
    };
  }
  const binary = binaryFormat(bytes, hint);
  if (binary) return { kind: 'unsupported', name: binary };
  const text = plainText(bytes);
  if (text === null) return { kind: 'unsupported', name: unknown(hint) };
  const markup = markupFormat(text);
  if (markup) return { kind: 'unsupported', name: markup };
  return { kind: 'text', name: 'prostý text (text/plain, UTF-8)', text };
}
