import { needsConfirmation } from '../../../../common/domain/conversionRules';
import type { ElectronicInputExamination } from '../../../../common/contract/conversion';
import type { DataMessageRecord } from '../../../../common/domain/databox';
import { checkConversionFields } from '../../../../common/domain/conversionRules';
import { officeDateString } from '../../../../common/domain/time';
import type { Validated, ValidationIssue } from '../../../../common/domain/validation';
import { CommandError } from '../../../db/errors';
import type { ComponentRecord, UradovnaDatabase } from '../../../db/schema';
import { prepareElectronicToPaper, type ElectronicToPaperDraft } from '../../db/prepareConversion';
import { electronicFieldsOf, type RegisterValues } from '../registerForm';

/** What the clerk chose in the dialog besides the register's fields. */
export interface ElectronicToPaperValues extends RegisterValues {
  duplex: boolean;
  /** Ticked: convert although the signature did not verify (or there is none). */
  confirmedInvalid: boolean;
}

export interface ElectronicToPaperChoice {
  pid: string;
  component: ComponentRecord;
  message: DataMessageRecord | null;
  /** What main found; null until the verification answered. */
  examination: ElectronicInputExamination | null;
  values: ElectronicToPaperValues;
}

/**
 * The clerk must confirm when something was there to verify and did not verify; an
 * unsigned input is simply stated as unsigned (the same rule main applies).
 */
export const needsInvalidConfirmation = (examination: ElectronicInputExamination): boolean =>
  needsConfirmation(examination);

/**
 * The dialog's values as the command's draft, or what is wrong with them: the
 * verification must have answered, an invalid input needs the clerk's confirmation, and
 * the register's fields follow checkConversionFields (sheets = the PDF's pages).
 */
export function electronicToPaperDraft(
  choice: ElectronicToPaperChoice,
  today: string,
): Validated<ElectronicToPaperDraft> {
  const { examination, values } = choice;
  if (!examination)
    return {
      ok: false,
      issues: [{ path: 'examination', message: 'conversionDialogs.electronic.notExamined' }],
    };
  const issues: ValidationIssue[] = [];
  if (needsInvalidConfirmation(examination) && !values.confirmedInvalid)
    issues.push({
      path: 'confirmInvalid',
      message:
        examination.kind === 'none'
          ? 'conversionDialogs.electronic.confirmUnsignedRequired'
          : 'conversionDialogs.electronic.confirmRequired',
    });
  const fields = electronicFieldsOf(values, examination.pages);
  const checked = checkConversionFields(fields, today);
  if (!checked.ok) issues.push(...checked.issues);
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: {
      pid: choice.pid,
      componentId: choice.component.id,
      messageId: choice.message?.id ?? null,
      pages: examination.pages,
      duplex: values.duplex,
      examination,
      confirmedInvalid: needsInvalidConfirmation(examination) && values.confirmedInvalid,
      fields,
    },
  };
}

/**
 * Prepares the conversion: checks the dialog's values, then one transaction writes it
 * and queues the request for its number. Returns the conversion's id.
 */
export async function submitElectronicToPaper(
  db: UradovnaDatabase,
  choice: ElectronicToPaperChoice,
  now: Date = new Date(),
): Promise<string> {
  const draft = electronicToPaperDraft(choice, officeDateString(now));
  if (!draft.ok) throw new CommandError('errors.validation', draft.issues);
  return prepareElectronicToPaper(db, draft.value, { now });
}
