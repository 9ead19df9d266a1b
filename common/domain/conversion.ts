/**
 * One conversion as the municipality's conversion register (evidence o provedených
 * konverzích) and our records keep it: paper → electronic (scans made PDF/A-2b, the
 * clause, the converting person's signature) or electronic → paper (a verified file
 * printed with its clause). The number always comes from the register: until it
 * answers, the conversion waits — prepared completely — and nothing with a clause exists.
 */
import type {
  ConversionDirection,
  ElectronicInputExamination,
  LostElement,
} from '../contract/conversion';
import type { SignatureBox } from './letter';

/**
 * `waitingForNumber`: prepared, the request for a number is queued (offline or the
 * register down); `refused`: the register answered with an error (reason kept; the
 * clerk fixes and asks again, or cancels); `numbered`: the register gave the number and
 * the clause is being made (a crash here is picked up again); `awaitingSignature`: p → e with its number and
 * clause, for the converting person to sign; `readyToPrint`: e → p with its number and
 * clause page; `done`: signed output on the document (p → e) or printed (e → p);
 * `cancelled`: given up before a number was used.
 */
export const conversionStates = [
  'waitingForNumber',
  'refused',
  'numbered',
  'awaitingSignature',
  'readyToPrint',
  'done',
  'cancelled',
] as const;
export type ConversionState = (typeof conversionStates)[number];

export interface ConversionFee {
  /** CZK; null when exempt. */
  feeCzk: number | null;
  /** The legal reason for exemption (konverze z moci úřední is free). */
  exemption: string | null;
}

export interface ConversionRecord {
  id: string;
  /** The document whose input or output it is. */
  pid: string;
  direction: ConversionDirection;
  state: ConversionState;
  /** Konverze z moci úřední (on the office's own initiative): free of charge. */
  official: boolean;
  fee: ConversionFee;
  input: {
    /** How the input is identified in the register ("dopis p. Nováka ze dne …", a dmID). */
    description: string;
    /** The input's own date (ISO date), when known. */
    date: string | null;
    /** p → e: sheets of paper scanned; e → p: pages of the file. */
    sheets: number;
    /** e → p: the component converted; its data message when it came in one. */
    componentId: string | null;
    messageId: string | null;
  };
  /** p → e: the visible element that could not be carried over. */
  lostElement: LostElement | null;
  /** p → e: the colour reason when any page was converted in colour. */
  colourReason: string | null;
  /** e → p: what main found when it verified the input, and whether the clerk accepted an invalid one. */
  examination: ElectronicInputExamination | null;
  confirmedInvalid: boolean;
  duplex: boolean;
  /** Output pages (p → e: scan pages + the clause page once it is there). */
  pages: number;
  /** e → p: sheets of the printout, as the clause states it. */
  outputSheets: number | null;
  /** The person who converted (name as printed on the clause). */
  person: string;
  /** The body that converted (the office's name). */
  body: string;
  /** Idempotency key of the register request: a retried request gets the same number. */
  requestId: string;
  number: string | null;
  registeredAt: string | null;
  /** Attempts to reach the register, and the last failure (Czech), for the screen. */
  attempts: number;
  lastError: string | null;
  /** The register's refusal. */
  refusal: { code: string; message: string } | null;
  createdAt: string;
  createdBy: string;
  /** When the conversion was carried out (the clause's date). */
  convertedAt: string;
  /**
   * p → e: where the clause page leaves room for the converting person's visible signature
   * (main reports it with the clause); null before the clause and for e → p.
   */
  signatureBox: SignatureBox | null;
  /** The output component on the document (p → e signed PDF, e → p the printed PDF). */
  outputComponentId: string | null;
  doneAt: string | null;
  /** When the printout was made (e → p), newest. */
  printedAt: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
}

/**
 * The conversion's working files: `prepared` (scan pages as PDF/A, no clause yet — or the
 * e → p input), `withClause` (the output before the signature / the printable file).
 */
export interface ConversionBlob {
  id: string;
  conversionId: string;
  kind: 'prepared' | 'withClause';
  blob: Blob;
  createdAt: string;
}

/** The conversion's register row as the Konverze screen and the export show it. */
export function conversionBlobId(conversionId: string, kind: ConversionBlob['kind']): string {
  return `${conversionId}/${kind}`;
}
