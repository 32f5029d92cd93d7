import { formatPhone } from '@/lib/phone/normalize';
import type { Address } from '@/lib/addresses/schema';

/** How a saved number is shown and pre-filled: 010-2345-6789 at home. */
export const formatPhoneForInput = (e164: string) => formatPhone(e164);

/** One address on one line, as Korean labels write it: (postcode) address detail. */
export const addressLine = (a: Pick<Address, 'postalCode' | 'line1' | 'line2'>) =>
  `(${a.postalCode}) ${a.line1}${a.line2 ? ` ${a.line2}` : ''}`;
