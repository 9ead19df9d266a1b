import { z } from 'zod';
import { decodeBase64 } from '../bytes/base64';
import { DATA_BOX_ID, isValidIco } from '../domain/party';
import type { ValidationIssue, Validated } from '../domain/validation';
import { sniffLogoMime } from './logo';
import { letterIssue, type LetterIssueName } from './messages';
import {
  LABEL_SHEET_POSITIONS,
  LETTER_LIMITS as L,
  MAIL_KINDS,
  type LetterContent,
  type LetterTemplate,
  type PostLabelInput,
} from './model';

const says = (name: LetterIssueName) => ({ message: letterIssue(name) });

/** A trimmed single-line text; with `required`, empty is that issue. */
function text(max: number, required?: LetterIssueName, tooLong: LetterIssueName = 'tooLong') {
  const base = z.string(says('invalid')).trim().max(max, says(tooLong));
  return required ? base.min(1, says(required)) : base;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date written as YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const isoDate = z.string(says('dateInvalid')).trim().refine(isIsoDate, says('dateInvalid'));
const optionalIsoDate = z
  .string(says('dateInvalid'))
  .trim()
  .refine((value) => value === '' || isIsoDate(value), says('dateInvalid'));
const optionalEmail = text(L.contact).refine(
  (value) => value === '' || EMAIL.test(value),
  says('email'),
);
const optionalDataBoxId = text(20)
  .toLowerCase()
  .refine((value) => value === '' || DATA_BOX_ID.test(value), says('databoxId'));

const lines = (count: number, length: number) =>
  z.array(text(length, 'lineEmpty'), says('invalid')).max(count, says('tooManyLines'));

/** The largest base64 text that can hold `bytes` bytes. */
const base64Length = (bytes: number) => Math.ceil(bytes / 3) * 4;

const logoSchema = z
  .object({
    mime: z.enum(['image/png', 'image/jpeg'], says('logoFormat')),
    base64: z.string(says('logoEncoding')),
  })
  .superRefine((logo, ctx) => {
    const fail = (name: LetterIssueName, params: Record<string, string | number> = {}) =>
      ctx.addIssue({ code: 'custom', path: ['base64'], message: letterIssue(name), params });
    if (logo.base64.length > base64Length(L.logoBytes)) {
      fail('logoTooLarge', { maxKb: L.logoBytes / 1024 });
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = decodeBase64(logo.base64);
    } catch {
      fail('logoEncoding');
      return;
    }
    if (bytes.length > L.logoBytes) fail('logoTooLarge', { maxKb: L.logoBytes / 1024 });
    const actual = sniffLogoMime(bytes);
    if (actual === null) fail('logoFormat');
    else if (actual !== logo.mime) fail('logoMimeMismatch', { mime: logo.mime });
  });

const personSchema = z.object({
  name: text(L.personName, 'signerNameRequired'),
  function: text(L.personFunction, 'signerFunctionRequired'),
});

export const letterheadSchema = z.object({
  organizationName: text(L.organizationName, 'organizationNameRequired'),
  addressLines: lines(L.letterheadLines, L.letterheadLine),
  ico: text(8).refine((value) => value === '' || isValidIco(value), says('ico')),
  databoxId: optionalDataBoxId,
  phone: text(L.contact).optional(),
  email: optionalEmail.optional(),
  web: text(L.contact).optional(),
  logo: logoSchema.optional(),
});

export const letterLayoutSchema = z.object({
  headerStyle: z.enum(['left', 'centered'], says('invalid')),
  addressWindow: z.enum(['left', 'right'], says('invalid')),
  references: z.enum(['row', 'column'], says('invalid')),
  bodyAlign: z.enum(['justify', 'left'], says('invalid')),
  signaturePosition: z.enum(['left', 'right'], says('invalid')),
  officialStampPlaceholder: z.boolean(says('invalid')),
  foldMarks: z.boolean(says('invalid')),
});

/** A template's signer is only the default for new letters: it may be left empty. */
const defaultSignerSchema = z.object({
  name: text(L.personName),
  function: text(L.personFunction),
});

export const letterTemplateSchema = z.object({
  id: text(L.templateId, 'templateIdRequired'),
  name: text(L.templateName, 'templateNameRequired'),
  letterhead: letterheadSchema,
  layout: letterLayoutSchema,
  heading: text(L.heading).optional(),
  footerText: text(L.footerText).optional(),
  closing: text(L.closing),
  signer: defaultSignerSchema,
});

const addresseeShape = z.object({
  name: text(L.addresseeName, 'addresseeNameRequired'),
  lines: lines(L.addresseeLines, L.addresseeLine),
  databoxId: optionalDataBoxId.optional(),
});

/** An addressee of a letter: a postal address, a data box, or both. */
export const letterAddresseeSchema = addresseeShape.superRefine((addressee, ctx) => {
  if (addressee.lines.length === 0 && !addressee.databoxId) {
    ctx.addIssue({ code: 'custom', path: ['lines'], message: letterIssue('addressRequired') });
  }
});

export const letterContentSchema = z.object({
  addressee: letterAddresseeSchema,
  ourRef: text(L.reference, 'ourRefRequired'),
  theirRef: text(L.reference).optional(),
  theirDate: optionalIsoDate.optional(),
  handler: z.object({
    name: text(L.personName, 'handlerNameRequired'),
    phone: text(L.contact).optional(),
    email: optionalEmail.optional(),
  }),
  date: isoDate,
  subject: text(L.subject, 'subjectRequired', 'subjectTooLong'),
  body: z
    .string(says('invalid'))
    .max(L.body, says('bodyTooLong'))
    .refine((body) => body.trim().length > 0, says('bodyRequired')),
  attachments: z
    .array(text(L.attachment, 'attachmentEmpty'), says('invalid'))
    .max(L.attachments, says('tooManyAttachments')),
  signer: personSchema,
  heading: text(L.heading).optional(),
  closing: text(L.closing).optional(),
});

export const postLabelInputSchema = z.object({
  sender: z
    .array(text(L.letterheadLine, 'lineEmpty'), says('senderRequired'))
    .min(1, says('senderRequired'))
    .max(L.letterheadLines + 1, says('tooManyLines')),
  addressee: addresseeShape.superRefine((addressee, ctx) => {
    if (addressee.lines.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['lines'],
        message: letterIssue('postalAddressRequired'),
      });
    }
  }),
  mailKind: z.enum(MAIL_KINDS, says('invalid')),
  ourRef: text(L.reference).optional(),
  labelPosition: z
    .number(says('labelPosition'))
    .int(says('labelPosition'))
    .min(1, says('labelPosition'))
    .max(LABEL_SHEET_POSITIONS, says('labelPosition'))
    .optional(),
});

