import type { SignatureBox } from '../../../common/domain/letter';
import type { LetterBlock, RunLine } from '../../../common/letters/model';
import { BODY, CONTENT, pdfY, SIGNATURE } from './letterGeometry';
import { drawLaidLine, type PageFlow } from './letterFlow';
import type { LetterFonts } from './letterFonts';
import { layoutRuns, type LaidLine, type MeasurerOf } from './letterLayout';
import type { LetterPen } from './letterPen';
import type { PreparedLetter } from './letterPrepare';

/** Subject, heading, body text, signature block and attachments, in the flow of pages. */

export type { SignatureBox };

const TEXT = { size: BODY.size, leading: BODY.leading };
const plain = (text: string, bold = false): RunLine => [{ text, bold, italic: false }];

export class LetterBody {
  private readonly measurerOf: MeasurerOf;

  constructor(
    private readonly flow: PageFlow,
    private readonly pen: LetterPen,
    fonts: LetterFonts,
    private readonly letter: PreparedLetter,
  ) {
    this.measurerOf = (style) => fonts[style].measure;
  }

  private lay(line: RunLine, width: number, size: number, justify: boolean): LaidLine[] {
    return layoutRuns(line, width, size, this.measurerOf, justify);
  }

  /** "Věc:" and the subject in bold, the subject's lines hanging after the label. */
  subject(): void {
    const label = 'Věc:';
    const size = BODY.subjectSize;
    const style = { size, leading: size * 1.4 };
    const indent = this.pen.width(`${label} `, size, 'bold');
    const lines = this.lay(plain(this.letter.subject, true), CONTENT.width - indent, size, false);
    this.flow.ensure(style.leading * Math.min(2, lines.length));
    const baseline = this.pen.baselineIn(this.flow.top, size, style.leading, 'bold');
    this.pen.draw(this.flow.page, label, CONTENT.left, pdfY(baseline), size, 'bold');
    for (const line of lines) {
      drawLaidLine(
        this.flow,
        this.pen,
        line,
        { left: CONTENT.left + indent, width: CONTENT.width - indent },
        style,
      );
    }
  }

  /** The centred heading of a decision or notice ("ROZHODNUTÍ"). */
  heading(): void {
    if (!this.letter.heading) return;
    const size = BODY.headingSize;
    const style = { size, leading: size * 1.5 };
    this.flow.gap(TEXT.leading);
    for (const line of this.lay(plain(this.letter.heading, true), CONTENT.width, size, false)) {
      drawLaidLine(
        this.flow,
        this.pen,
        line,
        { left: CONTENT.left, width: CONTENT.width, align: 'center' },
        style,
      );
    }
  }

  /** The body: paragraphs and bulleted lists, a blank line between blocks. */
  blocks(blocks: LetterBlock[]): void {
    const justify = this.letter.layout.bodyAlign === 'justify';
    for (const block of blocks) {
      this.flow.gap(TEXT.leading);
      if (block.kind === 'paragraph') this.paragraph(block.lines, justify);
      else this.list(block.items, justify);
    }
  }

  private paragraph(lines: RunLine[], justify: boolean): void {
    const laid = lines.flatMap((line) => this.lay(line, CONTENT.width, TEXT.size, justify));
    // Neither the first line alone at the foot of a page nor the last alone atop the
    // next: a paragraph of up to three lines stays whole, a longer one breaks with at
    // least two lines on either side.
    this.flow.ensure(TEXT.leading * (laid.length <= 3 ? laid.length : 2));
    laid.forEach((line, index) => {
      if (laid.length > 3 && index === laid.length - 2) this.flow.ensure(2 * TEXT.leading);
      drawLaidLine(this.flow, this.pen, line, { left: CONTENT.left, width: CONTENT.width }, TEXT);
    });
  }

