import type {
  LetterContent,
  LetterTemplate,
  PostLabelFormat,
  PostLabelInput,
} from '../../../common/letters/model';
import type { ImportedPdf, RenderedLetter } from '../../../common/contract/letters';
import type {
  JournalPdfInput,
  RenderedPdf,
  StampInput,
  TxlogPdfInput,
} from '../../../common/contract/types';
import type { PdfAssets } from './assets';

/** The PDFs main produces: intake stamp, journal print, transaction-log day, letters, envelopes. */
export interface PdfService {
  renderIntakeStamp(input: StampInput): Promise<RenderedPdf>;
  renderJournal(input: JournalPdfInput): Promise<RenderedPdf>;
  /** One office day of the transaction log, for print. */
  renderTxLogDay(input: TxlogPdfInput): Promise<RenderedPdf>;
  /** An outgoing letter from a template, PDF/A-2b, with where its signature goes. */
  renderLetter(template: LetterTemplate, content: LetterContent): Promise<RenderedLetter>;
  /** An envelope or address label for a letter sent by post. */
  renderPostLabel(input: PostLabelInput, format: PostLabelFormat): Promise<RenderedPdf>;
  /** An existing PDF made PDF/A-2b where it can be; refused with a Czech reason where not. */
  importAsPdfA(bytes: Uint8Array, title: string): Promise<ImportedPdf>;
  /** The regular face's TrueType bytes, for what others draw (a visible signature). */
  regularFontBytes(): Promise<Uint8Array>;
  /** The fonts and the PDF/A colour profile, for the conversion's outputs. */
  assets(): Promise<PdfAssets>;
}
