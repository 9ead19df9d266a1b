import {
  fill,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingGrayscaleColor,
  type PDFPage,
} from 'pdf-lib';
import { ServiceError } from '../../../common/contract/envelope';
import type { RenderedPdf, StampInput } from '../../../common/contract/types';
import { formatOfficeDateTime } from '../../../common/domain/time';
import {
  barsOf,
  canEncodeCode128,
  code128Widths,
  QUIET_ZONE_MODULES,
  totalModules,
} from './code128';
import { createDocument } from './documentInfo';
import { savePdfA } from './pdfa/savePdfA';
import { stampFileName } from './fileNames';
import type { PdfAssets } from './assets';
import { embedFonts } from './fonts';
import { mm, Pen, type Weight } from './pen';
import type { FittedLine } from './textLayout';

/**
 * The label is 90 × 50 mm (business-card size): small enough for the free space at
 * the top of a letter's first page, where the stamp goes by custom, and large enough
 * for the reference number in large type and a Code 128 PID of up to 25 characters
 * (our PIDs have about 12) at the minimum module width with its quiet zones. A longer
 * PID widens the label rather than printing bars too thin to scan.
 */
export const LABEL = {
  width: mm(90),
  height: mm(50),
  margin: mm(3),
} as const;

export const BARCODE = {
  height: mm(10),
  minModule: mm(0.25),
  maxModule: mm(0.4),
} as const;

const KIND_LABEL: Record<StampInput['attachmentsKind'], string> = {
  paper: 'listinné',
  nonpaper: 'nelistinné',
};

const TEXT = { size: 7.5, minSize: 6 };
/** Printed under a provisional number, so nobody copies it as the final one. */
export const PROVISIONAL_NOTE = 'Prozatímní číslo – bude nahrazeno';
const LINE_GAP = 3.4;

export interface BarcodePlacement {
  widths: number[];
  moduleWidth: number;
  /** Left edge of the first bar. */
  x: number;
  y: number;
  height: number;
}

/** Module width and label width for a PID: as wide as fits, never under the minimum. */
export function planBarcode(pid: string): {
  pageWidth: number;
  placement: BarcodePlacement | null;
} {
  if (!canEncodeCode128(pid)) return { pageWidth: LABEL.width, placement: null };
  const widths = code128Widths(pid);
  const modules = totalModules(widths);
  const withQuietZones = modules + 2 * QUIET_ZONE_MODULES;
  const available = LABEL.width - 2 * LABEL.margin;
  const moduleWidth = Math.max(
    BARCODE.minModule,
    Math.min(BARCODE.maxModule, available / withQuietZones),
  );
  const pageWidth = Math.max(LABEL.width, withQuietZones * moduleWidth + 2 * LABEL.margin);
  return {
    pageWidth,
    placement: {
      widths,
      moduleWidth,
      x: (pageWidth - modules * moduleWidth) / 2,
      y: LABEL.margin,
      height: BARCODE.height,
    },
  };
}

function drawBars(page: PDFPage, placement: BarcodePlacement): void {
  const bars = barsOf(placement.widths, placement.moduleWidth);
  page.pushOperators(
    pushGraphicsState(),
    setFillingGrayscaleColor(0),
    ...bars.map((bar) => rectangle(placement.x + bar.x, placement.y, bar.width, placement.height)),
    fill(),
    popGraphicsState(),
  );
}

interface LabelLine {
  label: string;
  value: string;
  valueWeight: Weight;
  size: number;
  minSize: number;
}

interface LabelledLayout {
  labelSize: number;
  valueX: number;
  value: FittedLine;
  width: number;
}

/** "Label: value" on one line; the value gets what is left of `maxWidth`. */
function layoutLabelled(pen: Pen, line: LabelLine, maxWidth: number): LabelledLayout {
  const labelSize = Math.min(line.size, TEXT.size);
  const valueX = pen.width(line.label, labelSize, 'regular') + labelSize * 0.35;
  const value = pen.fit(
    line.value,
    Math.max(0, maxWidth - valueX),
    { size: line.size, minSize: line.minSize },
    line.valueWeight,
  );
  const width = valueX + pen.width(value.text, value.size, line.valueWeight);
  return { labelSize, valueX, value, width };
}

function drawLabelled(
  pen: Pen,
  page: PDFPage,
  line: LabelLine,
  layout: LabelledLayout,
  x: number,
  y: number,
): void {
  pen.draw(page, line.label, x, y, layout.labelSize, 'regular');
  pen.draw(page, layout.value.text, x + layout.valueX, y, layout.value.size, line.valueWeight);
}

function drawLabelledLine(
  pen: Pen,
  page: PDFPage,
  line: LabelLine,
  x: number,
  y: number,
  maxWidth: number,
): void {
  drawLabelled(pen, page, line, layoutLabelled(pen, line, maxWidth), x, y);
}

/** Keeps the next baseline, moving down by the height of each line drawn. */
class Cursor {
  constructor(
    private top: number,
    private readonly pen: Pen,
  ) {}

  next(size: number): number {
    const baseline = this.top - this.pen.face('regular').ascent * size;
    this.top = baseline - this.pen.face('regular').descent * size - LINE_GAP;
    return baseline;
  }
}

