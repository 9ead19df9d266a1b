/**
 * A small PDF to sign and poppler's `pdfsig` to judge the result, for the PKCS#11 tests.
 * pdfsig (NSS) verifies the CMS signature over the byte ranges independently of our
 * code. Used by tests only.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { requireTool } from '../../pdf/testTools';

export async function letterPdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const page = document.addPage([595, 842]);
  const font = await document.embedFont(StandardFonts.Helvetica);
  page.drawText('Rozhodnuti obce Testov', { x: 72, y: 770, size: 14, font });
  return document.save();
}

/** pdfsig's report; it exits non-zero for an untrusted issuer, which is not our question. */
export async function pdfsig(pdf: Uint8Array): Promise<string> {
  const command = requireTool('pdfsig', 'poppler-utils');
  const dir = await mkdtemp(join(tmpdir(), 'uradovna-pdfsig-'));
  try {
    const file = join(dir, 'signed.pdf');
    await writeFile(file, pdf);
    return await new Promise((resolve, reject) => {
      execFile(command, [file], (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error);
        else resolve(`${stdout}${stderr}`);
      });
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
