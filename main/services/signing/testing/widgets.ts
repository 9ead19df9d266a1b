/** The signature widgets of a PDF as the tests look at them, read with libpdf. Used by tests only. */
import {
  PDF,
  PdfArray,
  PdfDict,
  PdfName,
  PdfNumber,
  PdfRef,
  PdfStream,
  PdfString,
} from '@libpdf/core';
import type { PdfObject } from '@libpdf/core';

export interface SignatureWidget {
  name: string;
  /** 1-based page whose /Annots lists the widget. */
  page: number;
  /** 1-based page /P names. */
  pageOfP: number | null;
  rect: number[];
  flags: number | null;
  signed: boolean;
  /** /AP holds only /N, and that is a form XObject. */
  appearanceOnlyN: boolean;
  appearanceBBox: number[] | null;
  appearanceLength: number;
}

export interface FormFacts {
  widgets: SignatureWidget[];
  /** The signature fields in /AcroForm /Fields, by name. */
  fieldNames: string[];
  sigFlags: number | null;
  /** Keys of the /AcroForm dictionary. */
  formKeys: string[];
}

function numbers(pdf: PDF, value: PdfObject | undefined): number[] {
  const array = value instanceof PdfRef ? pdf.getObject(value) : value;
  if (!(array instanceof PdfArray)) return [];
  return array.toArray().map((item) => (item instanceof PdfNumber ? item.value : NaN));
}

function textOf(value: PdfObject | undefined): string {
  return value instanceof PdfString ? value.asString() : '';
}

function dictOf(pdf: PDF, value: PdfObject | undefined): PdfDict | null {
  const object = value instanceof PdfRef ? pdf.getObject(value) : value;
  return object instanceof PdfDict ? object : null;
}

export async function formFacts(bytes: Uint8Array): Promise<FormFacts> {
  const pdf = await PDF.load(bytes);
  const pageNumbers = new Map<string, number>();
  pdf.getPages().forEach((page, index) => pageNumbers.set(page.ref.toString(), index + 1));
  const widgets: SignatureWidget[] = [];
  pdf.getPages().forEach((page, index) => {
    const annots = page.dict.get('Annots');
    const list = annots instanceof PdfRef ? pdf.getObject(annots) : annots;
    if (!(list instanceof PdfArray)) return;
    for (const item of list.toArray()) {
      const widget = dictOf(pdf, item);
      if (!widget || widget.getName('FT')?.value !== 'Sig') continue;
      const appearance = dictOf(pdf, widget.get('AP'));
      const normal = appearance?.get('N');
      const stream = normal instanceof PdfRef ? pdf.getObject(normal) : null;
      const p = widget.get('P');
      widgets.push({
        name: textOf(widget.get('T')),
        page: index + 1,
        pageOfP: p instanceof PdfRef ? (pageNumbers.get(p.toString()) ?? null) : null,
        rect: numbers(pdf, widget.get('Rect')),
        flags: widget.getNumber('F')?.value ?? null,
        signed: dictOf(pdf, widget.get('V')) !== null,
        appearanceOnlyN:
          appearance !== null &&
          [...appearance.keys()].map((key) => key.value).join() === 'N' &&
          stream instanceof PdfStream &&
          stream.getName('Subtype')?.value === 'Form',
        appearanceBBox: stream instanceof PdfStream ? numbers(pdf, stream.get('BBox')) : null,
        appearanceLength: stream instanceof PdfStream ? stream.getDecodedData().byteLength : 0,
      });
    }
  });
  const form = dictOf(pdf, pdf.getCatalog().get('AcroForm'));
  const fields = form?.get('Fields');
  const fieldList = fields instanceof PdfRef ? pdf.getObject(fields) : fields;
  const fieldNames =
    fieldList instanceof PdfArray
      ? fieldList
          .toArray()
          .map((item) => dictOf(pdf, item))
          .filter((field) => field?.get('FT') instanceof PdfName)
          .map((field) => textOf(field!.get('T')))
      : [];
  return {
    widgets,
    fieldNames,
    sigFlags: form?.getNumber('SigFlags')?.value ?? null,
    formKeys: form ? [...form.keys()].map((key) => key.value) : [],
  };
}
