import { route } from '@/lib/http/route';
import { getAdminOffer, updateOffer } from '@/lib/offers/admin';
import { auditOfferChangeBy } from '@/lib/offers/admin-audit';
import { offersAdminContract } from '@/lib/offers/admin-contract';

export const GET = route(offersAdminContract.get, async ({ db, now, params }) =>
  Response.json({ offer: await getAdminOffer(db, params.id, now) }),
);

export const PATCH = route(offersAdminContract.update, async ({ db, now, params, body, caller }) =>
  Response.json({ offer: await updateOffer(db, now, params.id, body, auditOfferChangeBy(caller.staff)) }),
);
