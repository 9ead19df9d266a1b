/**
 * What crosses the contract about authorized conversion (autorizovaná konverze, zákon
 * 300/2008 Sb. §§ 22–26) and the format change of § 69a zákona 499/2004 Sb.: reading
 * scans, building the PDF/A-2b output, the verification clauses, the number from the
 * conversion register, and the scanner's watched folder.
 */
import { z } from 'zod';
import type { CertificateInfo } from './isds';

/** The limits of one conversion; larger inputs are refused before anything is decoded. */
export const CONVERSION_LIMITS = {
  /** Files in one paper → electronic conversion (scanners often save a file per page). */
  files: 500,
  /** One scan file (a 100-page TIFF of 300-dpi greyscale fits). */
  fileBytes: 256 * 1024 * 1024,
  /** All input of one call. */
  totalBytes: 512 * 1024 * 1024,
  /** Pages of one output (a data message holds far fewer; 600 is refused). */
  pages: 500,
  /**
   * Pixels of one page image: A3 at 600 dpi (7016 × 9921 ≈ 70 MP) fits, a 20,000 ×
   * 20,000 px image is refused from its header, before it is decoded.
   */
  pixels: 72_000_000,
  /** One side of a page image. */
  side: 20_000,
} as const;

/**
 * How a page goes into the output. The law converts in black and white unless colour
 * carries information (then colour, with the reason stated); greyscale in between.
 */
export const SCAN_MODES = ['blackWhite', 'greyscale', 'colour'] as const;
export type ScanMode = (typeof SCAN_MODES)[number];

export const SCAN_FORMATS = ['jpeg', 'png', 'tiff', 'pdf'] as const;
export type ScanFormat = (typeof SCAN_FORMATS)[number];

export const ROTATIONS = [0, 90, 180, 270] as const;
export type Rotation = (typeof ROTATIONS)[number];

/** One page of the input as read from its header (nothing decoded beyond the thumbnail). */
export interface ScanPageInfo {
  /** Index of the file in the request. */
  file: number;
  /** 0-based page within the file (TIFF directory, PDF page). */
  page: number;
  format: ScanFormat;
  widthPx: number;
  heightPx: number;
  /** Resolution from the file (JFIF/EXIF/pHYs/TIFF tags); null when it does not say. */
  dpi: number | null;
  /** Page size the output gets: from the DPI, else fitted to A4. */
  widthMm: number;
  heightMm: number;
  /** What the scan holds: 1-bit, grey, colour, or CMYK (converted to sRGB, said in notices). */
  colour: 'blackWhite' | 'greyscale' | 'colour' | 'cmyk';
  bitsPerSample: number;
  hasAlpha: boolean;
  /** TIFF compression (`ccittfax4`, `lzw`, …) or JPEG/PNG; for the page tools' details. */
  compression: string | null;
  /** A small JPEG (about 240 px wide) for the page tools; null for PDF pages (pdf.js draws them). */
  thumbnail: Uint8Array | null;
}

export interface ScanInspection {
  files: { name: string; format: ScanFormat; pages: number }[];
  pages: ScanPageInfo[];
}

/** One page of the output, in output order. */
export interface ScanPageChoice {
  file: number;
  page: number;
  rotate: Rotation;
  mode: ScanMode;
}

export interface BuiltScanPdf {
  /** PDF/A-2b, the pages only (the clause page comes when the register gives the number). */
  pdf: Uint8Array;
  pages: number;
  /** What the build did that the clerk should know, in Czech (CMYK converted, alpha flattened, …). */
  notices: string[];
}

/** Whether the input had a visible element the output could not carry (§ 25(1)(e)). */
export interface LostElement {
  lost: boolean;
  /** Required when lost: e.g. "reliéfní razítko", "vodoznak". */
  description: string | null;
}

/** The clause of § 25 odst. 1 (paper → electronic). */
export interface PaperToElectronicClause {
  number: string;
  /** Název subjektu, který provedl konverzi (the municipality's office). */
  body: string;
  /** Počet listů vstupu. */
  inputSheets: number;
  lostElement: LostElement;
  /** ISO date-time of the conversion. */
  convertedAt: string;
  /** Jméno a příjmení osoby, která konverzi provedla. */
  person: string;
  /** Only for the record in the PDF's metadata (the PID of the document). */
  pid: string | null;
}

/** What the verification of an electronic input found, as the § 25 odst. 2 clause states it. */
export interface ElectronicInputExamination {
  /** signed: a natural person's signature; sealed: an electronic seal; none: neither. */
  kind: 'signed' | 'sealed' | 'none';
  /** The signature or seal verified and is trusted (and the document unchanged since). */
  valid: boolean;
  certificate: CertificateInfo | null;
  /** Qualified certificate (QcCompliance). */
  qualified: boolean;
  /** The certificate's provider (issuer name), as the clause states it. */
  provider: string | null;
  signer: string | null;
  timestamp: { time: string; serialNumber: string; provider: string; valid: boolean } | null;
  /** i18n keys (signatureCheck.*) of what is wrong; the clause states that it did not verify. */
  problems: string[];
  pages: number;
}

/** The clause of § 25 odst. 2 (electronic → paper). */
export interface ElectronicToPaperClauseInput {
  number: string;
  body: string;
  convertedAt: string;
  person: string;
  /** Printing on both sides: the clause counts sheets, not pages. */
  duplex: boolean;
  /** The clerk saw that the signature did not verify and converts anyway (the clause says so). */
  confirmedInvalid: boolean;
}

