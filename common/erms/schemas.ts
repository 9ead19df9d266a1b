import { z } from 'zod';
import { isCalendarDate } from '../domain/time';
import type {
  AssignedQuery,
  Authorization,
  Delivery,
  EsslEvent,
  EsslId,
  FileContent,
  FileConversionRecord,
  FileExtension,
  FileFormatChange,
  FileLink,
  JournalNumbers,
  NewCaseFileProfile,
  NewDocumentProfile,
  ReservationRequest,
  RetentionProfile,
  SettlementProfile,
  Subject,
  SubjectGroup,
} from './model';

/**
 * Zod schemas of what the renderer hands to the eSSL client (the contract checks
 * arguments with them before any request is built). Each one `satisfies` the model
 * type, so a change to model.ts that the schema does not follow fails to compile.
 * Lengths are the schema's (`ermsTypes.xsd`) where the model names them; other text
 * is only bounded, the codec fits it to the schema.
 */

const text = (max: number) => z.string().max(max);
const required = (max: number) => z.string().min(1).max(max);
/** xs:dateTime as the app writes it (an ISO instant). */
const instant = z
  .string()
  .max(40)
  .refine((value) => /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value)));
const calendarDate = z.string().refine(isCalendarDate);
const year = z.number().int().min(1900).max(9999);
/** The UdalostId: a non-negative decimal integer (a UUID's 128 bits fit in 39 digits). */
const eventId = z.string().regex(/^\d{1,40}$/);
const base64 = z
  .string()
  .max(96 * 1024 * 1024)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);

export const esslIdSchema = z
  .object({ value: required(40), source: required(10) })
  .strict() satisfies z.ZodType<EsslId>;

export const authorizationSchema = z
  .object({ user: required(50), at: instant })
  .strict() satisfies z.ZodType<Authorization>;

export const subjectSchema = z
  .object({
    kind: z.enum(['person', 'organization', 'authority', 'unspecified']),
    name: text(255),
    ico: text(14).nullable(),
    address: z
      .object({
        street: text(255).nullable(),
        city: text(255).nullable(),
        postalCode: text(12).nullable(),
        country: text(3).nullable(),
      })
      .strict()
      .nullable(),
    dataBoxId: text(7).nullable(),
  })
  .strict() satisfies z.ZodType<Subject>;

export const retentionProfileSchema = z
  .object({
    mark: z.enum(['A', 'S', 'V']),
    period: z.number().int().min(0).max(999),
    triggerEvent: text(255),
  })
  .strict() satisfies z.ZodType<RetentionProfile>;

export const subjectGroupSchema = z
  .object({
    plan: text(255),
    fileMark: text(255),
    simpleMark: text(50),
    title: text(255),
    validFrom: calendarDate,
    validTo: calendarDate.nullable(),
    retention: retentionProfileSchema.nullable(),
  })
  .strict() satisfies z.ZodType<SubjectGroup>;

export const journalNumbersSchema = z
  .object({
    referenceNumber: text(50),
    sequence: z.number().int().min(1),
    year,
    journal: text(12),
  })
  .strict() satisfies z.ZodType<JournalNumbers>;

export const deliverySchema = z
  .object({
    sender: subjectSchema,
    channel: z.enum(['Posta', 'Osobne', 'DatovaSchranka', 'ElektronickaPosta']).nullable(),
    deliveredAt: instant,
  })
  .strict() satisfies z.ZodType<Delivery>;

export const settlementProfileSchema = z
  .object({
    method: z
      .enum(['dokumentem', 'postoupenim', 'vzetimNaVedomi', 'zaznamemNaDokumentu', 'jinyZpusob'])
      .nullable(),
    at: instant,
    content: text(255).nullable(),
    reason: text(255).nullable(),
  })
  .strict() satisfies z.ZodType<SettlementProfile>;

export const fileLinkSchema = z
  .object({
    id: esslIdSchema,
    role: z.enum(['main', 'enclosure', 'signature', 'meta']),
    name: required(255),
  })
  .strict() satisfies z.ZodType<FileLink>;

export const fileContentSchema = z
  .object({ id: esslIdSchema, mime: required(100), name: required(255), base64 })
  .strict() satisfies z.ZodType<FileContent>;

