import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { AppError } from '@/lib/http/errors';

/** The shop's home country: the default region for numbers typed without a country code. */
export const DEFAULT_PHONE_REGION = 'KR';

/** The phone as E.164 (`+821012345678`), read with `region` as the default country; null when invalid. */
export function toE164(raw: string | null | undefined, region: string = DEFAULT_PHONE_REGION): string | null {
  if (!raw) return null;
  const parsed = parsePhoneNumberFromString(raw, region as CountryCode);
  return parsed?.isValid() ? parsed.number : null;
}

/** How the shop writes a number for people: national format at home, international otherwise. */
export function formatPhone(e164: string, region: string = DEFAULT_PHONE_REGION): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.country === region ? parsed.formatNational() : parsed.formatInternational();
}

/** `+82 ••• 5678`: enough for the owner to recognise, not enough to learn the number. */
export function maskPhone(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  return `+${parsed?.countryCallingCode ?? '?'} ••• ${e164.slice(-4)}`;
}

/**
 * The phone as E.164, or a 422 naming `field` (`toE164` is the lenient one that answers null).
 * `region` is the market's (MARKETS[m].phoneRegion) where one is known: 090-1234-5678 is
 * Japanese in JP and no number at all in KR.
 */
export function requirePhone(raw: string, field = 'phone', region: string = DEFAULT_PHONE_REGION): string {
  const phone = toE164(raw, region);
  if (!phone)
    throw new AppError('invalid_request', 'Enter a valid phone number', {
      fields: { [field]: ['Enter a valid phone number'] },
    });
  return phone;
}