export interface PrintableConversion {
  /** The document's pages plus the clause page, ready to print (PDF/A-2b). */
  pdf: Uint8Array;
  pages: number;
  /** Sheets of paper the printout takes (the clause states this number). */
  sheets: number;
  examination: ElectronicInputExamination;
}

/** The clause of § 24 vyhlášky 259/2012 Sb. (format change inside the records management). */
export interface FormatChangeClause {
  /**
   * Název veřejnoprávního původce, který změnu provedl (the municipality's office), as in
   * the § 25 clauses. The original format is not given: main reads it from the bytes
   * (FormatChanged.originalFormat).
   */
  body: string;
  changedAt: string;
  person: string;
}

export interface FormatChanged {
  pdf: Uint8Array;
  pages: number;
  /** What the input was, as the clause names it ("TIFF (image/tiff)"). */
  originalFormat: string;
  changes: string[];
}

export const CONVERSION_DIRECTIONS = ['paperToElectronic', 'electronicToPaper'] as const;
export type ConversionDirection = (typeof CONVERSION_DIRECTIONS)[number];

/** A request to the conversion register for a number (idempotent by requestId). */
export interface RegisterRequest {
  requestId: string;
  direction: ConversionDirection;
  /** The input's identification (e.g. "dopis Ing. Nováka ze dne 2. 11. 2026", a PID, a dmID). */
  input: string;
  /** The input's date (ISO date) when known. */
  inputDate: string | null;
  /** Sheets of the input (p → e) or of the output (e → p). */
  sheets: number;
  person: string;
  /** A fee in CZK, or null with the legal reason for exemption. */
  feeCzk: number | null;
  exemption: string | null;
  /** The document in the records management. */
  pid: string | null;
  convertedAt: string;
}

export interface RegisterAnswer {
  number: string;
  registeredAt: string;
}

const text = (max: number) => z.string().trim().min(1).max(max);
const isoDateTime = z.string().datetime({ offset: true });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const scanBytes = z
  .instanceof(Uint8Array)
  .refine((bytes) => bytes.length <= CONVERSION_LIMITS.fileBytes, {
    message: 'validation.conversion.fileSize',
  });

export const scanFileSchema = z
  .object({ name: z.string().min(1).max(255), bytes: scanBytes })
  .strict();

const scanFilesSchema = z
  .array(scanFileSchema)
  .min(1)
  .max(CONVERSION_LIMITS.files)
  .refine(
    (files) =>
      files.reduce((sum, file) => sum + file.bytes.length, 0) <= CONVERSION_LIMITS.totalBytes,
    { message: 'validation.conversion.totalSize' },
  );

export const inspectScansSchema = z.object({ files: scanFilesSchema }).strict();

export const scanPageChoiceSchema = z
  .object({
    file: z
      .number()
      .int()
      .min(0)
      .max(CONVERSION_LIMITS.files - 1),
    page: z.number().int().min(0).max(100_000),
    rotate: z.union([z.literal(0), z.literal(90), z.literal(180), z.literal(270)]),
    mode: z.enum(SCAN_MODES),
  })
  .strict();

export const buildScanPdfSchema = z
  .object({
    files: scanFilesSchema,
    pages: z.array(scanPageChoiceSchema).min(1).max(CONVERSION_LIMITS.pages),
    title: text(255),
  })
  .strict();

const lostElementSchema = z
  .object({ lost: z.boolean(), description: z.string().trim().max(500).nullable() })
  .strict()
  .refine((value) => !value.lost || (value.description ?? '').length > 0, {
    message: 'validation.conversion.lostElementDescription',
  });

const pdfBytes = z
  .instanceof(Uint8Array)
  .refine((bytes) => bytes.length > 0 && bytes.length <= CONVERSION_LIMITS.totalBytes);

export const finishPaperToElectronicSchema = z
  .object({
    pdf: pdfBytes,
    clause: z
      .object({
        number: text(100),
        body: text(255),
        inputSheets: z.number().int().min(1).max(100_000),
        lostElement: lostElementSchema,
        convertedAt: isoDateTime,
        person: text(200),
        pid: z.string().max(100).nullable(),
      })
      .strict(),
  })
  .strict();

export const examineElectronicSchema = z.object({ pdf: pdfBytes }).strict();

export const renderElectronicToPaperSchema = z
  .object({
    pdf: pdfBytes,
    clause: z
      .object({
        number: text(100),
        body: text(255),
        convertedAt: isoDateTime,
        person: text(200),
        duplex: z.boolean(),
        confirmedInvalid: z.boolean(),
      })
      .strict(),
  })
  .strict();

export const changeFormatSchema = z
  .object({
    bytes: pdfBytes,
    name: z.string().min(1).max(255),
    mime: z.string().max(200),
    clause: z.object({ body: text(255), changedAt: isoDateTime, person: text(200) }).strict(),
  })
  .strict();

export const registerRequestSchema = z
  .object({
    requestId: z.string().min(8).max(100),
    direction: z.enum(CONVERSION_DIRECTIONS),
    input: text(500),
    inputDate: isoDate.nullable(),
    sheets: z.number().int().min(1).max(100_000),
    person: text(200),
    feeCzk: z.number().int().min(0).max(100_000).nullable(),
    exemption: z.string().trim().min(1).max(500).nullable(),
    pid: z.string().max(100).nullable(),
    convertedAt: isoDateTime,
  })
  .strict()
  .refine((value) => (value.feeCzk === null) !== (value.exemption === null), {
    message: 'validation.conversion.feeOrExemption',
  });

/** A file waiting in the scanner's folder. */
export interface ScanFolderEntry {
  name: string;
  size: number;
  modifiedAt: string;
}

export const scanFolderNameSchema = z.object({ name: z.string().min(1).max(255) }).strict();
