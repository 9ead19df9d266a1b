import type { Api } from '../../../common/contract/api';
import { ContractCallError } from '../../../common/contract/envelope';
import { conversionBlobId, type ConversionRecord } from '../../../common/domain/conversion';
import { CLAUSE_PAGES, sheetsOf } from '../../../common/domain/conversionRules';
import type { UradovnaDatabase } from '../../db/schema';
import { blobBytes } from '../../signing/commands/signedBytes';
import { recordClause } from '../db/clauseAttached';
import {
  recordRegisterNumber,
  recordRegisterRefusal,
  recordRegisterUnreachable,
} from '../db/registerAnswer';

/** The calls the queue makes to main (the contract, narrowed for tests). */
export type RegisterQueuePort = Pick<
  Api,
  | 'conversion.requestNumber'
  | 'conversion.finishPaperToElectronic'
  | 'conversion.renderElectronicToPaper'
>;

export interface RegisterQueueReport {
  numbered: number;
  refused: number;
  /** Still waiting (the register unreachable, or not reached in this run). */
  waiting: number;
  /** Clauses made (for numbers given now or earlier). */
  clauses: number;
  /** The first failure to reach the register, in Czech, when there was one. */
  unreachable: string | null;
}

/** Register answers that refuse this request (the clerk must correct it); the rest are "try later". */
const REFUSALS = new Set([
  'errors.conversionRegister.refused',
  'errors.conversionRegister.badAnswer',
]);

function failureOf(error: unknown): { code: string; message: string } {
  // Over the contract it is a ContractCallError; main's handlers called directly (tests,
  // the browser host's own callers) throw its ServiceError, which carries the same code.
  if (error instanceof ContractCallError) return { code: error.code, message: error.message };
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof Error && typeof code === 'string') return { code, message: error.message };
  if (error instanceof Error) return { code: 'errors.unexpected', message: error.message };
  return { code: 'errors.unexpected', message: String(error) };
}

/** The input of an e → p conversion: the component's bytes as the document keeps them. */
async function inputBytes(
  db: UradovnaDatabase,
  conversion: ConversionRecord,
): Promise<Uint8Array<ArrayBuffer>> {
  const component = conversion.input.componentId
    ? await db.components.get(conversion.input.componentId)
    : undefined;
  if (!component) throw new Error('the converted component is gone');
  return blobBytes(component.blob);
}

/**
 * Makes the clause for a numbered conversion (main writes it with the number) and keeps
 * the output. A failure leaves the conversion `numbered`; the next run tries again.
 */
export async function makeClause(
  db: UradovnaDatabase,
  port: RegisterQueuePort,
  conversion: ConversionRecord,
): Promise<void> {
  const number = conversion.number;
  if (conversion.state !== 'numbered' || number === null) return;
  if (conversion.direction === 'paperToElectronic') {
    const prepared = await db.conversionBlobs.get(conversionBlobId(conversion.id, 'prepared'));
    if (!prepared) throw new Error('the prepared scans are gone');
    const finished = await port['conversion.finishPaperToElectronic']({
      pdf: await blobBytes(prepared.blob),
      clause: {
        number,
        body: conversion.body,
        inputSheets: conversion.input.sheets,
        lostElement: conversion.lostElement ?? { lost: false, description: null },
        convertedAt: conversion.convertedAt,
        person: conversion.person,
        pid: conversion.pid,
      },
    });
    await recordClause(db, conversion.id, {
      pdf: new Uint8Array(finished.pdf),
      pages: finished.pages,
      sheets: null,
      examination: null,
      signatureBox: finished.signatureBox,
    });
    return;
  }
  const printable = await port['conversion.renderElectronicToPaper']({
    pdf: await inputBytes(db, conversion),
    clause: {
      number,
      body: conversion.body,
      convertedAt: conversion.convertedAt,
      person: conversion.person,
      duplex: conversion.duplex,
      confirmedInvalid: conversion.confirmedInvalid,
    },
  });
  await recordClause(db, conversion.id, {
    pdf: new Uint8Array(printable.pdf),
    pages: printable.pages,
    sheets: printable.sheets,
    examination: printable.examination,
  });
}

/**
 * Asks the conversion register for the numbers of the conversions waiting for one, oldest
 * first, and makes their clauses. Each request carries the conversion's idempotency key,
 * so an answer lost on the way gives the same number when asked again. The register out
 * of reach stops the run (the rest wait); a refusal waits for the clerk.
 */
export async function runRegisterQueue(
  db: UradovnaDatabase,
  port: RegisterQueuePort,
): Promise<RegisterQueueReport> {
  const report: RegisterQueueReport = {
    numbered: 0,
    refused: 0,
    waiting: 0,
    clauses: 0,
    unreachable: null,
  };
  const waiting = await db.conversions
    .where('state')
    .equals('waitingForNumber')
    .sortBy('createdAt');
  for (const [index, conversion] of waiting.entries()) {
    let answer;
    try {
      answer = await port['conversion.requestNumber']({
        requestId: conversion.requestId,
        direction: conversion.direction,
        input: conversion.input.description,
        inputDate: conversion.input.date,
        // e → p: the printout's sheets (the document's pages and the clause page), which the
        // clause states too; p → e: the sheets of paper scanned.
        sheets:
          conversion.direction === 'paperToElectronic'
            ? conversion.input.sheets
            : sheetsOf(conversion.pages + CLAUSE_PAGES, conversion.duplex),
        person: conversion.person,
        feeCzk: conversion.fee.feeCzk,
        exemption: conversion.fee.exemption,
        pid: conversion.pid,
        convertedAt: conversion.convertedAt,
      });
    } catch (error) {
      const failure = failureOf(error);
      if (REFUSALS.has(failure.code)) {
        await recordRegisterRefusal(db, conversion.id, failure);
        report.refused += 1;
        continue;
      }
      await recordRegisterUnreachable(db, conversion.id, failure.message);
      report.unreachable = failure.message;
      report.waiting += waiting.length - index;
      break;
    }
    await recordRegisterNumber(db, conversion.id, answer);
    report.numbered += 1;
  }

  const numbered = await db.conversions.where('state').equals('numbered').sortBy('createdAt');
  for (const conversion of numbered) {
    await makeClause(db, port, conversion);
    report.clauses += 1;
  }
  return report;
}
