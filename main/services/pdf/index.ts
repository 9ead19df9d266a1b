import { createAssetLoader } from './assets';
import { renderIntakeStamp } from './intakeStamp';
import { renderJournal } from './journal';
import { createLetterAssetLoader } from './letterFonts';
import { renderLetter } from './letterPdf';
import { importPdfAsPdfA } from './pdfa/import/importPdf';
import type { PdfService } from './pdfService';
import { renderPostLabel } from './postLabelPdf';
import { renderTxLogDay } from './txlogPdf';

export type { PdfService } from './pdfService';

export interface PdfServiceOptions {
  /** Folder holding `fonts/DejaVuSans*.ttf` (regular, bold and, for letters, the oblique faces) and `color/sRGB.icc`. */
  assetsDir: string;
  /** The clock for the documents' creation date; tests pin it. */
  now?: () => Date;
}

export function createPdfService(options: PdfServiceOptions): PdfService {
  const assets = createAssetLoader(options.assetsDir);
  const letterAssets = createLetterAssetLoader(options.assetsDir, assets);
  const now = options.now ?? (() => new Date());
  return {
    async renderIntakeStamp(input) {
      return renderIntakeStamp(input, await assets(), now());
    },
    async renderJournal(input) {
      return renderJournal(input, await assets(), now());
    },
    async renderTxLogDay(input) {
      return renderTxLogDay(input, await assets(), now());
    },
    async renderLetter(template, content) {
      return renderLetter(template, content, await letterAssets(), now());
    },
    async renderPostLabel(input, format) {
      return renderPostLabel(input, await letterAssets(), now(), format);
    },
    async importAsPdfA(bytes, title) {
      const { colorProfile } = await assets();
      return importPdfAsPdfA(bytes, { title, importedAt: now() }, colorProfile);
    },
    async regularFontBytes() {
      return (await assets()).fonts.regular.bytes;
    },
    assets,
  };
}
