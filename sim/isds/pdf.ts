import { createRandom } from '../seed/prng';

/** PDF strings are Latin-1; the demo's Czech diacritics are dropped from the page text. */
function pdfText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\x20-\x7e]/g, '?')
    .replace(/([\\()])/g, '\\$1');
}

/**
 * A small valid PDF (one A4 page with the given lines) padded to about `size` bytes by
 * an unreferenced stream of pseudo-random bytes, so that attachments have a realistic
 * size and differ from each other. Deterministic for the same arguments.
 */
export function demoPdf(lines: ReadonlyArray<string>, size: number, seed: number): Uint8Array {
  const content = [
    'BT /F1 12 Tf 56 780 Td 16 TL',
    ...lines.map((line) => `(${pdfText(line)}) '`),
    'ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  const head = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const parts: Buffer[] = [Buffer.from(head, 'latin1')];
  let offset = parts[0]?.length ?? 0;
  const offsets: number[] = [];
  const push = (chunk: Buffer) => {
    parts.push(chunk);
    offset += chunk.length;
  };
  objects.forEach((body, index) => {
    offsets.push(offset);
    push(Buffer.from(`${index + 1} 0 obj\n${body}\nendobj\n`, 'latin1'));
  });
  const padding = Math.max(0, size - offset - 400);
  if (padding > 0) {
    const random = createRandom(seed);
    const filler = Buffer.alloc(padding);
    // Four bytes per draw: the benchmark injects thousands of these.
    let i = 0;
    for (; i + 4 <= padding; i += 4) filler.writeUInt32LE(random.int(0x1_0000_0000), i);
    for (; i < padding; i++) filler[i] = random.int(256);
    offsets.push(offset);
    push(Buffer.from(`6 0 obj\n<< /Length ${padding} >>\nstream\n`, 'latin1'));
    push(filler);
    push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
  }
  const xrefAt = offset;
  const count = offsets.length + 1;
  const xref = [
    'xref',
    `0 ${count}`,
    '0000000000 65535 f ',
    ...offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${count} /Root 1 0 R >>`,
    'startxref',
    String(xrefAt),
    '%%EOF',
    '',
  ].join('\n');
  push(Buffer.from(xref, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}
