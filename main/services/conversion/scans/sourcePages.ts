/**
 * What reading the files' headers found, page by page: enough to show the page tools
 * and to plan the build, without a pixel decoded.
 */
import type { ScanFormat, ScanPageInfo } from '../../../../common/contract/conversion';

/** A single-strip CCITT G4 page: its compressed data can go into the PDF as it is. */
export interface G4Strip {
  offset: number;
  length: number;
  /** TIFF MinIsBlack: the codec's "white" runs are black pixels (PDF /BlackIs1 true). */
  blackIs1: boolean;
}

export interface ImagePage {
  kind: 'image';
  format: Exclude<ScanFormat, 'pdf'>;
  /** 0-based page within the file. */
  index: number;
  /** Pixels as stored (before the EXIF/TIFF orientation). */
  width: number;
  height: number;
  xDpi: number | null;
  yDpi: number | null;
  /** EXIF / TIFF Orientation, 1–8 (1: as stored). */
  orientation: number;
  colour: ScanPageInfo['colour'];
  bitsPerSample: number;
  hasAlpha: boolean;
  palette: boolean;
  compression: string | null;
  /** A baseline or progressive 8-bit grey/RGB JPEG: a PDF carries its DCT data as it is. */
  dctPassthrough: boolean;
  g4: G4Strip | null;
}

export interface PdfPage {
  kind: 'pdf';
  index: number;
  /** The visible page (CropBox, else MediaBox) in points, before its /Rotate. */
  widthPt: number;
  heightPt: number;
  rotate: number;
}

export type SourcePage = ImagePage | PdfPage;

export interface ScanSource {
  name: string;
  format: ScanFormat;
  bytes: Uint8Array;
  pages: SourcePage[];
}
