/**
 * Verifies an electronic input before it is printed with a clause: the signatures, seals
 * and timestamps by the PDF verifier of the letters (verifyPdfSignatures), read as the
 * § 25 odst. 2 clause needs them (examination.ts). A signature that does not verify is
 * a finding, not an error; a file that cannot be read, is encrypted or carries scripts
 * is refused with the conversion's Czech reason.
 */
import type { PDFDocument } from 'pdf-lib';
import type { ElectronicInputExamination } from '../../../../common/contract/conversion';
import { UNREADABLE, verifyPdfSignatures, type VerifyPdfOptions } from '../../signing/verify';
import { inputCorrupted, inputEncrypted } from '../clauses/errors';
import { openInputPdf } from '../clauses/openInputPdf';
import { examinationOf } from './examination';

export interface ExamineDeps {
  trust: VerifyPdfOptions['trust'];
  now: Date;
}

/** The examination of an input already opened by openInputPdf (the printout copies its pages). */
export async function examineOpened(
  pdf: Uint8Array,
  doc: PDFDocument,
  deps: ExamineDeps,
): Promise<ElectronicInputExamination> {
  const report = await verifyPdfSignatures(pdf, { trust: deps.trust, now: deps.now });
  if (report.unreadable === UNREADABLE.encrypted) throw inputEncrypted();
  if (report.unreadable !== null) throw inputCorrupted('podpisy v něm nelze přečíst');
  return examinationOf(report, doc.getPageCount());
}

export async function examineElectronic(
  pdf: Uint8Array,
  deps: ExamineDeps,
): Promise<ElectronicInputExamination> {
  return examineOpened(pdf, await openInputPdf(pdf), deps);
}
