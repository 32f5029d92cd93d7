import { endlessAisleContract } from '@/lib/endless-aisle/contract';
import { actFromCounter } from '@/lib/endless-aisle/from-counter';
import { AppError } from '@/lib/http/errors';
import { route } from '@/lib/http/route';
import { parseIdempotencyKey, requestFingerprint, runIdempotent } from '@/lib/idempotency/run-idempotent';
import { requestLocale } from '@/lib/i18n/request-locale';
import { staffStoreOr404 } from '@/lib/staff/access';

/**
 * The endless aisle: send the counter's bag to the customer's phone, or place it as their order.
 * Only for the caller's own store (another store: 404); an Idempotency-Key, scoped to the staff
 * member, makes a retry (a double tap on a flaky shop Wi-Fi) return the first answer.
 */
export const POST = route(endlessAisleContract.create, async (ctx) => {
  const { staff } = ctx.caller;
  staffStoreOr404(staff, ctx.body.storeId);
  const key = parseIdempotencyKey(ctx.request.headers.get('idempotency-key'));
  if (!key) {
    throw new AppError('precondition_required', 'Send an Idempotency-Key header', {
      fields: { 'Idempotency-Key': ['Required'] },
    });
  }
  // The text goes out in the language the console is in: the associate chose it with the customer.
  const locale = requestLocale(ctx.request.headers);
  const opts = {
    now: ctx.now,
    publicUrl: ctx.env.AISLE_PUBLIC_URL,
    locale,
    holdMs: ctx.env.AISLE_PICKUP_HOLD_HOURS * 3_600_000,
  };
  const fingerprint = requestFingerprint('POST', '/api/staff/endless-aisle', ctx.body);
  const result = await runIdempotent(
    ctx.db,
    { scope: `staff:${staff.id}:endless-aisle`, key, fingerprint, now: ctx.now },
    (tx) => actFromCounter(tx, staff, ctx.body, opts),
  );
  return Response.json(result.body, { status: result.status });
});
