import { AppError } from '@/lib/http/errors';
import { MAX_STORED_AMOUNT, type PosOrderBody } from './schema';
import { SIGNATURE_TOLERANCE_SECONDS } from './signature';

/** How far back a sale may be dated: a shop moving to Aisle may bring its recent years' sales. */
export const OLDEST_SALE_YEARS = 5;

/**
 * Refuses a sale whose figures do not hold together or whose date cannot be true, before it
 * is stored: a stored total is what the shopper's history and the retailer's books show.
 * The same clock skew is allowed ahead as for the signature's timestamp.
 */
export function assertSaleHoldsTogether(body: PosOrderBody, now: Date): { subtotal: number; discount: number } {
  const placedAt = new Date(body.placedAt).getTime();
  if (placedAt > now.getTime() + SIGNATURE_TOLERANCE_SECONDS * 1000) {
    throw invalid('placedAt', 'A sale cannot be dated more than 5 minutes ahead of the clock');
  }
  const oldest = new Date(now);
  oldest.setUTCFullYear(oldest.getUTCFullYear() - OLDEST_SALE_YEARS);
  if (placedAt < oldest.getTime()) {
    throw invalid('placedAt', `A sale cannot be dated more than ${OLDEST_SALE_YEARS} years ago`);
  }
  const subtotal = body.lines.reduce((n, l) => n + l.quantity * l.unitPrice, 0);
  if (subtotal > MAX_STORED_AMOUNT) {
    throw invalid('lines', `The lines add up to more than ${MAX_STORED_AMOUNT}, the most one sale can record`);
  }
  const discount = body.discount ?? 0;
  if (discount > subtotal) throw invalid('discount', `The discount is more than the lines add up to (${subtotal})`);
  const expected = subtotal - discount;
  if (body.total !== expected) {
    throw new AppError('total_mismatch', `The total is not what the lines add up to less the discount (${expected})`, {
      fields: { total: [`Must be ${expected}: lines ${subtotal} less discount ${discount}`] },
      details: { expectedTotal: expected },
    });
  }
  return { subtotal, discount };
}

function invalid(field: string, message: string): AppError {
  return new AppError('invalid_request', message, { fields: { [field]: [message] } });
}
