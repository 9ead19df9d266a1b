/** What signing a paper → electronic conversion's output needs from the database. */
import type { SigningOutcome } from '../../../../common/contract/signing';
import { conversionBlobId, type ConversionRecord } from '../../../../common/domain/conversion';
import type { SignatureBox } from '../../../../common/domain/letter';
import { CommandError } from '../../../db/errors';
import type { UradovnaDatabase } from '../../../db/schema';
import { blobBytes } from '../../../signing/commands/signedBytes';
import { recordSignedConversion } from '../../db/completeConversion';

/**
 * The signature's reason (`/Reason`) as the output states it, in Czech whatever the UI's
 * language: the conversion is a Czech legal act and the file goes out of the office.
 */
export function conversionSignatureReason(number: string): string {
  return `Autorizovaná konverze č. ${number}`;
}

/** A conversion the converting person can sign now: p → e, numbered, with its clause. */
export function signableConversion(conversion: ConversionRecord | undefined): ConversionRecord {
  if (!conversion) throw new CommandError('errors.conversionRecord.notFound');
  if (
    conversion.direction !== 'paperToElectronic' ||
    conversion.state !== 'awaitingSignature' ||
    conversion.number === null
  )
    throw new CommandError('errors.conversionRecord.notAwaitingSignature');
  return conversion;
}

/** The output with its clause, as main made it with the register's number. */
export async function clauseOutputBytes(
  db: UradovnaDatabase,
  conversionId: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const stored = await db.conversionBlobs.get(conversionBlobId(conversionId, 'withClause'));
  if (!stored) throw new CommandError('errors.conversionRecord.noClause');
  return blobBytes(stored.blob);
}

export interface ConversionSigning {
  number: string;
  loadPdf: () => Promise<Uint8Array<ArrayBuffer>>;
  /** The box the clause page left for the signature (null: an invisible signature). */
  signatureBox: SignatureBox | null;
  reason: string;
  /** Keeps the signed output as the document's component; the conversion is done. */
  keep: (outcome: SigningOutcome) => Promise<void>;
}

/** How the sign dialog signs this conversion's output and keeps the result. */
export function conversionSigning(
  db: UradovnaDatabase,
  conversion: ConversionRecord,
): ConversionSigning {
  const number = conversion.number ?? '';
  return {
    number,
    loadPdf: () => clauseOutputBytes(db, conversion.id),
    signatureBox: conversion.signatureBox,
    reason: conversionSignatureReason(number),
    keep: async (outcome) => {
      await recordSignedConversion(db, conversion.id, outcome.pdf, {
        signerName: outcome.certificate.subjectName,
        level: outcome.level,
      });
    },
  };
}
