import { z } from 'zod';

export const OTP_LENGTH = 6;
export const OTP_TTL_MS = 5 * 60_000;
export const OTP_MAX_FAILURES = 5;
export const OTP_RESEND_COOLDOWN_MS = 30_000;
/** Codes one requester (an account, or the browser asking to sign in) may have sent to one phone. */
export const OTP_SENDS_PER_REQUESTER_PER_HOUR = 5;
export const OTP_SENDS_PER_ADDRESS_PER_HOUR = 20;
export const OTP_SENDS_PER_ADDRESS_PER_DAY = 60;
/**
 * Whoever asks, above what one address may send: they bound SMS bombing and guessing (each code
 * takes 5 guesses, so a phone takes at most 500 a day). Strangers on a few addresses can fill
 * them, so the phone's proven owner (its account, or a browser that signed in with it before,
 * lib/phone/requester.ts) does not count against them.
 */
export const OTP_SENDS_PER_PHONE_PER_HOUR = 30;
export const OTP_SENDS_PER_PHONE_PER_DAY = 100;
/** For the whole shop, against SMS pumping; AISLE_OTP_SENDS_PER_HOUR overrides it. */
export const OTP_SENDS_PER_HOUR = 500;

const phone = z.string().trim().min(1, 'Enter your phone number').max(40);

export const phoneStartBodySchema = z.object({
  phone,
  /** `link` proves a phone for the signed-in account; `sign_in` sends a code to sign in with. */
  purpose: z.enum(['link', 'sign_in']).default('link'),
});

export const otpCodeSchema = z
  .string()
  .trim()
  .regex(new RegExp(`^\\d{${OTP_LENGTH}}$`), `Enter the ${OTP_LENGTH}-digit code`);

export const phoneVerifyBodySchema = z.object({ phone, code: otpCodeSchema });

export const phoneSignInSchema = z.object({
  phone,
  code: otpCodeSchema,
  /** Names the account when this phone has none yet. */
  name: z.string().trim().max(100).optional(),
});

export const phoneStartResponseSchema = z.object({
  status: z.literal('sent').describe('The same answer whether or not the phone is known'),
  resendAfterSeconds: z.number().int(),
  expiresInSeconds: z.number().int(),
});

export const phoneVerifyResponseSchema = z.object({ phone: z.string().describe('E.164') });

export type PhoneStartBody = z.infer<typeof phoneStartBodySchema>;
