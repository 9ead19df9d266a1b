import type { JournalPdfInput, RenderedPdf, StampInput } from '../../../common/contract/types';

/** The PDFs main produces for the foundation: the intake stamp label and the journal print. */
export interface PdfService {
  renderIntakeStamp(input: StampInput): Promise<RenderedPdf>;
  renderJournal(input: JournalPdfInput): Promise<RenderedPdf>;
}
