/**
 * Hand-made PDFs for the verifier's tests: a file from object bodies, an incremental
 * update appended to a file, and a signature dictionary whose /ByteRange is filled in
 * around its /Contents — for the inputs no PDF library would write. Tests only.
 */
import { lastStartxref } from '../pdf/xref';

function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);
}

function join(parts: Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts));
}

function xrefTable(entries: Map<number, number | 'free'>): string {
  const numbers = [...entries.keys()].sort((x, y) => x - y);
  let text = 'xref\n';
  for (let i = 0; i < numbers.length;) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    text += `${numbers[i]} ${j - i + 1}\n`;
    for (let k = i; k <= j; k++) {
      const entry = entries.get(numbers[k]!)!;
      text +=
        entry === 'free'
          ? '0000000000 65535 f \n'
          : `${String(entry).padStart(10, '0')} 00000 n \n`;
    }
    i = j + 1;
  }
  return text;
}

/**
 * A PDF whose object n (from 1) has the body `objects[n - 1]`; object 1 is the catalog
 * unless `trailer` says otherwise. Bodies are Latin-1 text or bytes.
 */
export function rawPdf(objects: Array<string | Uint8Array>, trailer = '/Root 1 0 R'): Uint8Array {
  const parts: Uint8Array[] = [latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let offset = parts[0]!.byteLength;
  const entries = new Map<number, number | 'free'>([[0, 'free']]);
  objects.forEach((body, index) => {
    const bytes = join([
      latin1(`${index + 1} 0 obj\n`),
      typeof body === 'string' ? latin1(body) : body,
      latin1('\nendobj\n'),
    ]);
    entries.set(index + 1, offset);
    parts.push(bytes);
    offset += bytes.byteLength;
  });
  parts.push(
    latin1(
      `${xrefTable(entries)}trailer\n<< /Size ${objects.length + 1} ${trailer} >>\nstartxref\n${offset}\n%%EOF\n`,
    ),
  );
  return join(parts);
}

export interface Update {
  /** New or changed objects by number. */
  objects?: Record<number, string>;
  /** Object numbers the update frees. */
  free?: number[];
  /** Trailer entries besides /Size and /Prev (default: the catalog as before). */
  trailer?: string;
  size: number;
  /** Entries that point at objects already in `bytes`, by number: their offsets. */
  keep?: Record<number, number>;
  /** The /Prev to write (default: the last startxref of `bytes`). */
  prev?: number;
}

/** `bytes` followed by an incremental update (ISO 32000-2 §7.5.6) with an xref table. */
export function appendUpdate(bytes: Uint8Array, update: Update): Uint8Array {
  const prev = update.prev ?? lastStartxref(bytes, bytes.byteLength);
  if (prev === null) throw new Error('no startxref to chain to');
  const parts: Uint8Array[] = [bytes];
  let offset = bytes.byteLength;
  const entries = new Map<number, number | 'free'>();
  for (const [num, body] of Object.entries(update.objects ?? {})) {
    const text = latin1(`${num} 0 obj\n${body}\nendobj\n`);
    entries.set(Number(num), offset);
    parts.push(text);
    offset += text.byteLength;
  }
  for (const num of update.free ?? []) entries.set(num, 'free');
  for (const [num, at] of Object.entries(update.keep ?? {})) entries.set(Number(num), at);
  const trailer = update.trailer ?? '/Root 1 0 R';
  parts.push(
    latin1(
      `${xrefTable(entries)}trailer\n<< /Size ${update.size} ${trailer} /Prev ${prev} >>\nstartxref\n${offset}\n%%EOF\n`,
    ),
  );
  return join(parts);
}

export const BYTE_RANGE_PLACEHOLDER = '/ByteRange [0 0000000000 0000000000 0000000000]';

/** Fills the first /ByteRange placeholder so that it leaves out exactly the first /Contents hex string after it. */
export function fillByteRange(bytes: Uint8Array): Uint8Array {
  const buffer = Buffer.from(bytes);
  const at = buffer.indexOf(BYTE_RANGE_PLACEHOLDER, 0, 'latin1');
  const contents = buffer.indexOf('/Contents <', at, 'latin1');
  if (at === -1 || contents === -1) throw new Error('no placeholder');
  const a = contents + '/Contents '.length;
  const b = buffer.indexOf('>', a) + 1;
  const c = buffer.byteLength - b;
  const filled = `/ByteRange [0 ${[a, b, c].map((n) => String(n).padStart(10, '0')).join(' ')}]`;
  buffer.write(filled, at, 'latin1');
  return new Uint8Array(buffer);
}

/** Text of a PDF for assertions. */
export function pdfText(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('latin1');
}

/** The body of the last definition of object `num` (between `obj` and `endobj`). */
export function objectBody(bytes: Uint8Array, num: number): string {
  const found = [
    ...pdfText(bytes).matchAll(new RegExp(`(?:^|\\s)${num} 0 obj\\s*([\\s\\S]*?)\\s*endobj`, 'g')),
  ].pop();
  if (!found?.[1]) throw new Error(`no object ${num}`);
  return found[1];
}

/** The number of the last object whose body matches `pattern`. */
export function objectNumberOf(bytes: Uint8Array, pattern: RegExp): number {
  const found = [...pdfText(bytes).matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)].filter((match) =>
    pattern.test(match[2] ?? ''),
  );
  const last = found.pop();
  if (!last) throw new Error(`no object matches ${String(pattern)}`);
  return Number(last[1]);
}

/** A trailer key's value as the last trailer (or xref stream) gives it, e.g. `trailerNumber(pdf, 'Size')`. */
export function trailerNumber(bytes: Uint8Array, key: 'Size' | 'Root'): number {
  const found = [...pdfText(bytes).matchAll(new RegExp(`/${key} (\\d+)`, 'g'))].pop();
  if (!found?.[1]) throw new Error(`no /${key}`);
  return Number(found[1]);
}
