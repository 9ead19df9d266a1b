/**
 * Retiring a linearized PDF's linearization dictionary with a small incremental update
 * of our own. libpdf treats a file whose first object is a /Linearized dictionary as
 * linearized for ever and then saves it whole instead of appending — changing every
 * byte offset and breaking any signature already in it. Once the file has been updated
 * the dictionary is stale anyway (its /L no longer matches the length, ISO 32000-1
 * Annex F), so redefining that object as an empty dictionary loses nothing.
 */
import { PdfString, type PdfRef, type PDF } from '@libpdf/core';
import { pdfCorrupted } from './errors';

const LINEARIZATION = /(\d+)\s+(\d+)\s+obj\s*<<[^]*?\/Linearized\s/;

function lastStartXref(bytes: Uint8Array): number {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .subarray(Math.max(0, bytes.byteLength - 2048))
    .toString('latin1');
  const matches = [...tail.matchAll(/startxref\s+(\d+)/g)];
  const offset = Number(matches.at(-1)?.[1] ?? NaN);
  if (!Number.isSafeInteger(offset)) throw pdfCorrupted();
  return offset;
}

function refText(ref: PdfRef | undefined): string | null {
  return ref ? `${ref.objectNumber} ${ref.generation} R` : null;
}

function idText(pdf: PDF): string {
  const id = pdf.context.info.trailer.getArray('ID');
  const parts = [id?.at(0), id?.at(1)];
  if (!parts.every((part) => part instanceof PdfString)) return '';
  const hex = parts.map((part) => `<${Buffer.from((part as PdfString).bytes).toString('hex')}>`);
  return `/ID [${hex.join(' ')}]`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The input followed by an update that redefines its linearization dictionary as `<< >>`. */
export function withoutLinearization(bytes: Uint8Array, pdf: PDF): Uint8Array {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096));
  const match = LINEARIZATION.exec(head.toString('latin1'));
  const trailer = pdf.context.info.trailer;
  const root = refText(trailer.getRef('Root'));
  const size = trailer.getNumber('Size')?.value;
  if (!match || !root || size === undefined) throw pdfCorrupted();
  const objectNumber = Number(match[1]);
  const generation = Number(match[2]);
  const prev = lastStartXref(bytes);
  const info = refText(trailer.getRef('Info'));
  const common = `/Root ${root}${info ? ` /Info ${info}` : ''} ${idText(pdf)} /Prev ${prev}`;

  const separator = bytes[bytes.byteLength - 1] === 0x0a ? '' : '\n';
  const objectAt = bytes.byteLength + separator.length;
  const object = `${separator}${objectNumber} ${generation} obj\n<< >>\nendobj\n`;
  const xrefAt = bytes.byteLength + object.length;
  let update: Buffer;
  if (pdf.usesXRefStreams) {
    // The same kind of cross-reference section as the file's own: a stream, uncompressed.
    const xrefNumber = size;
    const rows = Buffer.alloc(14);
    rows.writeUInt8(1, 0);
    rows.writeUInt32BE(objectAt, 1);
    rows.writeUInt16BE(generation, 5);
    rows.writeUInt8(1, 7);
    rows.writeUInt32BE(xrefAt, 8);
    rows.writeUInt16BE(0, 12);
    const dictionary =
      `${xrefNumber} 0 obj\n<< /Type /XRef /Size ${size + 1} /W [1 4 2] ` +
      `/Index [${objectNumber} 1 ${xrefNumber} 1] ${common} /Length ${rows.length} >>\nstream\n`;
    update = Buffer.concat([
      Buffer.from(object + dictionary, 'latin1'),
      rows,
      Buffer.from(`\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`, 'latin1'),
    ]);
  } else {
    const table =
      `xref\n${objectNumber} 1\n${pad(objectAt, 10)} ${pad(generation, 5)} n \n` +
      `trailer\n<< /Size ${size} ${common} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
    update = Buffer.from(object + table, 'latin1');
  }
  const out = new Uint8Array(bytes.byteLength + update.length);
  out.set(bytes);
  out.set(update, bytes.byteLength);
  return out;
}