// The schemas produce exactly the model's types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameTemplate: Same<z.output<typeof letterTemplateSchema>, LetterTemplate> = true;
const sameContent: Same<z.output<typeof letterContentSchema>, LetterContent> = true;
const sameLabel: Same<z.output<typeof postLabelInputSchema>, PostLabelInput> = true;
void [sameTemplate, sameContent, sameLabel];

/** Zod's issues as ours; anything not worded by these schemas becomes "invalid". */
export function letterIssuesFromZod(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => {
    const params: Record<string, string | number> = {};
    if ('params' in issue && issue.params && typeof issue.params === 'object') {
      for (const [key, value] of Object.entries(issue.params as Record<string, unknown>)) {
        if (typeof value === 'string' || typeof value === 'number') params[key] = value;
      }
    }
    if ('maximum' in issue && typeof issue.maximum === 'number') params.max = issue.maximum;
    const message = issue.message.startsWith('letters.validation.')
      ? issue.message
      : letterIssue('invalid');
    return { path: issue.path.map(String).join('.'), message, params };
  });
}

function validateWith<T>(schema: z.ZodType<T>, input: unknown): Validated<T> {
  const parsed = schema.safeParse(input);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, issues: letterIssuesFromZod(parsed.error) };
}

export const validateLetterTemplate = (input: unknown): Validated<LetterTemplate> =>
  validateWith(letterTemplateSchema, input);

export const validateLetterContent = (input: unknown): Validated<LetterContent> =>
  validateWith(letterContentSchema, input);

export const validatePostLabelInput = (input: unknown): Validated<PostLabelInput> =>
  validateWith(postLabelInputSchema, input);
