/** The PDF/A writer, the glyph check and PDF import; the checker is in ./check. */
export { savePdfA, type SavePdfAOptions } from './savePdfA';
export { pdfA1bTwin } from './twin';
export { assertDrawable, firstMissingGlyph, codePointLabel } from './glyphs';
export { createColorProfileLoader, SRGB_PROFILE_FILE, type ColorProfile } from './colorProfile';
export { importPdfAsPdfA, type ImportInfo, type ImportedPdf } from './import/importPdf';
