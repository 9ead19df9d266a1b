import { createFontLoader } from './fonts';
import { renderIntakeStamp } from './intakeStamp';
import { renderJournal } from './journal';
import type { PdfService } from './pdfService';
import { renderTxLogDay } from './txlogPdf';

export type { PdfService } from './pdfService';

export interface PdfServiceOptions {
  /** Folder holding `fonts/DejaVuSans.ttf` and `fonts/DejaVuSans-Bold.ttf`. */
  assetsDir: string;
  /** The clock for the documents' creation date; tests pin it. */
  now?: () => Date;
}

export function createPdfService(options: PdfServiceOptions): PdfService {
  const fonts = createFontLoader(options.assetsDir);
  const now = options.now ?? (() => new Date());
  return {
    async renderIntakeStamp(input) {
      return renderIntakeStamp(input, await fonts(), now());
    },
    async renderJournal(input) {
      return renderJournal(input, await fonts(), now());
    },
    async renderTxLogDay(input) {
      return renderTxLogDay(input, await fonts(), now());
    },
  };
}
