import type { PDFDocument, PDFPage } from 'pdf-lib';

/**
 * Copies chosen pages of the PDF inputs into the output. pdf-lib shares the objects
 * one copyPages call reaches (a font, an image used on every page) only within that
 * call, so each input's chosen pages are copied in one call; a page chosen twice needs
 * its own copy (one page object cannot sit twice in the page tree), so a repeat is
 * copied on its own.
 */
export class PdfPageCopier {
  private readonly copied = new Map<number, Map<number, PDFPage>>();

  constructor(
    private readonly target: PDFDocument,
    private readonly sources: ReadonlyMap<number, PDFDocument>,
    private readonly wanted: ReadonlyMap<number, readonly number[]>,
  ) {}

  async take(file: number, page: number): Promise<PDFPage> {
    const source = this.sources.get(file);
    if (!source) throw new Error(`PDF input ${file} was not read`);
    let pages = this.copied.get(file);
    if (!pages) {
      const unique = [...new Set(this.wanted.get(file) ?? [])];
      const copies = await this.target.copyPages(source, unique);
      pages = new Map(unique.map((index, at) => [index, copies[at] as PDFPage]));
      this.copied.set(file, pages);
    }
    const first = pages.get(page);
    if (first) {
      pages.delete(page);
      return first;
    }
    const [again] = await this.target.copyPages(source, [page]);
    if (!again) throw new Error(`PDF input ${file}: page ${page} not copied`);
    return again;
  }
}
