import type { PDFPage } from 'pdf-lib';
import {
  journalPdfRowSchema,
  type JournalPdfInput,
  type JournalPdfRow,
  type RenderedPdf,
} from '../../../common/contract/types';
import { createDocument } from './documentInfo';
import { savePdfA } from './pdfa/savePdfA';
import { journalFileName } from './fileNames';
import type { PdfAssets } from './assets';
import { embedFonts } from './fonts';
import { mm, Pen } from './pen';
import {
  drawEmptyNote,
  drawFooter,
  drawTablePage,
  layoutRows,
  layoutTable,
  paginate,
  printedLabel,
} from './pdfTable';

/** A4 landscape. */
export const JOURNAL_PAGE = { width: 841.89, height: 595.28, margin: mm(10) } as const;

export const EMPTY_JOURNAL_MESSAGE = 'V zadaném období nejsou žádné dokumenty.';

/** Row fields in the order of `input.columns`. */
export const JOURNAL_FIELDS = Object.keys(journalPdfRowSchema.shape) as ReadonlyArray<
  keyof JournalPdfRow
>;

// Shares of the table width: the free-text columns (sender/addressee, subject) get
// the most, short codes the least; the sum is 1.
const COLUMN_SHARES = [0.09, 0.085, 0.065, 0.19, 0.225, 0.09, 0.06, 0.05, 0.085, 0.06];

/** Height of the page title block (organisation, title and period). */
function titleBlockHeight(pen: Pen): number {
  const { ascent, descent } = pen.face('bold');
  return (ascent + descent) * 9 + 3 + (ascent + descent) * 14 + 6;
}

interface PageText {
  organization: string;
  title: string;
  period: string;
}

function drawTitleBlock(pen: Pen, page: PDFPage, text: PageText): void {
  const { width, height, margin } = JOURNAL_PAGE;
  const contentWidth = width - 2 * margin;
  const bold = pen.face('bold');
  const organization = pen.fit(text.organization, contentWidth, { size: 9, minSize: 7 }, 'bold');
  const organizationBaseline = height - margin - bold.ascent * 9;
  pen.draw(page, organization.text, margin, organizationBaseline, organization.size, 'bold');

  const titleBaseline = organizationBaseline - bold.descent * 9 - 3 - bold.ascent * 14;
  const period = pen.fit(text.period, contentWidth * 0.4, { size: 10, minSize: 7 }, 'regular');
  const periodWidth = pen.width(period.text, period.size, 'regular');
  pen.draw(
    page,
    period.text,
    margin + contentWidth - periodWidth,
    titleBaseline,
    period.size,
    'regular',
  );
  const titleWidth = contentWidth - periodWidth - mm(5);
  const title = pen.fit(text.title, titleWidth, { size: 14, minSize: 9 }, 'bold');
  pen.draw(page, title.text, margin, titleBaseline, title.size, 'bold');
}

export async function renderJournal(
  input: JournalPdfInput,
  assets: PdfAssets,
  now: Date,
): Promise<RenderedPdf> {
  const doc = await createDocument({
    title: `${input.title} — ${input.periodLabel}`,
    author: input.organizationName,
    subject: 'Podací deník',
    createdAt: now,
  });
  const pen = new Pen(assets.fonts, await embedFonts(doc, assets.fonts));
  const frame = layoutTable(pen, {
    page: JOURNAL_PAGE,
    shares: COLUMN_SHARES,
    headers: input.columns,
    titleHeight: titleBlockHeight(pen),
  });
  const cells = input.rows.map((row) => JOURNAL_FIELDS.map((field) => row[field]));
  const pages = paginate(layoutRows(pen, frame, cells), frame);
  const text: PageText = {
    organization: input.organizationName,
    title: input.title,
    period: input.periodLabel,
  };
  const printed = printedLabel(input.generatedAt, now);

  pages.forEach((rows, pageIndex) => {
    const page = doc.addPage([JOURNAL_PAGE.width, JOURNAL_PAGE.height]);
    drawTitleBlock(pen, page, text);
    const bottom = drawTablePage(pen, page, frame, rows);
    if (input.rows.length === 0) drawEmptyNote(pen, page, frame, bottom, EMPTY_JOURNAL_MESSAGE);
    drawFooter(pen, page, JOURNAL_PAGE, printed, pageIndex + 1, pages.length);
  });

  return {
    pdf: await savePdfA(doc, { part: 2, colorProfile: assets.colorProfile }),
    fileName: journalFileName(input.periodLabel),
    pages: pages.length,
  };
}
