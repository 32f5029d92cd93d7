import { route } from '@/lib/http/route';
import { endOffer } from '@/lib/offers/admin';
import { auditOfferChangeBy } from '@/lib/offers/admin-audit';
import { offersAdminContract } from '@/lib/offers/admin-contract';

export const POST = route(offersAdminContract.end, async ({ db, now, params, caller }) =>
  Response.json({ offer: await endOffer(db, now, params.id, auditOfferChangeBy(caller.staff)) }),
);