  private list(items: RunLine[], justify: boolean): void {
    const left = CONTENT.left + BODY.bulletIndent;
    const width = CONTENT.width - BODY.bulletIndent;
    for (const item of items) {
      const laid = this.lay(item, width, TEXT.size, justify);
      this.flow.ensure(TEXT.leading * Math.min(2, laid.length));
      const baseline = this.pen.baselineIn(this.flow.top, TEXT.size, TEXT.leading);
      this.pen.draw(
        this.flow.page,
        '•',
        CONTENT.left + BODY.bulletIndent / 3,
        pdfY(baseline),
        TEXT.size,
        'regular',
      );
      for (const line of laid) drawLaidLine(this.flow, this.pen, line, { left, width }, TEXT);
    }
  }

  /**
   * The closing, the box for the signature, the signer's name and function, and the
   * place for the official stamp — kept together on one page.
   */
  signature(): SignatureBox {
    const { closing, signer, layout } = this.letter;
    const nameLines = [signer.name, signer.function].filter((line) => line.length > 0);
    const height =
      (closing ? 2 * TEXT.leading : 0) + SIGNATURE.height + nameLines.length * TEXT.leading;
    this.flow.gap(TEXT.leading);
    this.flow.ensure(height);
    if (closing) {
      for (const line of this.lay(plain(closing), CONTENT.width, TEXT.size, false)) {
        drawLaidLine(this.flow, this.pen, line, { left: CONTENT.left, width: CONTENT.width }, TEXT);
      }
      this.flow.advance(TEXT.leading);
    }
    const right = layout.signaturePosition === 'right';
    const boxLeft = right ? CONTENT.right - SIGNATURE.width : CONTENT.left;
    const boxTop = this.flow.top;
    const box: SignatureBox = {
      page: this.flow.pageIndex,
      x: boxLeft,
      y: pdfY(boxTop + SIGNATURE.height),
      width: SIGNATURE.width,
      height: SIGNATURE.height,
    };
    if (layout.officialStampPlaceholder) this.stampPlaceholder(right, boxTop);
    this.flow.advance(SIGNATURE.height);
    nameLines.forEach((line, index) => {
      const laid = this.lay(plain(line, index === 0), SIGNATURE.width, TEXT.size, false);
      for (const part of laid) {
        drawLaidLine(
          this.flow,
          this.pen,
          part,
          { left: boxLeft, width: SIGNATURE.width, align: 'center' },
          TEXT,
        );
      }
    });
    return box;
  }

  private stampPlaceholder(signatureOnRight: boolean, boxTop: number): void {
    const note = 'otisk úředního razítka';
    const size = SIGNATURE.noteSize;
    const width = this.pen.width(note, size, 'regular');
    const area = signatureOnRight
      ? { left: CONTENT.left, width: SIGNATURE.stampWidth }
      : { left: CONTENT.right - SIGNATURE.stampWidth, width: SIGNATURE.stampWidth };
    const baseline = this.pen.baselineIn(boxTop + SIGNATURE.height / 2 - size, size, 2 * size);
    this.pen.draw(
      this.flow.page,
      note,
      area.left + (area.width - width) / 2,
      pdfY(baseline),
      size,
      'regular',
    );
  }

  /** "Přílohy:" and the numbered list of attachments. */
  attachments(): void {
    const { attachments, attachmentsHeading } = this.letter;
    if (attachments.length === 0) return;
    this.flow.gap(TEXT.leading);
    this.flow.ensure(2 * TEXT.leading);
    for (const line of this.lay(plain(attachmentsHeading, true), CONTENT.width, TEXT.size, false)) {
      drawLaidLine(this.flow, this.pen, line, { left: CONTENT.left, width: CONTENT.width }, TEXT);
    }
    const left = CONTENT.left + BODY.attachmentIndent;
    const width = CONTENT.width - BODY.attachmentIndent;
    attachments.forEach((name, index) => {
      const laid = this.lay(plain(name), width, TEXT.size, false);
      this.flow.ensure(TEXT.leading);
      const baseline = this.pen.baselineIn(this.flow.top, TEXT.size, TEXT.leading);
      this.pen.draw(
        this.flow.page,
        `${index + 1}.`,
        CONTENT.left,
        pdfY(baseline),
        TEXT.size,
        'regular',
      );
      for (const line of laid) drawLaidLine(this.flow, this.pen, line, { left, width }, TEXT);
    });
  }
}