function attachmentsValue(input: StampInput): string {
  const parts = [String(input.attachmentsCount)];
  if (input.attachmentsCount > 0) parts.push(KIND_LABEL[input.attachmentsKind]);
  const description = input.attachmentsDescription?.trim();
  if (description) parts.push(`– ${description}`);
  return parts.join(' ');
}

function receivedText(receivedAt: string): string {
  if (Number.isNaN(Date.parse(receivedAt))) {
    throw new ServiceError('errors.pdf.invalidDate', 'Datum a čas doručení nejsou platné.', {
      value: receivedAt.slice(0, 40),
    });
  }
  return formatOfficeDateTime(receivedAt);
}

export async function renderIntakeStamp(
  input: StampInput,
  assets: PdfAssets,
  now: Date,
): Promise<RenderedPdf> {
  const received = receivedText(input.receivedAt);
  const doc = await createDocument({
    title: `Podací razítko ${input.referenceNumber}`,
    author: input.organizationName,
    subject: `PID ${input.pid}`,
    createdAt: now,
  });
  const pen = new Pen(assets.fonts, await embedFonts(doc, assets.fonts));
  const { pageWidth, placement } = planBarcode(input.pid);
  const page = doc.addPage([pageWidth, LABEL.height]);
  const x = LABEL.margin;
  const width = pageWidth - 2 * LABEL.margin;
  const cursor = new Cursor(LABEL.height - LABEL.margin, pen);

  const organization = pen.fit(input.organizationName, width, { size: 8.5, minSize: 6 }, 'bold');
  pen.draw(page, organization.text, x, cursor.next(8.5), organization.size, 'bold');

  const line = (label: string, value: string, valueWeight: Weight = 'regular') => ({
    label,
    value,
    valueWeight,
    ...TEXT,
  });
  drawLabelledLine(pen, page, line('Došlo:', received, 'bold'), x, cursor.next(TEXT.size), width);
  drawLabelledLine(
    pen,
    page,
    {
      label: 'Č. j.:',
      value: input.referenceNumber,
      valueWeight: 'bold',
      size: 13,
      // A provisional number must be printed whole, the word PROZATÍMNÍ included.
      minSize: input.provisional ? TEXT.minSize : 7,
    },
    x,
    cursor.next(13),
    width,
  );
  if (input.provisional) {
    const note = pen.fit(PROVISIONAL_NOTE, width, TEXT, 'bold');
    pen.draw(page, note.text, x, cursor.next(TEXT.size), note.size, 'bold');
    // The note takes a line of the label's height: sheets and attachments share one.
    const y = cursor.next(TEXT.size);
    const sheetsLine = line('Listů:', String(input.sheets));
    const sheets = layoutLabelled(pen, sheetsLine, width / 3);
    drawLabelled(pen, page, sheetsLine, sheets, x, y);
    const gap = mm(3);
    const attachmentsX = x + sheets.width + gap;
    drawLabelledLine(
      pen,
      page,
      line('Příloh:', attachmentsValue(input)),
      attachmentsX,
      y,
      width - sheets.width - gap,
    );
  } else {
    drawLabelledLine(
      pen,
      page,
      line('Listů:', String(input.sheets)),
      x,
      cursor.next(TEXT.size),
      width,
    );
    drawLabelledLine(
      pen,
      page,
      line('Příloh:', attachmentsValue(input)),
      x,
      cursor.next(TEXT.size),
      width,
    );
  }

  const handler = input.handler?.trim();
  const fileMark = input.fileMark?.trim();
  if (handler || fileMark) {
    const y = cursor.next(TEXT.size);
    let handlerWidth = width;
    if (fileMark) {
      // The file mark is short and decides the retention; it keeps its room, right-aligned.
      const markLine = line('Spis. znak:', fileMark);
      const mark = layoutLabelled(pen, markLine, handler ? width / 2 : width);
      drawLabelled(pen, page, markLine, mark, handler ? x + width - mark.width : x, y);
      handlerWidth = width - mark.width - mm(3);
    }
    if (handler) drawLabelledLine(pen, page, line('Vyřizuje:', handler), x, y, handlerWidth);
  }

  // The PID line sits right above the bars, bottom-up, so it stays with its barcode.
  const barcodeTop = LABEL.margin + BARCODE.height;
  const pidBaseline = barcodeTop + mm(1) + pen.face('regular').descent * 8;
  drawLabelledLine(
    pen,
    page,
    { label: 'PID:', value: input.pid, valueWeight: 'bold', size: 8, minSize: 6 },
    x,
    pidBaseline,
    width,
  );
  if (placement) drawBars(page, placement);
  else {
    const note = pen.fit('(PID nelze vyjádřit čárovým kódem Code 128)', width, TEXT, 'regular');
    pen.draw(page, note.text, x, LABEL.margin + BARCODE.height / 2, note.size, 'regular');
  }

  return {
    pdf: await savePdfA(doc, { part: 2, colorProfile: assets.colorProfile }),
    fileName: stampFileName(input.referenceNumber),
    pages: 1,
  };
}
