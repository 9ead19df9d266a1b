import { handOverRefusal } from '../../../../common/domain/caseFileGuards';
import { isCalendarDate } from '../../../../common/domain/time';
import { CommandError, runCommand } from '../../errors';
import { enqueue } from '../../outbox';
import type { UradovnaDatabase } from '../../schema';
import { appendTxLog } from '../../txlog/append';
import { actorOf, refuse } from '../lifecycleSupport';
import { loadHolding, moveHolding, type HoldingRef } from './holdings';

const LOCATION_MAX = 200;
const tables = (db: UradovnaDatabase) => [
  db.caseFiles,
  db.documents,
  db.settings,
  db.outbox,
  db.txlog,
];

function optional(text: string | null | undefined, path: string): string | null {
  const trimmed = text?.trim() ?? '';
  if (trimmed.length > LOCATION_MAX) {
    throw new CommandError('errors.validation', [
      { path, message: 'validation.tooLong', params: { max: LOCATION_MAX } },
    ]);
  }
  return trimmed || null;
}

/** Hands a closed case file, or a settled stand-alone document, to the records office. */
export async function handOver(
  db: UradovnaDatabase,
  target: HoldingRef,
  now = new Date(),
): Promise<void> {
  await runCommand(() =>
    db.transaction('rw', tables(db), async () => {
      const actor = await actorOf(db);
      const holding = await loadHolding(db, target);
      refuse(
        handOverRefusal(
          holding.type === 'caseFile'
            ? { type: 'caseFile', state: holding.record.state }
            : { type: 'document', doc: holding.record },
        ),
      );
      const at = now.toISOString();
      const { drafts } = await moveHolding(
        db,
        holding,
        'handOver',
        (custody) => ({ ...custody, handedOverAt: at }),
        actor,
      );
      await enqueue(
        db,
        [{ kind: 'recordsOffice.handOver', entityId: target.id, payload: target }],
        now,
      );
      await appendTxLog(db, drafts, now);
    }),
  );
}

/** The records office takes over what was handed to it, optionally noting where it is stored. */
export async function takeOver(
  db: UradovnaDatabase,
  target: HoldingRef,
  options: { location?: string | null } = {},
  now = new Date(),
): Promise<void> {
  const location = optional(options.location, 'location');
  await runCommand(() =>
    db.transaction('rw', tables(db), async () => {
      const actor = await actorOf(db);
      const holding = await loadHolding(db, target);
      const at = now.toISOString();
      const { drafts } = await moveHolding(
        db,
        holding,
        'takeOver',
        (custody) => ({ ...custody, takenOverAt: at, location: location ?? custody.location }),
        actor,
        { location },
      );
      await enqueue(
        db,
        [{ kind: 'recordsOffice.takeOver', entityId: target.id, payload: { ...target, location } }],
        now,
      );
      await appendTxLog(db, drafts, now);
    }),
  );
}

/** Lends a holding out of the records office (výpůjčka), to whom and until when. */
export async function lend(
  db: UradovnaDatabase,
  target: HoldingRef,
  input: { borrower: string; due?: string | null },
  now = new Date(),
): Promise<void> {
  const borrower = optional(input.borrower, 'borrower');
  if (!borrower) {
    throw new CommandError('errors.validation', [
      { path: 'borrower', message: 'validation.borrower.required' },
    ]);
  }
  const due = input.due?.trim() || null;
  if (due !== null && !isCalendarDate(due)) {
    throw new CommandError('errors.validation', [
      { path: 'due', message: 'validation.dateInvalid' },
    ]);
  }
  await runCommand(() =>
    db.transaction('rw', tables(db), async () => {
      const actor = await actorOf(db);
      const holding = await loadHolding(db, target);
      const since = now.toISOString();
      const { drafts } = await moveHolding(
        db,
        holding,
        'lend',
        (custody) => ({ ...custody, loan: { borrower, since, due } }),
        actor,
        { loan: true, borrower, due },
      );
      await enqueue(
        db,
        [
          {
            kind: 'recordsOffice.lend',
            entityId: target.id,
            payload: { ...target, borrower, due },
          },
        ],
        now,
      );
      await appendTxLog(db, drafts, now);
    }),
  );
}

/** The borrowed holding came back to the records office. */
export async function returnLoan(
  db: UradovnaDatabase,
  target: HoldingRef,
  now = new Date(),
): Promise<void> {
  await runCommand(() =>
    db.transaction('rw', tables(db), async () => {
      const actor = await actorOf(db);
      const holding = await loadHolding(db, target);
      const { drafts } = await moveHolding(
        db,
        holding,
        'returnLoan',
        (custody) => ({ ...custody, loan: null }),
        actor,
        {
          returnedFromLoan: true,
        },
      );
      await enqueue(
        db,
        [{ kind: 'recordsOffice.return', entityId: target.id, payload: target }],
        now,
      );
      await appendTxLog(db, drafts, now);
    }),
  );
}
