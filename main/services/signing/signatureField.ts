/**
 * The signature field libpdf signs into, made by us first so that its widget has an
 * appearance. libpdf creates a field of its own as a zero-size widget with no /AP, and
 * PDF/A forbids a widget without an appearance dictionary (ISO 19005-1, 6.5.3); it
 * also leaves that widget out of every page's /Annots. So before libpdf signs, the
 * document gets a merged field/widget — /FT /Sig, /F 132 (Print, Locked), on its
 * page's /Annots and in /AcroForm /Fields (/SigFlags 3) — with an appearance: an empty
 * form XObject for an invisible signature, the drawn block for a visible one. Named by
 * `fieldName`, libpdf then fills that field's /V, keeps our /AP, and writes it all in
 * the signature's own revision, so the signature covers its appearance.
 */
import {
  PdfArray,
  PdfDict,
  PdfName,
  PdfNumber,
  PdfRef,
  PdfStream,
  PdfString,
  type PDF,
  type PdfObject,
} from '@libpdf/core';
import { signingFailed } from './errors';

/** Annotation flags Print (4) and Locked (128). */
const PRINT_LOCKED = 132;
const MAX_FIELD_DEPTH = 32;
const MAX_FIELDS = 100_000;

export type Rect = [number, number, number, number];

export const INVISIBLE_RECT: Rect = [0, 0, 0, 0];

const PLACEMENT_KEYS = new Set(['Rect', 'P']);

/**
 * A widget that keeps where it was put. libpdf, as it signs into a field, sets every
 * signature widget's /Rect to [0 0 0 0] and its /P to the first page — right for its
 * own invisible widgets, wrong for a visible one, which would vanish.
 */
class PlacedWidget extends PdfDict {
  override set(key: PdfName | string, value: PdfObject): void {
    const name = typeof key === 'string' ? key : key.value;
    if (PLACEMENT_KEYS.has(name) && this.has(name)) return;
    super.set(key, value);
  }
}

function resolved(pdf: PDF, value: PdfObject | undefined): PdfObject | undefined {
  return value instanceof PdfRef ? (pdf.getObject(value) ?? undefined) : value;
}

function dictOf(pdf: PDF, value: PdfObject | undefined): PdfDict | null {
  const object = resolved(pdf, value);
  return object instanceof PdfDict ? object : null;
}

function arrayOf(pdf: PDF, value: PdfObject | undefined): PdfArray | null {
  const object = resolved(pdf, value);
  return object instanceof PdfArray ? object : null;
}

function textOf(value: PdfObject | undefined): string | null {
  return value instanceof PdfString ? value.asString() : null;
}

/** Every field of the form by its fully qualified name (ISO 32000-1, 12.7.3.2). */
function fieldsByName(pdf: PDF): Map<string, PdfDict> {
  const found = new Map<string, PdfDict>();
  const form = dictOf(pdf, pdf.getCatalog().get('AcroForm'));
  const seen = new Set<PdfDict>();
  const visit = (items: PdfArray | null, prefix: string | null, depth: number) => {
    if (!items || depth > MAX_FIELD_DEPTH) return;
    for (const item of items.toArray()) {
      const field = dictOf(pdf, item);
      if (!field || seen.has(field) || seen.size >= MAX_FIELDS) continue;
      seen.add(field);
      const partial = textOf(field.get('T'));
      const name = partial === null ? prefix : prefix === null ? partial : `${prefix}.${partial}`;
      if (name !== null) found.set(name, field);
      visit(arrayOf(pdf, field.get('Kids')), name, depth + 1);
    }
  };
  visit(arrayOf(pdf, form?.get('Fields')), null, 0);
  return found;
}

/** `prefix` and the first number no field of the document is named with yet. */
export function newFieldName(pdf: PDF, prefix: 'Signature_' | 'Timestamp_'): string {
  const names = fieldsByName(pdf);
  let number = 1;
  while (names.has(`${prefix}${number}`)) number++;
  return `${prefix}${number}`;
}

