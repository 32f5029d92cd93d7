import { z } from 'zod';
import { toE164 } from '@/lib/phone/normalize';

/** A Korean delivery address as the shopper types it: recipient, phone, 5-digit postcode, road address and detail. */
export const addressInputSchema = z.object({
  recipient: z.string().trim().min(1, 'Enter the recipient').max(100),
  phone: z
    .string()
    .trim()
    .max(30)
    .transform((raw, ctx) => {
      const e164 = toE164(raw);
      if (!e164) ctx.addIssue({ code: 'custom', message: 'Enter a valid phone number' });
      return e164 ?? '';
    }),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{5}$/, 'Enter a 5-digit postcode'),
  line1: z.string().trim().min(1, 'Enter the road or lot address').max(200),
  line2: z.string().trim().max(200).default(''),
  isDefault: z.boolean().default(false),
});

export const addressSchema = z
  .object({
    id: z.string(),
    recipient: z.string(),
    phone: z.string().describe('E.164'),
    postalCode: z.string(),
    line1: z.string(),
    line2: z.string(),
    isDefault: z.boolean(),
  })
  .meta({ id: 'Address' });

export const addressListSchema = z.object({ addresses: z.array(addressSchema) });
export const addressParamsSchema = z.object({ id: z.string().min(1).max(60) });

export type AddressInput = z.infer<typeof addressInputSchema>;
export type Address = z.infer<typeof addressSchema>;

/** At most this many saved addresses per account. */
export const MAX_ADDRESSES = 20;
