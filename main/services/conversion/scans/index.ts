/** Paper → electronic: reading scans (JPEG, PNG, TIFF, PDF) and building the PDF/A-2b pages. */
export { inspectScans, type InspectDeps } from './inspectScans';
export { buildScanPdf, type ScanBuildDeps, type ScanBuildInput } from './buildScanPdf';
export { imagesToPdfA } from './imagesToPdfA';
export type { ScanFile } from './readSources';
export { NOTICE } from './pageImages';
