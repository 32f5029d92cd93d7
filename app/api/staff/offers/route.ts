import { route } from '@/lib/http/route';
import { parseIdempotencyKey, requestFingerprint, runIdempotent } from '@/lib/idempotency/run-idempotent';
import { createOffer, listAdminOffers } from '@/lib/offers/admin';
import { auditOfferChangeBy } from '@/lib/offers/admin-audit';
import { offersAdminContract } from '@/lib/offers/admin-contract';

export const GET = route(offersAdminContract.list, async ({ db, now }) =>
  Response.json({ offers: await listAdminOffers(db, now) }),
);

/** A retry with the same Idempotency-Key gets the first offer back, not a second one. */
export const POST = route(offersAdminContract.create, async ({ db, now, body, request, caller }) => {
  const staff = caller.staff;
  const result = await runIdempotent(
    db,
    {
      scope: `staff-offers:${staff.id}`,
      key: parseIdempotencyKey(request.headers.get('idempotency-key')),
      fingerprint: requestFingerprint('POST', '/api/staff/offers', body),
      now,
    },
    async (tx) => ({ status: 201, body: { offer: await createOffer(tx, now, body, auditOfferChangeBy(staff)) } }),
  );
  return Response.json(result.body, { status: result.status });
});
