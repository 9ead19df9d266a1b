import type { TFunction } from 'i18next';
import { retentionLabel } from '../../common/domain/filePlan';
import { formatCalendarDate } from '../journal/format';
import type { HoldingRow } from './holdingRows';

export function kindText(t: TFunction, row: Pick<HoldingRow, 'type'>): string {
  return row.type === 'caseFile'
    ? t('recordsOffice.kind.caseFile')
    : t('recordsOffice.kind.document');
}

/** `S/5 (uzavření spisu)` */
export function retentionText(row: Pick<HoldingRow, 'retention'>): string {
  return `${retentionLabel(row.retention)} (${row.retention.triggerEvent})`;
}

/** Where the record is and who has it: "ve spisovně", "vypůjčeno: Jan Novák do 3. 4. 2026", … */
export function custodyText(t: TFunction, row: Pick<HoldingRow, 'state' | 'custody'>): string {
  const loan = row.custody?.loan;
  if (row.state === 'onLoan' && loan) {
    return loan.due
      ? t('recordsOffice.state.onLoanDue', {
          borrower: loan.borrower,
          due: formatCalendarDate(loan.due),
        })
      : t('recordsOffice.state.onLoan', { borrower: loan.borrower });
  }
  if (row.state === 'inDisposal') return t('recordsOffice.state.inDisposal');
  if (row.state === 'handedOver') return t('recordsOffice.state.handedOver');
  if (row.state === 'closed') return t('recordsOffice.state.closed');
  if (row.state === 'settled') return t('recordsOffice.state.settled');
  return t('recordsOffice.state.inRecordsOffice');
}

/** "2032" or "neurčen", when the trigger event has not happened yet. */
export function disposalYearText(t: TFunction, row: Pick<HoldingRow, 'disposalYear'>): string {
  return row.disposalYear === null
    ? t('recordsOffice.holdings.notKnown')
    : t('recordsOffice.holdings.fromYear', { year: row.disposalYear });
}
