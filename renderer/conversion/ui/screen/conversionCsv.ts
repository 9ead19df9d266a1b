import type { TFunction } from 'i18next';
import { journalCsvBytes } from '../../../../common/domain/journalCsv';
import { officeDateString } from '../../../../common/domain/time';
import { timeText } from '../../../databox/ui/messageText';
import { formatCalendarDate } from '../../../journal/format';
import { numberText, type ConversionRow } from './conversionRows';

/**
 * The register as CSV, in the journal export's form (UTF-8 with BOM, `;`, CRLF,
 * formulas neutralised — common/domain/journalCsv.ts): every field the register keeps.
 */
const columns = [
  'number',
  'registeredAt',
  'convertedAt',
  'direction',
  'input',
  'inputDate',
  'messageId',
  'inputSheets',
  'outputPages',
  'outputSheets',
  'lostElement',
  'colourReason',
  'examination',
  'person',
  'body',
  'official',
  'fee',
  'exemption',
  'state',
  'reference',
  'pid',
  'doneAt',
  'printedAt',
  'cancelReason',
] as const;
export type ConversionCsvColumn = (typeof columns)[number];
export const conversionCsvColumns: readonly ConversionCsvColumn[] = columns;

export function csvHeader(t: TFunction): string[] {
  return columns.map((column) => t(`conversionScreen.csv.${column}`));
}

function examinationText(t: TFunction, row: ConversionRow): string {
  const examination = row.conversion.examination;
  if (!examination) return '';
  const kind = t(`conversionScreen.examination.kind.${examination.kind}`);
  if (examination.kind === 'none') return kind;
  const verdict = examination.valid
    ? t('conversionScreen.examination.valid')
    : t('conversionScreen.examination.invalid');
  return [kind, verdict, examination.signer, examination.certificate?.serialNumber]
    .filter(Boolean)
    .join(', ');
}

function cell(t: TFunction, row: ConversionRow, column: ConversionCsvColumn): string | number {
  const { conversion } = row;
  const yes = (value: boolean) =>
    value ? t('conversionScreen.csv.yes') : t('conversionScreen.csv.no');
  switch (column) {
    case 'number':
      return numberText(t, conversion);
    case 'registeredAt':
      return timeText(conversion.registeredAt);
    case 'convertedAt':
      return timeText(conversion.convertedAt);
    case 'direction':
      return t(`conversion.direction.${conversion.direction}`);
    case 'input':
      return conversion.input.description;
    case 'inputDate':
      return conversion.input.date ? formatCalendarDate(conversion.input.date) : '';
    case 'messageId':
      return conversion.input.messageId ?? '';
    case 'inputSheets':
      return conversion.input.sheets;
    case 'outputPages':
      return conversion.pages;
    case 'outputSheets':
      return conversion.outputSheets ?? '';
    case 'lostElement':
      if (!conversion.lostElement) return '';
      return conversion.lostElement.lost
        ? (conversion.lostElement.description ?? yes(true))
        : yes(false);
    case 'colourReason':
      return conversion.colourReason ?? '';
    case 'examination':
      return examinationText(t, row);
    case 'person':
      return conversion.person;
    case 'body':
      return conversion.body;
    case 'official':
      return yes(conversion.official);
    case 'fee':
      return conversion.fee.feeCzk ?? '';
    case 'exemption':
      return conversion.fee.exemption ?? '';
    case 'state':
      return t(`conversion.state.${conversion.state}`);
    case 'reference':
      return row.referenceNumber ?? '';
    case 'pid':
      return conversion.pid;
    case 'doneAt':
      return timeText(conversion.doneAt);
    case 'printedAt':
      return timeText(conversion.printedAt);
    case 'cancelReason':
      return conversion.cancelReason ?? '';
  }
}

export function csvRow(t: TFunction, row: ConversionRow): Array<string | number> {
  return columns.map((column) => cell(t, row, column));
}

export function conversionCsvBytes(
  t: TFunction,
  rows: readonly ConversionRow[],
): Uint8Array<ArrayBuffer> {
  return journalCsvBytes(
    csvHeader(t),
    rows.map((row) => csvRow(t, row)),
  );
}

/** The office days of the oldest and the newest conversion exported; null for none. */
export function exportPeriod(rows: readonly ConversionRow[]): { from: string; to: string } | null {
  let from: string | null = null;
  let to: string | null = null;
  for (const { conversion } of rows) {
    const day = officeDateString(new Date(conversion.convertedAt));
    if (from === null || day < from) from = day;
    if (to === null || day > to) to = day;
  }
  return from && to ? { from, to } : null;
}

/** `evidence-konverzi-2026-01-05-2026-03-31.csv` */
export function csvFileName(period: { from: string; to: string }): string {
  return `evidence-konverzi-${period.from}-${period.to}.csv`;
}

/** "5. 1. 2026 – 31. 3. 2026" for the log entry; one day alone when from = to. */
export function periodText(period: { from: string; to: string }): string {
  return period.from === period.to
    ? formatCalendarDate(period.from)
    : `${formatCalendarDate(period.from)} – ${formatCalendarDate(period.to)}`;
}
