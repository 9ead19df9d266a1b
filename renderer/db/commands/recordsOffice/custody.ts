import { handOverRefusal } from '../../../../common/domain/caseFileGuards';
import type { Custody } from '../../../../common/domain/caseFile';
import type { TxDetail } from '../../../../common/domain/transactionLog';
import { isCalendarDate } from '../../../../common/domain/time';
import { CommandError, runCommand } from '../../errors';
import { enqueue } from '../../outbox';
import type { UradovnaDatabase } from '../../schema';
import { appendTxLog } from '../../txlog/append';
import { actorOf, refuse } from '../lifecycleSupport';
import { loadHolding, moveHolding, type Holding, type HoldingRef } from '../holdings';

const LOCATION_MAX = 200;

function optional(text: string | null | undefined, path: string): string | null {
  const trimmed = text?.trim() ?? '';
  if (trimmed.length > LOCATION_MAX) {
    throw new CommandError('errors.validation', [
      { path, message: 'validation.tooLong', params: { max: LOCATION_MAX } },
    ]);
  }
  return trimmed || null;
}

interface CustodyStep {
  transition: 'handOver' | 'takeOver' | 'lend' | 'returnLoan';
  custody: (current: Custody, at: string) => Custody;
  /** Outbox kind for the eSSL and what it carries beside the target. */
  outbox: { kind: string; payload?: TxDetail };
  detail?: TxDetail;
  guard?: (holding: Holding) => void;
}

/** One step of a holding's custody: move it (a file with its documents), queue it, log it. */
async function custodyStep(
  db: UradovnaDatabase,
  target: HoldingRef,
  step: CustodyStep,
  now: Date,
): Promise<void> {
  await runCommand(() =>
    db.transaction(
      'rw',
      [db.caseFiles, db.documents, db.settings, db.outbox, db.txlog],
      async () => {
        const actor = await actorOf(db);
        const holding = await loadHolding(db, target);
        step.guard?.(holding);
        const at = now.toISOString();
        const { drafts } = await moveHolding(
          db,
          holding,
          step.transition,
          (custody) => step.custody(custody, at),
          actor,
          step.detail,
        );
        await enqueue(
          db,
          [
            {
              kind: step.outbox.kind,
              entityId: target.id,
              payload: { ...target, ...step.outbox.payload },
            },
          ],
          now,
        );
        await appendTxLog(db, drafts, now);
      },
    ),
  );
}

/** Hands a closed case file, or a settled stand-alone document, to the records office. */
export async function handOver(
  db: UradovnaDatabase,
  target: HoldingRef,
  now = new Date(),
): Promise<void> {
  await custodyStep(
    db,
    target,
    {
      transition: 'handOver',
      custody: (custody, at) => ({ ...custody, handedOverAt: at }),
      outbox: { kind: 'recordsOffice.handOver' },
      guard: (holding) =>
        refuse(
          handOverRefusal(
            holding.type === 'caseFile'
              ? { type: 'caseFile', state: holding.record.state }
              : { type: 'document', doc: holding.record },
          ),
        ),
    },
    now,
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
  await custodyStep(
    db,
    target,
    {
      transition: 'takeOver',
      custody: (custody, at) => ({
        ...custody,
        takenOverAt: at,
        location: location ?? custody.location,
      }),
      outbox: { kind: 'recordsOffice.takeOver', payload: { location } },
      detail: { location },
    },
    now,
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
  await custodyStep(
    db,
    target,
    {
      transition: 'lend',
      custody: (custody, at) => ({ ...custody, loan: { borrower, since: at, due } }),
      outbox: { kind: 'recordsOffice.lend', payload: { borrower, due } },
      detail: { loan: true, borrower, due },
    },
    now,
  );
}

/** The borrowed holding came back to the records office. */
export async function returnLoan(
  db: UradovnaDatabase,
  target: HoldingRef,
  now = new Date(),
): Promise<void> {
  await custodyStep(
    db,
    target,
    {
      transition: 'returnLoan',
      custody: (custody) => ({ ...custody, loan: null }),
      outbox: { kind: 'recordsOffice.return' },
      detail: { returnedFromLoan: true },
    },
    now,
  );
}
