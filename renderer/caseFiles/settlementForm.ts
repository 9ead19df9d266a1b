import {
  settlementInputSchema,
  type SettlementInput,
  type SettlementMethod,
} from '../../common/domain/settlement';
import { issuesFromZod, type ValidationIssue } from '../../common/domain/validation';

/** The settle dialog's fields as typed. */
export interface SettlementForm {
  date: string;
  method: SettlementMethod | '';
  content: string;
  reason: string;
  settlingPid: string;
}

export function emptySettlementForm(today: string): SettlementForm {
  return { date: today, method: '', content: '', reason: '', settlingPid: '' };
}

/**
 * What the command gets: only the fields the chosen method uses (a reason typed for
 * "jiný způsob" and then left for another method is not sent).
 */
export function settlementInput(form: SettlementForm): SettlementInput {
  return {
    date: form.date,
    method: form.method as SettlementMethod,
    content: form.content,
    reason: form.method === 'other' ? form.reason : null,
    settlingPid: form.method === 'document' ? form.settlingPid : null,
  };
}

/** The same rules the command applies, checked before anything is written. */
export function settlementIssues(form: SettlementForm): ValidationIssue[] {
  const parsed = settlementInputSchema.safeParse(settlementInput(form));
  return parsed.success ? [] : issuesFromZod(parsed.error);
}
