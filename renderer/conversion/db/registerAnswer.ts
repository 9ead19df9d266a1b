import type { RegisterAnswer } from '../../../common/contract/conversion';
import { CommandError } from '../../db/errors';
import type { UradovnaDatabase } from '../../db/schema';
import {
  dropRegisterRequest,
  REGISTER_OUTBOX_KIND,
  runConversionCommand,
  writeConversionStep,
} from './conversionSupport';

const NUMBER_MAX = 100;

/**
 * Keeps the number the register gave. The clause is made next (`numbered` until it is
 * there); a number, once given, is kept whatever happens to the conversion after.
 */
export async function recordRegisterNumber(
  db: UradovnaDatabase,
  id: string,
  answer: RegisterAnswer,
  context: { now?: Date } = {},
): Promise<void> {
  const number = answer.number.trim();
  if (number === '' || number.length > NUMBER_MAX || Number.isNaN(Date.parse(answer.registeredAt)))
    throw new CommandError('errors.conversionRecord.badNumber');
  await runConversionCommand(db, id, context.now ?? new Date(), [], async (step) => {
    const { conversion } = step;
    if (conversion.number !== null) {
      // The same request answered twice (a retry after a lost answer) gives the same number.
      if (conversion.number === number) return;
      throw new CommandError('errors.conversionRecord.numberDiffers');
    }
    if (conversion.state === 'cancelled') {
      // Cancelled while the request was on its way: the register has used the number, so
      // the record keeps it (and says so in the log), but nothing is made with it.
      await writeConversionStep(db, step, {
        changes: { number, registeredAt: answer.registeredAt },
        action: 'numberedAfterCancel',
      });
      return;
    }
    if (conversion.state !== 'waitingForNumber')
      throw new CommandError('errors.conversionRecord.notWaiting');
    await dropRegisterRequest(db, id);
    await writeConversionStep(db, step, {
      changes: {
        state: 'numbered',
        number,
        registeredAt: answer.registeredAt,
        lastError: null,
      },
      action: 'numbered',
      detail: { registeredAt: answer.registeredAt },
    });
  });
}

/** The register could not be reached: the request stays queued; the screen says why. */
export async function recordRegisterUnreachable(
  db: UradovnaDatabase,
  id: string,
  message: string,
): Promise<void> {
  await db.transaction('rw', [db.conversions, db.outbox], async () => {
    const conversion = await db.conversions.get(id);
    if (!conversion || conversion.state !== 'waitingForNumber') return;
    await db.conversions.update(id, {
      attempts: conversion.attempts + 1,
      lastError: message.slice(0, 500),
    });
    await db.outbox
      .where('kind')
      .equals(REGISTER_OUTBOX_KIND)
      .filter((entry) => entry.entityId === id)
      .modify((entry) => {
        entry.attempts += 1;
        entry.lastError = message.slice(0, 500);
      });
  });
}

/** The register refused: nothing is numbered; the clerk corrects and asks again, or cancels. */
export async function recordRegisterRefusal(
  db: UradovnaDatabase,
  id: string,
  refusal: { code: string; message: string },
  context: { now?: Date } = {},
): Promise<void> {
  await runConversionCommand(db, id, context.now ?? new Date(), [], async (step) => {
    if (step.conversion.state !== 'waitingForNumber') return;
    await dropRegisterRequest(db, id);
    await writeConversionStep(db, step, {
      changes: {
        state: 'refused',
        refusal: { code: refusal.code, message: refusal.message.slice(0, 1000) },
        attempts: step.conversion.attempts + 1,
      },
      action: 'refused',
      detail: { reason: refusal.message.slice(0, 500) },
    });
  });
}

/** After a refusal: asks the register again, as a new request (a new idempotency key). */
export async function askRegisterAgain(
  db: UradovnaDatabase,
  id: string,
  context: { now?: Date } = {},
): Promise<void> {
  await runConversionCommand(db, id, context.now ?? new Date(), [], async (step) => {
    const { conversion, doc } = step;
    if (conversion.state !== 'refused')
      throw new CommandError('errors.conversionRecord.notRefused');
    await writeConversionStep(db, step, {
      changes: {
        state: 'waitingForNumber',
        requestId: crypto.randomUUID(),
        refusal: null,
        lastError: null,
      },
      action: 'askedAgain',
      outbox: [
        {
          kind: REGISTER_OUTBOX_KIND,
          entityId: conversion.id,
          payload: { pid: doc.pid, conversionId: conversion.id },
        },
      ],
    });
  });
}
