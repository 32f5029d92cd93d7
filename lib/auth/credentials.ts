import { toE164 } from '@/lib/phone/normalize';
import { phoneSignInSchema } from '@/lib/phone/schema';
import { signInSchema } from './schema';

/*
 * How each credentials provider reads its fields. The sign-in limits count with the same
 * functions, so what is counted is exactly what is checked.
 */

export function passwordCredentials(input: unknown): { email: string; password: string } | null {
  const parsed = signInSchema.safeParse(input);
  return parsed.success ? parsed.data : null;
}

export function phoneCredentials(input: unknown): { phone: string; code: string; name?: string } | null {
  const parsed = phoneSignInSchema.safeParse(input);
  const phone = parsed.success ? toE164(parsed.data.phone) : null;
  return parsed.success && phone ? { ...parsed.data, phone } : null;
}
