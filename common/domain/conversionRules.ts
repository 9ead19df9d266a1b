/**
 * Rules of a conversion's register record that do not depend on where it runs: what the
 * clerk must fill in before a number is asked for. Messages are i18n keys
 * (`conversion.validation.*`).
 */
import type { ElectronicInputExamination, LostElement } from '../contract/conversion';
import type { ValidationIssue, Validated } from './validation';
import type { ConversionFee } from './conversion';

/** The exemption written when the office converts on its own initiative (z moci úřední). */
export const OFFICIAL_EXEMPTION = 'konverze z moci úřední — osvobozeno od správního poplatku';

export const CONVERSION_TEXT_MAX = 500;
export const FEE_MAX_CZK = 100_000;

export interface ConversionFields {
  description: string;
  inputDate: string | null;
  sheets: number;
  official: boolean;
  feeCzk: number | null;
  exemption: string | null;
  /** p → e only. */
  lostElement: LostElement | null;
  /** p → e: required when any page goes in colour. */
  colourReason: string | null;
  needsColourReason: boolean;
}

export interface CheckedConversionFields {
  description: string;
  inputDate: string | null;
  sheets: number;
  official: boolean;
  fee: ConversionFee;
  lostElement: LostElement | null;
  colourReason: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function text(value: string | null | undefined): string | null {
  const trimmed = (value ?? '').trim();
  return trimmed === '' ? null : trimmed;
}

/** Checks and normalises what the clerk filled in; `today` bounds the input's date. */
export function checkConversionFields(
  fields: ConversionFields,
  today: string,
): Validated<CheckedConversionFields> {
  const issues: ValidationIssue[] = [];
  const tooLong = (path: string, value: string | null) => {
    if (value && value.length > CONVERSION_TEXT_MAX)
      issues.push({
        path,
        message: 'conversion.validation.tooLong',
        params: { max: CONVERSION_TEXT_MAX },
      });
  };

  const description = text(fields.description);
  if (!description)
    issues.push({ path: 'description', message: 'conversion.validation.descriptionRequired' });
  tooLong('description', description);

  const inputDate = text(fields.inputDate);
  if (inputDate && (!ISO_DATE.test(inputDate) || Number.isNaN(Date.parse(inputDate))))
    issues.push({ path: 'inputDate', message: 'conversion.validation.inputDateInvalid' });
  else if (inputDate && inputDate > today)
    issues.push({ path: 'inputDate', message: 'conversion.validation.inputDateFuture' });

  if (!Number.isInteger(fields.sheets) || fields.sheets < 1 || fields.sheets > 100_000)
    issues.push({ path: 'sheets', message: 'conversion.validation.sheets' });

  let fee: ConversionFee;
  if (fields.official) {
    fee = { feeCzk: null, exemption: text(fields.exemption) ?? OFFICIAL_EXEMPTION };
  } else if (fields.feeCzk !== null) {
    if (!Number.isInteger(fields.feeCzk) || fields.feeCzk < 0 || fields.feeCzk > FEE_MAX_CZK)
      issues.push({
        path: 'feeCzk',
        message: 'conversion.validation.fee',
        params: { max: FEE_MAX_CZK },
      });
    fee = { feeCzk: fields.feeCzk, exemption: null };
  } else {
    const exemption = text(fields.exemption);
    if (!exemption)
      issues.push({ path: 'exemption', message: 'conversion.validation.feeOrExemption' });
    fee = { feeCzk: null, exemption };
  }
  tooLong('exemption', fee.exemption);

  let lostElement: LostElement | null = null;
  if (fields.lostElement) {
    const lostDescription = text(fields.lostElement.description);
    if (fields.lostElement.lost && !lostDescription)
      issues.push({ path: 'lostElement', message: 'conversion.validation.lostElementDescription' });
    tooLong('lostElement', lostDescription);
    lostElement = {
      lost: fields.lostElement.lost,
      description: fields.lostElement.lost ? lostDescription : null,
    };
  }

  const colourReason = text(fields.colourReason);
  if (fields.needsColourReason && !colourReason)
    issues.push({ path: 'colourReason', message: 'conversion.validation.colourReason' });
  tooLong('colourReason', colourReason);

  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: {
      description: description ?? '',
      inputDate,
      sheets: fields.sheets,
      official: fields.official,
      fee,
      lostElement,
      colourReason: fields.needsColourReason ? colourReason : null,
    },
  };
}

/**
 * Whether printing needs the clerk's confirmation: something was there to verify and did
 * not verify. An input with no signature and no timestamp is simply stated as unsigned.
 */
export function needsConfirmation(examination: ElectronicInputExamination): boolean {
  return !examination.valid && (examination.kind !== 'none' || examination.problems.length > 0);
}

/**
 * Sheets of paper a printout takes — the number the § 25 odst. 2 písm. d) clause states:
 * one page a sheet one-sided, two pages a sheet on both sides (an odd last page alone).
 */
export function sheetsOf(pages: number, duplex: boolean): number {
  if (!Number.isInteger(pages) || pages < 1) throw new Error(`sheetsOf: ${pages} pages`);
  return duplex ? Math.ceil(pages / 2) : pages;
}

/** The clause of an electronic → paper conversion takes one page after the document's. */
export const CLAUSE_PAGES = 1;