/** The appearance of an invisible signature: an empty form XObject. */
export function emptyAppearance(pdf: PDF): PdfRef {
  return pdf.register(
    new PdfStream(
      PdfDict.of({
        Type: PdfName.of('XObject'),
        Subtype: PdfName.of('Form'),
        BBox: new PdfArray(INVISIBLE_RECT.map((value) => PdfNumber.of(value))),
      }),
      new Uint8Array(0),
    ),
  );
}

export interface FieldPlacement {
  /** 0-based page index. */
  pageIndex: number;
  rect: Rect;
  /** The form XObject the widget shows (/AP /N). */
  appearance: PdfRef;
}

function acroForm(pdf: PDF): PdfDict {
  const catalog = pdf.getCatalog();
  const existing = dictOf(pdf, catalog.get('AcroForm'));
  if (existing) return existing;
  // Only what a signed form needs: no /DR with fonts nobody embeds, no /NeedAppearances.
  const form = PdfDict.of({ Fields: new PdfArray([]) });
  catalog.set('AcroForm', pdf.register(form));
  return form;
}

function annotsOf(pdf: PDF, page: PdfDict): PdfArray {
  const existing = arrayOf(pdf, page.get('Annots'));
  if (existing) return existing;
  const annots = new PdfArray([]);
  page.set('Annots', annots);
  return annots;
}

/**
 * Adds an unsigned signature field named `name` whose widget shows `appearance` at
 * `rect` on the page. A field of that name already there is refused: libpdf would sign
 * into it as it is, with no appearance of ours.
 */
export function addSignatureField(pdf: PDF, name: string, placement: FieldPlacement): void {
  if (fieldsByName(pdf).has(name)) throw signingFailed(`field "${name}" already exists`);
  const page = pdf.getPage(placement.pageIndex);
  if (!page) throw signingFailed(`no page ${placement.pageIndex + 1}`);
  const widget = new PlacedWidget([
    ['Type', PdfName.of('Annot')],
    ['Subtype', PdfName.of('Widget')],
    ['FT', PdfName.of('Sig')],
    ['T', PdfString.fromString(name)],
    ['F', PdfNumber.of(PRINT_LOCKED)],
    ['P', page.ref],
    ['Rect', new PdfArray(placement.rect.map((value) => PdfNumber.of(value)))],
    ['AP', PdfDict.of({ N: placement.appearance })],
  ]);
  const ref = pdf.register(widget);
  annotsOf(pdf, page.dict).push(ref);
  const form = acroForm(pdf);
  let fields = arrayOf(pdf, form.get('Fields'));
  if (!fields) {
    fields = new PdfArray([]);
    form.set('Fields', fields);
  }
  fields.push(ref);
  const flags = form.getNumber('SigFlags')?.value ?? 0;
  if ((flags & 3) !== 3) form.set('SigFlags', PdfNumber.of(flags | 3));
}

function rectOf(pdf: PDF, value: PdfObject | undefined): number[] | null {
  const array = arrayOf(pdf, value);
  if (!array) return null;
  const numbers = array.toArray().map((item) => resolved(pdf, item));
  return numbers.every((item) => item instanceof PdfNumber)
    ? numbers.map((item) => (item as PdfNumber).value)
    : null;
}

/**
 * After libpdf signed: the field holds a value, its widget still has our appearance and
 * our rectangle. Guards against a libpdf that one day handles the field differently.
 */
export function assertFieldSigned(pdf: PDF, name: string, rect: Rect): void {
  const field = fieldsByName(pdf).get(name);
  const appearance = dictOf(pdf, field?.get('AP'));
  const placed = rectOf(pdf, field?.get('Rect'));
  if (
    !field ||
    !dictOf(pdf, field.get('V')) ||
    !(resolved(pdf, appearance?.get('N')) instanceof PdfStream) ||
    !placed ||
    placed.some((value, index) => Math.abs(value - rect[index]!) > 0.001)
  )
    throw signingFailed(`signature field "${name}" lost its appearance or placement`);
}
