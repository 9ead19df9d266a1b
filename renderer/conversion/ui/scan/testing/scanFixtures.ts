import type {
  ScanFormat,
  ScanInspection,
  ScanPageInfo,
} from '../../../../../common/contract/conversion';
import type { ScanInputFile } from '../scanFiles';

/** An A4 page scanned at 300 dpi, as main's inspection reports it. */
export function pageInfo(overrides: Partial<ScanPageInfo> = {}): ScanPageInfo {
  return {
    file: 0,
    page: 0,
    format: 'jpeg',
    widthPx: 2480,
    heightPx: 3508,
    dpi: 300,
    widthMm: 210,
    heightMm: 297,
    colour: 'greyscale',
    bitsPerSample: 8,
    hasAlpha: false,
    compression: 'jpeg',
    thumbnail: new Uint8Array([0xff, 0xd8, 0xff, 0xd9]),
    ...overrides,
  };
}

export interface FileSpec {
  name: string;
  format?: ScanFormat;
  pages?: number;
  page?: Partial<ScanPageInfo>;
}

/** The inspection of these files, each page an A4 page unless said otherwise. */
export function inspectionOf(files: readonly FileSpec[]): ScanInspection {
  return {
    files: files.map((file) => ({
      name: file.name,
      format: file.format ?? 'jpeg',
      pages: file.pages ?? 1,
    })),
    pages: files.flatMap((file, index) =>
      Array.from({ length: file.pages ?? 1 }, (_, page) =>
        pageInfo({
          file: index,
          page,
          format: file.format ?? 'jpeg',
          ...(file.format === 'pdf' ? { dpi: null, thumbnail: null, colour: 'colour' } : {}),
          ...file.page,
        }),
      ),
    ),
  };
}

/** A scan file of a few distinct bytes (main is faked: the content is never decoded). */
export function scanFile(name: string, size = 8): ScanInputFile {
  const bytes = new Uint8Array(size);
  for (let index = 0; index < size; index++) bytes[index] = (name.length * 31 + index) % 256;
  return { name, bytes, fromFolder: false };
}
