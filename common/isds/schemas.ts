import { z } from 'zod';
import { boxIdSchema } from '../contract/isds';

/**
 * zod schemas of the ISDS data that cross the contract from the renderer (a message to
 * send, a search). Limits that need a clear Czech message (size, count, formats, names)
 * are checked by `limits.ts` before sending; these only keep malformed calls out.
 */

const nullableText = (max: number) => z.string().max(max).nullable();
const nullableInt = z.number().int().min(0).max(2_147_483_647).nullable();

export const envelopeSubSchema = z
  .object({
    dmSenderOrgUnit: nullableText(100),
    dmSenderOrgUnitNum: nullableInt,
    dbIDRecipient: boxIdSchema,
    dmRecipientOrgUnit: nullableText(100),
    dmRecipientOrgUnitNum: nullableInt,
    dmToHands: nullableText(50),
    dmAnnotation: z.string().trim().min(1).max(255),
    dmRecipientRefNumber: nullableText(50),
    dmSenderRefNumber: nullableText(50),
    dmRecipientIdent: nullableText(50),
    dmSenderIdent: nullableText(50),
    dmLegalTitleLaw: nullableInt,
    dmLegalTitleYear: nullableInt,
    dmLegalTitleSect: nullableText(10),
    dmLegalTitlePar: nullableText(10),
    dmLegalTitlePoint: nullableText(10),
    dmPersonalDelivery: z.boolean().nullable(),
    dmAllowSubstDelivery: z.boolean().nullable(),
  })
  .strict();

export const outgoingFileSchema = z
  .object({
    dmMimeType: z.string().min(1).max(100),
    dmFileMetaType: z.enum(['main', 'enclosure', 'signature', 'meta']),
    dmFileDescr: z.string().min(1).max(1000),
    content: z.instanceof(Uint8Array),
  })
  .strict();

export const outgoingMessageSchema = z
  .object({
    envelope: envelopeSubSchema,
    dmOVM: z.boolean().nullable(),
    dmPublishOwnID: z.boolean().nullable(),
    dmType: z.string().max(1).nullable(),
    files: z.array(outgoingFileSchema).min(1).max(1000),
  })
  .strict();

export const searchQuerySchema = z
  .object({
    searchText: z.string().trim().min(1).max(100),
    searchType: z.enum(['GENERAL', 'ADDRESS', 'ICO', 'DBID']).nullable(),
    searchScope: z.string().max(20).nullable(),
    pageNumber: z.number().int().min(0).max(10_000),
    pageSize: z.number().int().min(1).max(100),
    highlighting: z.boolean().nullable(),
  })
  .strict();

const isoTime = z.string().max(40).nullable();

export const listQuerySchema = z
  .object({
    dmFromTime: isoTime,
    dmToTime: isoTime,
    dmStatusFilter: z.number().int(),
    dmOffset: z.number().int().min(1).nullable(),
    dmLimit: z.number().int().min(1).max(10_000).nullable(),
  })
  .strict();

export const findBoxSchema = z
  .object({
    dbID: boxIdSchema.nullable(),
    ic: z
      .string()
      .regex(/^\d{1,8}$/)
      .nullable(),
    firmName: nullableText(255),
    pnFirstName: nullableText(100),
    pnLastName: nullableText(100),
    dbType: nullableText(20),
  })
  .strict();
