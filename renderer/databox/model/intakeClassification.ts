import { findClassifiable } from '../../../common/domain/filePlan';
import { officeDateString } from '../../../common/domain/time';
import type { UradovnaDatabase } from '../../db/schema';
import { getSetting } from '../../db/settings';

export interface IntakeClassification {
  fileMark: string;
  handler: string;
}

/**
 * How a received message is filed when it is registered: what the caller says, else the
 * box's (or all boxes') setting, else the clerk and the first mark of the plan open
 * today — registration must not stop a download; the clerk reclassifies in the journal.
 * Runs inside the caller's transaction (settings, planGroups).
 */
export async function intakeClassification(
  db: UradovnaDatabase,
  boxKey: string,
  given: Partial<IntakeClassification> | undefined,
  now: Date,
): Promise<Partial<IntakeClassification>> {
  const setting = await getSetting(db, 'databoxIntake');
  const box = setting?.byBox?.[boxKey];
  let fileMark = given?.fileMark ?? box?.fileMark ?? setting?.fileMark ?? undefined;
  let handler = given?.handler ?? box?.handler ?? setting?.handler ?? undefined;
  if (!handler) handler = (await getSetting(db, 'currentUser')) ?? undefined;
  if (!fileMark) {
    const today = officeDateString(now);
    const plan = await db.planGroups.toArray();
    const marks = [...new Set(plan.map((group) => group.fileMark))].sort((a, b) =>
      a.localeCompare(b, 'cs', { numeric: true }),
    );
    fileMark = marks.find((mark) => findClassifiable(plan, mark, today) !== undefined);
  }
  return { fileMark, handler };
}
