import type { TFunction } from 'i18next';
import type { ConversionRecord } from '../../../../common/domain/conversion';
import { dateText } from '../../../databox/ui/messageText';
import { formatCalendarDate } from '../../../journal/format';

/** One conversion of the register as the Konverze screen lists it. */
export interface ConversionRow {
  conversion: ConversionRecord;
  /** The document's reference number (č. j.); null when the document is not on this device. */
  referenceNumber: string | null;
}

export type ConversionColumnId =
  | 'number'
  | 'convertedAt'
  | 'direction'
  | 'input'
  | 'inputDate'
  | 'sheets'
  | 'person'
  | 'fee'
  | 'state'
  | 'reference';

/** The register's columns, in the order the municipality keeps them. */
export const conversionColumns: ConversionColumnId[] = [
  'number',
  'convertedAt',
  'direction',
  'input',
  'inputDate',
  'sheets',
  'person',
  'fee',
  'state',
  'reference',
];

/** With the detail open, the grid keeps what tells the conversions apart. */
export const compactColumns: ConversionColumnId[] = ['number', 'convertedAt', 'input', 'state'];

/**
 * Newest first: by when the conversion was made, then by when it was prepared (two made
 * the same instant keep the order they were written in), then by id so the order is stable.
 */
export function compareNewestFirst(a: ConversionRecord, b: ConversionRecord): number {
  return (
    b.convertedAt.localeCompare(a.convertedAt) ||
    b.createdAt.localeCompare(a.createdAt) ||
    b.id.localeCompare(a.id)
  );
}

export function conversionRows(
  conversions: readonly ConversionRecord[],
  references: ReadonlyMap<string, string>,
): ConversionRow[] {
  return [...conversions].sort(compareNewestFirst).map((conversion) => ({
    conversion,
    referenceNumber: references.get(conversion.pid) ?? null,
  }));
}

/** The number, or why there is none: waiting for it, or never given (cancelled or refused). */
export function numberText(t: TFunction, conversion: ConversionRecord): string {
  if (conversion.number) return conversion.number;
  if (conversion.state === 'waitingForNumber') return t('conversionScreen.grid.waitingNumber');
  return t('conversionScreen.grid.noNumber');
}

/** `150 Kč`, or the legal reason for the exemption. */
export function feeText(t: TFunction, conversion: Pick<ConversionRecord, 'fee'>): string {
  const { feeCzk, exemption } = conversion.fee;
  if (feeCzk !== null) return t('conversionScreen.grid.fee', { amount: feeCzk });
  return exemption ?? '';
}

export function cellText(t: TFunction, row: ConversionRow, column: ConversionColumnId): string {
  const { conversion } = row;
  switch (column) {
    case 'number':
      return numberText(t, conversion);
    case 'convertedAt':
      return dateText(conversion.convertedAt);
    case 'direction':
      return t(`conversion.directionShort.${conversion.direction}`);
    case 'input':
      return conversion.input.description;
    case 'inputDate':
      return conversion.input.date ? formatCalendarDate(conversion.input.date) : '';
    case 'sheets':
      return String(conversion.input.sheets);
    case 'person':
      return conversion.person;
    case 'fee':
      return feeText(t, conversion);
    case 'state':
      return t(`conversion.state.${conversion.state}`);
    case 'reference':
      return row.referenceNumber ?? conversion.pid;
  }
}

/** Conversions that wait for the register's number (the count in the screen's header). */
export function waitingCount(conversions: readonly Pick<ConversionRecord, 'state'>[]): number {
  return conversions.filter((conversion) => conversion.state === 'waitingForNumber').length;
}
