import { ApiError } from '@/lib/http/client-fetch';
import type { MessageKey } from '@/lib/i18n/translate';

/** The form's fields, as the server names them at the top of a path (`target.storeId` is `target`). */
export const OFFER_FIELDS = [
  'market',
  'title',
  'description',
  'code',
  'discount',
  'startsAt',
  'endsAt',
  'minSubtotal',
  'categoryIds',
  'usageLimit',
  'perCustomerLimit',
  'target',
] as const;
export type OfferField = (typeof OFFER_FIELDS)[number];

/**
 * What to tell the admin for each field the server refused, in the catalog's words: the server's
 * own messages are English, so each field has its message here, and the two reference checks
 * (a code taken, a limit below the uses) theirs.
 */
export function offerFieldErrors(error: unknown): Partial<Record<OfferField, MessageKey>> {
  if (!(error instanceof ApiError) || error.code !== 'invalid_request') return {};
  const fields = (error.details.fields ?? {}) as Record<string, string[]>;
  const out: Partial<Record<OfferField, MessageKey>> = {};
  for (const [path, messages] of Object.entries(fields)) {
    const top = path.split('.')[0] as OfferField;
    if (!OFFER_FIELDS.includes(top)) continue;
    const said = messages.join(' ');
    out[top] =
      top === 'code' && said.includes('Another offer')
        ? 'staffOffers.error_codeTaken'
        : top === 'usageLimit' && said.startsWith('Already used')
          ? 'staffOffers.error_usageLimitUsed'
          : (`staffOffers.error_${top}` as MessageKey);
  }
  return out;
}
