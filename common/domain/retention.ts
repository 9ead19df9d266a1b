import type { RetentionRule } from './filePlan';

/**
 * Retention arithmetic (vyhláška 259/2012 Sb., § 15): the retention period starts on
 * 1 January of the year after the trigger event and runs for `period` whole years.
 * A case file closed in 2026 with S/5 is kept through 2031 and may enter the disposal
 * procedure in 2032.
 */

/** Last calendar year the record must be kept. */
export function retentionEndYear(triggerYear: number, rule: Pick<RetentionRule, 'period'>): number {
  return triggerYear + rule.period;
}

/** First calendar year the record may be offered for disposal. */
export function disposalYear(triggerYear: number, rule: Pick<RetentionRule, 'period'>): number {
  return retentionEndYear(triggerYear, rule) + 1;
}

/** True when a disposal proposal for `proposalYear` includes a record with this disposal year. */
export function isDueForDisposal(recordDisposalYear: number | null, proposalYear: number): boolean {
  return recordDisposalYear !== null && recordDisposalYear <= proposalYear;
}
