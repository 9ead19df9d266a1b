import { z } from 'zod';
import { isCalendarDate } from './time';

/** Ways of settling a document (NSESSS tZpusobVyrizeni), with the standard's wording. */
export const settlementMethods = {
  document: 'vyřízení dokumentem',
  forwarding: 'postoupení',
  noted: 'vzetí na vědomí',
  noteOnDocument: 'vyřízení záznamem na dokumentu',
  other: 'jiný způsob',
} as const;
export type SettlementMethod = keyof typeof settlementMethods;
export const settlementMethodKeys = Object.keys(settlementMethods) as SettlementMethod[];

export function settlementMethodFromNsesss(text: string): SettlementMethod | null {
  const found = settlementMethodKeys.find((key) => settlementMethods[key] === text);
  return found ?? null;
}

export interface Settlement {
  /** YYYY-MM-DD. */
  date: string;
  method: SettlementMethod;
  content: string | null;
  /** Required for `other` (jiný způsob). */
  reason: string | null;
  /** The document that settled this one (vyřizující dokument), linked both ways. */
  settlingPid: string | null;
  settledBy: string;
  recordedAt: string;
}

export const SETTLEMENT_TEXT_MAX = 2000;

const optionalText = z
  .string()
  .trim()
  .max(SETTLEMENT_TEXT_MAX, { message: 'validation.tooLong' })
  .nullish()
  .transform((value) => (value ? value : null));

export const settlementInputSchema = z
  .object({
    date: z.string().refine(isCalendarDate, { message: 'validation.dateInvalid' }),
    method: z.enum(settlementMethodKeys as [SettlementMethod, ...SettlementMethod[]], {
      message: 'validation.settlement.method',
    }),
    content: optionalText,
    reason: optionalText,
    settlingPid: z
      .string()
      .max(40)
      .nullish()
      .transform((value) => (value ? value : null)),
  })
  .superRefine((value, context) => {
    if (value.method === 'other' && !value.reason) {
      context.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'validation.settlement.reasonRequired',
      });
    }
    if (value.method === 'document' && !value.settlingPid) {
      context.addIssue({
        code: 'custom',
        path: ['settlingPid'],
        message: 'validation.settlement.settlingDocumentRequired',
      });
    }
  });
export type SettlementInput = z.input<typeof settlementInputSchema>;
