import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GrayImage } from '../pdf/code128Reader';
import { ASSETS_DIR } from '../pdf/testFonts';
import { pdfFonts, pdfText, rasterizeFirstPage } from '../pdf/testTools';
import { openPkcs12Signer } from './pkcs12Signer';
import { signPdf } from './signPdf';
import type { PdfSigner } from './signer';
import { letterPdf, qpdf } from './testing/samplePdfs';
import { pdfsig } from './testing/signatureTools';
import { testPki, TEST_P12_PASSWORD } from './testing/testCertificates';

const DPI = 72;
const BOX = { page: 1, x: 340, y: 60, width: 220, height: 44 };

let signer: PdfSigner;
let letter: Uint8Array;
let font: Uint8Array;

beforeAll(async () => {
  const pki = await testPki();
  [signer, letter, font] = await Promise.all([
    openPkcs12Signer(pki.qualified.p12, TEST_P12_PASSWORD, new Date()),
    letterPdf(2),
    readFile(join(ASSETS_DIR, 'fonts', 'DejaVuSans.ttf')).then((bytes) => new Uint8Array(bytes)),
  ]);
});

/** Pixels darker than `below` inside (or outside) the box, which is in PDF points. */
function darkPixels(image: GrayImage, inside: boolean, below = 250): number {
  const scale = DPI / 72;
  // A pixel of margin: the rasterizer rounds the box's edges.
  const left = Math.floor(BOX.x * scale) - 1;
  const right = Math.ceil((BOX.x + BOX.width) * scale) + 1;
  const top = Math.floor(image.height - (BOX.y + BOX.height) * scale) - 1;
  const bottom = Math.ceil(image.height - BOX.y * scale) + 1;
  let count = 0;
  for (let row = 0; row < image.height; row++) {
    for (let column = 0; column < image.width; column++) {
      const within = column >= left && column <= right && row >= top && row <= bottom;
      if (within === inside && image.pixels[row * image.width + column]! < below) count++;
    }
  }
  return count;
}

describe('a visible signature', () => {
  it('renders at the box, and nowhere else, in pdftoppm', async () => {
    const outcome = await signPdf({
      pdf: letter,
      signer,
      now: new Date(),
      signerDisplayName: 'Ing. Jan Novák, starosta',
      visible: { ...BOX, lines: [], font },
    });
    const [before, after] = await Promise.all([
      rasterizeFirstPage(letter, DPI),
      rasterizeFirstPage(outcome.pdf, DPI),
    ]);
    expect(darkPixels(before, true)).toBe(0);
    // The grey fill covers the box; the text and the frame are darker still.
    const box = (BOX.width * BOX.height * DPI * DPI) / (72 * 72);
    expect(darkPixels(after, true)).toBeGreaterThan(box * 0.9);
    expect(darkPixels(after, true, 128)).toBeGreaterThan(200);
    expect(darkPixels(after, false)).toBe(darkPixels(before, false));
  });

  it('shows the default lines in the embedded subset font, covered by the signature', async () => {
    const outcome = await signPdf({
      pdf: letter,
      signer,
      now: new Date(),
      signerDisplayName: 'Ing. Jan Novák, starosta',
      visible: { ...BOX, lines: [], font },
    });
    const report = (await pdfsig(outcome.pdf)).stdout;
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('Total document signed');
    // pdftotext reads page content only; flattened, the appearance becomes page content.
    const flattened = await qpdf(outcome.pdf, ['--flatten-annotations=all']);
    const text = await pdfText(flattened, { first: 1, last: 1 });
    expect(text).toContain('Digitálně podepsal: Ing. Jan Novák, starosta');
    expect(text).toMatch(/Datum: \d{1,2}\. \d{1,2}\. \d{4}/);
    const dejaVu = (await pdfFonts(outcome.pdf)).filter((row) => row.name.includes('DejaVu'));
    expect(dejaVu).toHaveLength(1);
    expect(dejaVu[0]).toMatchObject({ embedded: true, subset: true, unicode: true });
    expect(dejaVu[0]!.name).toMatch(/^[A-Z]{6}\+DejaVuSans$/);
    // The face is subset: the whole DejaVu Sans would add ~700 KB.
    expect(outcome.pdf.byteLength - letter.byteLength).toBeLessThan(60_000);
  });

  it('shortens a line too long for the box with "…"', async () => {
    const outcome = await signPdf({
      pdf: letter,
      signer,
      now: new Date(),
      visible: {
        ...BOX,
        lines: ['Digitálně podepsal: Ing. Bohumila Přemyslovna-Vratislavská, místostarostka obce'],
        font,
      },
    });
    const flattened = await qpdf(outcome.pdf, ['--flatten-annotations=all']);
    const line = (await pdfText(flattened, { first: 1, last: 1 }))
      .split('\n')
      .find((candidate) => candidate.startsWith('Digitálně podepsal'));
    expect(line).toMatch(/^Digitálně podepsal: Ing\. Bohumila .+…$/);
    expect(line!.length).toBeLessThan(60);
  });
});