export const newDocumentProfileSchema = z
  .object({
    id: esslIdSchema,
    createdAt: instant,
    form: z.enum(['analog', 'digital']),
    title: required(100),
    description: text(255).nullable(),
    numbers: journalNumbersSchema.nullable(),
    senderReference: text(50).nullable(),
    subjectGroup: subjectGroupSchema.nullable(),
    retention: retentionProfileSchema.nullable(),
    note: text(255).nullable(),
    addressees: z.array(subjectSchema).max(500),
    sheets: z.number().int().min(0).max(1_000_000),
    attachmentCount: z.number().int().min(0).max(1_000_000),
    attachmentKind: text(255),
    attachmentSheets: z.number().int().min(0).max(1_000_000),
    caseFileId: esslIdSchema.nullable(),
    delivery: deliverySchema.nullable(),
    files: z.array(fileLinkSchema).max(500),
  })
  .strict() satisfies z.ZodType<NewDocumentProfile>;

export const newCaseFileProfileSchema = z
  .object({
    id: esslIdSchema,
    mode: z.enum(['Priorace', 'SbernyArch']),
    createdAt: instant,
    title: required(100),
    description: text(255).nullable(),
    numbers: journalNumbersSchema.nullable(),
    subjectGroup: subjectGroupSchema.nullable(),
    retention: retentionProfileSchema.nullable(),
    note: text(255).nullable(),
    documents: z
      .array(z.object({ id: esslIdSchema, order: z.number().int().min(1) }).strict())
      .max(10_000),
  })
  .strict() satisfies z.ZodType<NewCaseFileProfile>;

/** Lengths as `codec/fileExtension.ts` writes them (it never cuts these). */
export const fileConversionRecordSchema = z
  .object({
    number: required(100).regex(/^\S(?:.*\S)?$/),
    direction: z.enum(['paperToElectronic', 'electronicToPaper']),
    convertedAt: instant,
    input: required(500),
    inputDate: calendarDate.nullable(),
    sheets: z.number().int().min(1).max(100_000),
    person: required(200),
    feeCzk: z.number().int().min(0).max(100_000).nullable(),
    exemption: required(500).nullable(),
  })
  .strict()
  .refine((value) => (value.feeCzk === null) !== (value.exemption === null), {
    message: 'validation.conversion.feeOrExemption',
  }) satisfies z.ZodType<FileConversionRecord>;

export const fileFormatChangeSchema = z
  .object({
    originalFormat: required(255),
    originalFileId: esslIdSchema,
    changedAt: instant,
    person: required(200),
  })
  .strict() satisfies z.ZodType<FileFormatChange>;

export const fileExtensionSchema = z
  .object({
    conversion: fileConversionRecordSchema.optional(),
    formatChange: fileFormatChangeSchema.optional(),
  })
  .strict() satisfies z.ZodType<FileExtension>;

const withEventId = <L extends EsslEvent['type'], T extends z.ZodRawShape>(type: L, shape: T) =>
  z.object({ type: z.literal(type), eventId, ...shape }).strict();

export const esslEventSchema = z.discriminatedUnion('type', [
  withEventId('DokumentUprava', { document: newDocumentProfileSchema }),
  withEventId('DokumentVlozeniDoSpisu', {
    caseFileId: esslIdSchema,
    documentId: esslIdSchema,
    order: z.number().int().min(1),
  }),
  withEventId('DokumentVyjmutiZeSpisu', { caseFileId: esslIdSchema, documentId: esslIdSchema }),
  withEventId('DokumentVyrizeni', {
    documentId: esslIdSchema,
    settlement: settlementProfileSchema,
  }),
  withEventId('DokumentZruseni', { documentId: esslIdSchema }),
  withEventId('SpisUzavreni', { caseFileId: esslIdSchema, closedAt: instant }),
  withEventId('SpisOtevreni', { caseFileId: esslIdSchema, reason: text(255).nullable() }),
  withEventId('SouborZalozeni', {
    file: fileContentSchema,
    extension: fileExtensionSchema.optional(),
  }),
  withEventId('SouborNovaVerze', { file: fileContentSchema, reason: text(255).nullable() }),
  withEventId('SouborVlozitKDokumentu', { documentId: esslIdSchema, file: fileLinkSchema }),
]) satisfies z.ZodType<EsslEvent>;

export const assignedQuerySchema = z
  .object({
    kind: z.enum(['document', 'caseFile']).nullable(),
    changedSince: instant.nullable(),
    from: z.number().int().min(1),
    count: z.number().int().min(1).max(100),
  })
  .strict() satisfies z.ZodType<AssignedQuery>;

export const reservationRequestSchema = z
  .object({
    requestId: required(40),
    register: z.enum(['documents', 'caseFiles']),
    year,
    count: z.number().int().min(1).max(1000),
  })
  .strict() satisfies z.ZodType<ReservationRequest>;

/** IdCiselniku (sIdCiselniku: 1–40 characters). */
export const codeListIdSchema = required(40);
