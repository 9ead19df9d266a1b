import type { PDFPage } from 'pdf-lib';
import type { RenderedPdf, TxlogPdfInput, TxlogPdfRow } from '../../../common/contract/types';
import { officeDateTimeLocal } from '../../../common/domain/time';
import { createDocument } from './documentInfo';
import { savePdfA } from './pdfa/savePdfA';
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
  type PageGeometry,
} from './pdfTable';

/** A4 portrait. */
export const TXLOG_PAGE: PageGeometry = { width: 595.28, height: 841.89, margin: mm(10) };

export const EMPTY_TXLOG_MESSAGE = 'Za tento den nejsou v transakčním protokolu žádné záznamy.';

// seq, time, event, object, identifier, actor, detail — the detail gets the most room.
const COLUMN_SHARES = [0.065, 0.08, 0.14, 0.085, 0.14, 0.15, 0.34];
const FACTS = { size: 7.5, lineHeight: 9.5 };

/** "2026-03-02" → "2. 3. 2026" (the day is a validated calendar date). */
export function czechDay(day: string): string {
  return day.split('-').map(Number).reverse().join('. ');
}

export function txlogFileName(day: string): string {
  return `transakcni-protokol-${day}.pdf`;
}

/**
 * The lines under the title that tie the print to the hash chain: with the hash the
 * day's first entry links to and the hash of its last entry, a printed copy can be
 * checked against the stored (or a later exported) log.
 */
export function chainFacts(input: TxlogPdfInput): string[] {
  const { chain, rows } = input;
  if (!chain) return ['Záznamů za den: 0'];
  return [
    `Záznamů za den: ${rows.length} · pořadová čísla ${chain.firstSeq}–${chain.lastSeq}`,
    `Hash, na který navazuje první záznam: ${chain.prevHash}`,
    `Hash prvního záznamu (č. ${chain.firstSeq}): ${chain.firstHash}`,
    `Hash posledního záznamu (č. ${chain.lastSeq}): ${chain.lastHash}`,
  ];
}

function titleBlockHeight(pen: Pen, factLines: number): number {
  const { ascent, descent } = pen.face('bold');
  return (
    (ascent + descent) * 9 + 3 + (ascent + descent) * 14 + 4 + factLines * FACTS.lineHeight + 6
  );
}

function drawTitleBlock(
  pen: Pen,
  page: PDFPage,
  text: { organization: string; title: string; day: string; facts: string[] },
): void {
  const { width, height, margin } = TXLOG_PAGE;
  const contentWidth = width - 2 * margin;
  const bold = pen.face('bold');
  const organization = pen.fit(text.organization, contentWidth, { size: 9, minSize: 7 }, 'bold');
  const organizationBaseline = height - margin - bold.ascent * 9;
  pen.draw(page, organization.text, margin, organizationBaseline, organization.size, 'bold');

  const titleBaseline = organizationBaseline - bold.descent * 9 - 3 - bold.ascent * 14;
  const day = pen.fit(text.day, contentWidth * 0.35, { size: 12, minSize: 8 }, 'bold');
  const dayWidth = pen.width(day.text, day.size, 'bold');
  pen.draw(page, day.text, margin + contentWidth - dayWidth, titleBaseline, day.size, 'bold');
  const title = pen.fit(
    text.title,
    contentWidth - dayWidth - mm(5),
    { size: 14, minSize: 9 },
    'bold',
  );
  pen.draw(page, title.text, margin, titleBaseline, title.size, 'bold');

  let baseline = titleBaseline - bold.descent * 14 - 4 - pen.face('regular').ascent * FACTS.size;
  for (const fact of text.facts) {
    const fitted = pen.fit(fact, contentWidth, { size: FACTS.size, minSize: 5.5 }, 'regular');
    pen.draw(page, fitted.text, margin, baseline, fitted.size, 'regular');
    baseline -= FACTS.lineHeight;
  }
}

/** Time of day in office time, "09:05:07"; the day itself is in the title. */
function timeOfDay(row: TxlogPdfRow): string {
  return officeDateTimeLocal(new Date(row.at)).slice(11);
}

/** One office day of the transaction log as a printable A4 table. */
export async function renderTxLogDay(
  input: TxlogPdfInput,
  assets: PdfAssets,
  now: Date,
): Promise<RenderedPdf> {
  const day = czechDay(input.day);
  const doc = await createDocument({
    title: `${input.title} — ${day}`,
    author: input.organizationName,
    subject: 'Transakční protokol',
    createdAt: now,
  });
  const pen = new Pen(assets.fonts, await embedFonts(doc, assets.fonts));
  const facts = chainFacts(input);
  const frame = layoutTable(pen, {
    page: TXLOG_PAGE,
    shares: COLUMN_SHARES,
    headers: input.columns,
    titleHeight: titleBlockHeight(pen, facts.length),
  });
  const cells = input.rows.map((row) => [
    String(row.seq),
    timeOfDay(row),
    row.event,
    row.objectType,
    row.identifier,
    row.actor,
    row.detail,
  ]);
  const pages = paginate(layoutRows(pen, frame, cells), frame);
  const printed = printedLabel(input.generatedAt, now);
  const text = { organization: input.organizationName, title: input.title, day, facts };

  pages.forEach((rows, pageIndex) => {
    const page = doc.addPage([TXLOG_PAGE.width, TXLOG_PAGE.height]);
    drawTitleBlock(pen, page, text);
    const bottom = drawTablePage(pen, page, frame, rows);
    if (input.rows.length === 0) drawEmptyNote(pen, page, frame, bottom, EMPTY_TXLOG_MESSAGE);
    drawFooter(pen, page, TXLOG_PAGE, printed, pageIndex + 1, pages.length);
  });

  return {
    pdf: await savePdfA(doc, { part: 2, colorProfile: assets.colorProfile }),
    fileName: txlogFileName(input.day),
    pages: pages.length,
  };
}
