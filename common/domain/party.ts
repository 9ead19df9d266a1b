import { z } from 'zod';

/** ISDS box IDs are 7 characters of lower-case letters and digits. */
export const DATA_BOX_ID = /^[a-z0-9]{7}$/;
/** IČO: 8 digits with a mod-11 check digit. */
export const ICO = /^\d{8}$/;

export function isValidIco(ico: string): boolean {
  if (!ICO.test(ico)) return false;
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(ico[i]) * (8 - i);
  const check = (11 - (sum % 11)) % 10;
  return check === Number(ico[7]);
}

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: 'validation.tooLong' })
    .optional()
    .transform((value) => (value ? value : undefined));

export const addressSchema = z.object({
  street: optionalText(120),
  city: optionalText(80),
  postalCode: optionalText(10),
  country: optionalText(60),
});

export const partyKinds = ['person', 'organization', 'authority'] as const;
export type PartyKind = (typeof partyKinds)[number];

export const partySchema = z
  .object({
    kind: z.enum(partyKinds, { message: 'validation.party.kind' }),
    /** Person: full name; organisation / authority: its name. */
    name: z
      .string({ message: 'validation.party.nameRequired' })
      .trim()
      .min(1, { message: 'validation.party.nameRequired' })
      .max(200, { message: 'validation.tooLong' }),
    ico: optionalText(8),
    address: addressSchema.optional(),
    dataBoxId: optionalText(20).transform((value) => value?.toLowerCase()),
  })
  .superRefine((party, ctx) => {
    if (party.dataBoxId !== undefined && !DATA_BOX_ID.test(party.dataBoxId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['dataBoxId'],
        message: 'validation.dataBoxId',
        params: { length: party.dataBoxId.length },
      });
    }
    if (party.ico !== undefined && !isValidIco(party.ico)) {
      ctx.addIssue({ code: 'custom', path: ['ico'], message: 'validation.ico' });
    }
  });

export type PartyInput = z.input<typeof partySchema>;
export type Party = z.output<typeof partySchema>;
