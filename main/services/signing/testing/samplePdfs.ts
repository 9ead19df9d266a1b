/** Small PDFs to sign in tests, made with pdf-lib (and qpdf for the variants). Used by tests only. */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import { requireTool } from '../../pdf/testTools';

const run = promisify(execFile);

/** A letter of `pages` A4 pages with a line of text each; `extraBytes` adds an incompressible stream. */
export async function letterPdf(pages = 2, extraBytes = 0): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let index = 1; index <= pages; index++) {
    const page = doc.addPage([595.28, 841.89]);
    page.drawText(`Obec Testov - dopis, strana ${index}`, { x: 72, y: 760, size: 12, font });
  }
  if (extraBytes > 0) {
    // An uncompressed stream of random bytes, hung on the catalog: the file grows by that much.
    const stream = doc.context.stream(randomBytes(extraBytes));
    doc.catalog.set(PDFName.of('UradovnaPayload'), doc.context.register(stream));
  }
  return doc.save({ useObjectStreams: false });
}

/** qpdf run over `pdf` with `args` (the input and output file names are appended). */
export async function qpdf(pdf: Uint8Array, args: string[]): Promise<Uint8Array> {
  const path = requireTool('qpdf', 'qpdf');
  const dir = await mkdtemp(join(tmpdir(), 'uradovna-qpdf-'));
  try {
    await writeFile(join(dir, 'in.pdf'), pdf);
    await run(path, [join(dir, 'in.pdf'), ...args, join(dir, 'out.pdf')]).catch(
      (error: unknown) => {
        // qpdf exits 3 for warnings and still writes the file.
        if ((error as { code?: number }).code !== 3) throw error;
      },
    );
    return new Uint8Array(await readFile(join(dir, 'out.pdf')));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
