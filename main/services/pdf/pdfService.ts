import type {
  JournalPdfInput,
  RenderedPdf,
  StampInput,
  TxlogPdfInput,
} from '../../../common/contract/types';

/** The PDFs main produces: the intake stamp label, the journal print and the daily transaction log. */
export interface PdfService {
  renderIntakeStamp(input: StampInput): Promise<RenderedPdf>;
  renderJournal(input: JournalPdfInput): Promise<RenderedPdf>;
  /** One office day of the transaction log, for print. */
  renderTxLogDay(input: TxlogPdfInput): Promise<RenderedPdf>;
}
