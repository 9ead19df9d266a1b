/**
 * The input's pages as they print, copied into a new document: every annotation that
 * prints (a visible signature's widget above all) has its normal appearance drawn into
 * the page content, and the annotations, the form and the signatures themselves are
 * left behind. The printout must show what a viewer shows, but the PDF we make of it is
 * a plain PDF/A-2b that does not pose as the signed original. pdf-lib has no flattening
 * of arbitrary annotations (its form flattening knows only its own field types), so the
 * placement of ISO 32000-1 §12.5.5 is done here.
 */
import {
  concatTransformationMatrix,
  drawObject,
  PDFArray,
  PDFDict,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFStream,
  popGraphicsState,
  pushGraphicsState,
  type PDFDocument,
  type PDFOperator,
  type PDFPage,
} from 'pdf-lib';

const FLAG = { invisible: 1, hidden: 2, print: 4, noView: 32 } as const;

type Box = [number, number, number, number];

function numbers(value: unknown, count: number): number[] | null {
  if (!(value instanceof PDFArray) || value.size() !== count) return null;
  const out = value.asArray().map((item) => (item instanceof PDFNumber ? item.asNumber() : NaN));
  return out.every(Number.isFinite) ? out : null;
}

function normalized(box: number[]): Box {
  const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = box;
  return [Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2)];
}

/** The bounding box of `box` transformed by the form's matrix [a b c d e f]. */
function transformed(box: Box, m: number[]): Box {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = m;
  const corners = [
    [box[0], box[1]],
    [box[0], box[3]],
    [box[2], box[1]],
    [box[2], box[3]],
  ].map(([x = 0, y = 0]) => [a * x + c * y + e, b * x + d * y + f]);
  const xs = corners.map((corner) => corner[0] ?? 0);
  const ys = corners.map((corner) => corner[1] ?? 0);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** The annotation's normal appearance (the state /AS picks, for fields with states), as a reference. */
function normalAppearance(doc: PDFDocument, annotation: PDFDict): PDFRef | null {
  const appearance = annotation.lookup(PDFName.of('AP'));
  if (!(appearance instanceof PDFDict)) return null;
  let normal = appearance.get(PDFName.of('N'));
  const resolved = doc.context.lookup(normal);
  if (resolved instanceof PDFDict && !(resolved instanceof PDFStream)) {
    const state = annotation.lookup(PDFName.of('AS'));
    normal = state instanceof PDFName ? resolved.get(state) : undefined;
  }
  if (normal instanceof PDFRef) {
    return doc.context.lookup(normal) instanceof PDFStream ? normal : null;
  }
  return normal instanceof PDFStream ? doc.context.register(normal) : null;
}

/** The operators that draw one annotation's appearance where the viewer shows it, or null. */
function flattenedAnnotation(
  doc: PDFDocument,
  page: PDFPage,
  annotation: PDFDict,
): PDFOperator[] | null {
  const flagsObject = annotation.lookup(PDFName.of('F'));
  const flags = flagsObject instanceof PDFNumber ? flagsObject.asNumber() : 0;
  if (flags & (FLAG.hidden | FLAG.noView) || !(flags & FLAG.print)) return null;
  const ref = normalAppearance(doc, annotation);
  const rect = numbers(annotation.lookup(PDFName.of('Rect')), 4);
  if (!ref || !rect) return null;
  const form = doc.context.lookup(ref, PDFStream);
  const bbox = numbers(form.dict.lookup(PDFName.of('BBox')), 4);
  if (!bbox) return null;
  const matrix = numbers(form.dict.lookup(PDFName.of('Matrix')), 6) ?? [1, 0, 0, 1, 0, 0];
  const [rx1, ry1, rx2, ry2] = normalized(rect);
  const [bx1, by1, bx2, by2] = transformed(normalized(bbox), matrix);
  if (rx2 - rx1 <= 0 || ry2 - ry1 <= 0 || bx2 - bx1 <= 0 || by2 - by1 <= 0) return null;
  // Appearance streams are form XObjects by definition; some writers leave the names out.
  form.dict.set(PDFName.of('Type'), PDFName.of('XObject'));
  form.dict.set(PDFName.of('Subtype'), PDFName.of('Form'));
  const sx = (rx2 - rx1) / (bx2 - bx1);
  const sy = (ry2 - ry1) / (by2 - by1);
  const name = page.node.newXObject('Flat', ref);
  return [
    pushGraphicsState(),
    concatTransformationMatrix(sx, 0, 0, sy, rx1 - sx * bx1, ry1 - sy * by1),
    drawObject(name),
    popGraphicsState(),
  ];
}

/** Draws the page's printing annotations into its content and removes them all. */
function flattenPage(doc: PDFDocument, page: PDFPage): number {
  const annots = page.node.lookup(PDFName.of('Annots'));
  if (!(annots instanceof PDFArray)) {
    page.node.delete(PDFName.of('Annots'));
    return 0;
  }
  const operators: PDFOperator[] = [];
  let drawn = 0;
  for (const entry of annots.asArray()) {
    const annotation = doc.context.lookup(entry);
    if (!(annotation instanceof PDFDict)) continue;
    const flattened = flattenedAnnotation(doc, page, annotation);
    if (!flattened) continue;
    operators.push(...flattened);
    drawn++;
  }
  // pdf-lib puts the page's own content between q and Q before anything is added
  // (PDFPageLeaf.normalize), so the appearances start from the default state.
  if (operators.length > 0) page.pushOperators(...operators);
  page.node.delete(PDFName.of('Annots'));
  return drawn;
}

/**
 * Copies the pages of `source` (after drawing their printing annotations into them) to
 * the end of `target`; returns how many pages and appearances went over. `source` is
 * changed on the way and must not be saved.
 */
export async function copyPrintablePages(
  source: PDFDocument,
  target: PDFDocument,
): Promise<{ pages: number; appearances: number }> {
  let appearances = 0;
  const pages = source.getPages();
  for (const page of pages) appearances += flattenPage(source, page);
  // Only what the pages reference is copied: no catalog, form, signatures or outlines.
  const copied = await target.copyPages(
    source,
    pages.map((_, index) => index),
  );
  for (const page of copied) {
    // Page-level links into the old structure tree or beads would dangle.
    for (const key of ['StructParents', 'B', 'Tabs']) page.node.delete(PDFName.of(key));
    target.addPage(page);
  }
  return { pages: copied.length, appearances };
}
