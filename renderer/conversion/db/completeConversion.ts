import { conversionBlobId, type ConversionRecord } from '../../../common/domain/conversion';
import { sanitizeFileName } from '../../../common/domain/attachments';
import { CommandError } from '../../db/errors';
import { addGeneratedComponent, type GeneratedComponent } from '../../db/generatedComponent';
import type { UradovnaDatabase } from '../../db/schema';
import {
  blobBytes,
  extendsBytes,
  pdfBlob,
  requirePdf,
  sha256Hex,
} from '../../signing/commands/signedBytes';
import {
  requireConversion,
  runConversionCommand,
  writeConversionStep,
  type ConversionContext,
} from './conversionSupport';

/** `KV 12/2026` → `konverze-KV-12-2026.pdf`. */
export function conversionFileName(conversion: ConversionRecord, suffix = ''): string {
  const base = (conversion.number ?? conversion.id)
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return sanitizeFileName(`konverze-${base || 'vystup'}${suffix}.pdf`);
}

/**
 * The conversion's output as a component of its document, linked to the conversion: the
 * file event to the eSSL carries the register record (see sync/push/plan.ts).
 */
function addOutputComponent(
  db: UradovnaDatabase,
  { conversion, actor, at }: ConversionContext,
  file: Pick<GeneratedComponent, 'id' | 'name' | 'role' | 'blob' | 'sha256' | 'size'>,
) {
  return addGeneratedComponent(
    db,
    {
      ...file,
      pid: conversion.pid,
      links: { conversionId: conversion.id },
      payload: { conversionId: conversion.id },
      detail: { conversionNumber: conversion.number },
    },
    actor,
    at,
  );
}

async function withClauseBytes(db: UradovnaDatabase, id: string): Promise<Uint8Array> {
  const stored = await db.conversionBlobs.get(conversionBlobId(id, 'withClause'));
  if (!stored) throw new CommandError('errors.conversionRecord.noClause');
  return blobBytes(stored.blob);
}

/**
 * Paper → electronic done: the signed PDF/A (which must extend the output with its clause
 * byte for byte) becomes the document's component `conversionOutput`, kept as signed,
 * and goes to the eSSL with the register record.
 */
export async function recordSignedConversion(
  db: UradovnaDatabase,
  id: string,
  signedPdf: Uint8Array,
  context: { now?: Date; signerName?: string; level?: string } = {},
): Promise<string> {
  const now = context.now ?? new Date();
  requirePdf(signedPdf);
  const before = await requireConversion(db, id);
  if (before.state !== 'awaitingSignature')
    throw new CommandError('errors.conversionRecord.notAwaitingSignature');
  const base = await withClauseBytes(db, id);
  if (!extendsBytes(signedPdf, base))
    throw new CommandError('errors.conversionRecord.notThisOutput');
  const sha256 = sha256Hex(signedPdf);
  const blob = pdfBlob(signedPdf);
  const componentId = crypto.randomUUID();

  await runConversionCommand(db, id, now, [db.components, db.conversionBlobs], async (step) => {
    const { conversion, at } = step;
    if (conversion.state !== 'awaitingSignature')
      throw new CommandError('errors.conversionRecord.changedMeanwhile');
    const preceding = await addOutputComponent(db, step, {
      id: componentId,
      name: conversionFileName(conversion),
      role: 'conversionOutput',
      blob,
      sha256,
      size: signedPdf.byteLength,
    });
    await writeConversionStep(db, step, {
      changes: { state: 'done', outputComponentId: componentId, doneAt: at },
      action: 'signed',
      detail: { componentId, signer: context.signerName ?? null, level: context.level ?? null },
      preceding,
    });
  });
  return componentId;
}

/**
 * Electronic → paper printed: the first print keeps what was printed (pages + clause) as
 * the component `conversionPrint` and finishes the conversion; a reprint is logged.
 */
export async function recordPrinted(
  db: UradovnaDatabase,
  id: string,
  context: { now?: Date } = {},
): Promise<void> {
  const now = context.now ?? new Date();
  const before = await requireConversion(db, id);
  if (before.direction !== 'electronicToPaper' || !['readyToPrint', 'done'].includes(before.state))
    throw new CommandError('errors.conversionRecord.notPrintable');
  const bytes = await withClauseBytes(db, id);
  const sha256 = sha256Hex(bytes);
  const componentId = crypto.randomUUID();

  await runConversionCommand(db, id, now, [db.components, db.conversionBlobs], async (step) => {
    const { conversion, at } = step;
    if (conversion.state === 'done') {
      await writeConversionStep(db, step, {
        changes: { printedAt: at },
        action: 'reprinted',
      });
      return;
    }
    if (conversion.state !== 'readyToPrint')
      throw new CommandError('errors.conversionRecord.changedMeanwhile');
    const preceding = await addOutputComponent(db, step, {
      id: componentId,
      name: conversionFileName(conversion, '-tisk'),
      role: 'conversionPrint',
      blob: pdfBlob(bytes),
      sha256,
      size: bytes.byteLength,
    });
    await writeConversionStep(db, step, {
      changes: { state: 'done', outputComponentId: componentId, doneAt: at, printedAt: at },
      action: 'printed',
      detail: { componentId, sheets: conversion.outputSheets },
      preceding,
    });
  });
}

/** Gives a conversion up. A number already given stays in the register and in the record. */
export async function cancelConversion(
  db: UradovnaDatabase,
  id: string,
  reason: string,
  context: { now?: Date } = {},
): Promise<void> {
  const text = reason.trim();
  if (text === '')
    throw new CommandError('errors.validation', [
      { path: 'reason', message: 'conversion.validation.cancelReason' },
    ]);
  if (text.length > 500)
    throw new CommandError('errors.validation', [
      { path: 'reason', message: 'conversion.validation.tooLong', params: { max: 500 } },
    ]);
  await runConversionCommand(db, id, context.now ?? new Date(), [], async (step) => {
    const { conversion, at } = step;
    if (conversion.state === 'done' || conversion.state === 'cancelled')
      throw new CommandError('errors.conversionRecord.notCancellable');
    await db.outbox
      .where('entityId')
      .equals(id)
      .filter((entry) => entry.kind === 'conversion.requestNumber')
      .delete();
    await writeConversionStep(db, step, {
      changes: { state: 'cancelled', cancelledAt: at, cancelReason: text },
      action: 'cancelled',
      detail: { reason: text },
    });
  });
}
