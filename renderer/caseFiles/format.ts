import type { TFunction } from 'i18next';
import type { Custody } from '../../common/domain/caseFile';
import {
  DEFAULT_TRIGGER_EVENT,
  retentionLabel,
  type CaseFileMode,
  type RetentionRule,
} from '../../common/domain/filePlan';
import { disposalYear } from '../../common/domain/retention';
import type { Settlement } from '../../common/domain/settlement';
import { formatOfficeDate } from '../../common/domain/time';
import { formatCalendarDate } from '../journal/format';

/** "S/5, spouštěcí událost: uzavření spisu". */
export function retentionText(t: TFunction, rule: RetentionRule): string {
  return t('caseFiles.retention', { rule: retentionLabel(rule), event: rule.triggerEvent });
}

/** "sběrný arch" / "spojování". */
export function modeText(t: TFunction, mode: CaseFileMode): string {
  return t(`caseFiles.modes.${mode}`);
}

export function methodText(t: TFunction, method: Settlement['method']): string {
  return t(`caseFiles.settlement.methods.${method}`);
}

/** "3. 3. 2026, vzetí na vědomí" — one line for lists and the journal. */
export function settlementText(t: TFunction, settlement: Settlement | null): string {
  if (!settlement) return '';
  return `${formatCalendarDate(settlement.date)}, ${methodText(t, settlement.method)}`;
}

/** True when closing the file is the trigger, so its year need not be asked for. */
export function triggeredByClosing(rule: Pick<RetentionRule, 'triggerEvent'>): boolean {
  return rule.triggerEvent.trim().toLowerCase() === DEFAULT_TRIGGER_EVENT;
}

/** The disposal year a trigger year gives, or null while the year is not a year. */
export function disposalYearFor(rule: RetentionRule, triggerYear: number): number | null {
  return Number.isInteger(triggerYear) && triggerYear >= 1900 && triggerYear <= 9999
    ? disposalYear(triggerYear, rule)
    : null;
}

/** Where the records office keeps the file, in words; null before it is handed over. */
export function custodyText(t: TFunction, custody: Custody | null): string | null {
  if (!custody) return null;
  const parts: string[] = [];
  if (custody.handedOverAt)
    parts.push(t('caseFiles.custody.handedOver', { date: formatOfficeDate(custody.handedOverAt) }));
  if (custody.takenOverAt)
    parts.push(t('caseFiles.custody.takenOver', { date: formatOfficeDate(custody.takenOverAt) }));
  if (custody.location) parts.push(t('caseFiles.custody.location', { location: custody.location }));
  if (custody.loan) {
    parts.push(
      t('caseFiles.custody.loan', {
        borrower: custody.loan.borrower,
        since: formatOfficeDate(custody.loan.since),
      }),
    );
  }
  return parts.length > 0 ? parts.join('; ') : null;
}
