import { createOffer } from '@/lib/offers/admin';
import { offerInputSchema } from '@/lib/offers/admin-schema';
import type { Db } from '@/lib/db';
import { FUZZ_OFFER } from '../fuzz-offer-bodies';
import type { StaffMatrixRow } from './types';

/** An offer to read, edit or end: one per call, since a row may end it. */
const anOffer = async (db: Db) =>
  (await createOffer(db, new Date(), offerInputSchema.parse({ ...FUZZ_OFFER, title: 'Matrix offer' }), async () => {}))
    .id;

/** The offers console: the admin role's only; managers and associates get 403 whatever the store. */
export const staffMatrixRows: StaffMatrixRow[] = [
  {
    operation: 'GET /api/staff/offers',
    minRole: 'admin',
    otherStore: 'ok',
    request: async () => ({ path: '/api/staff/offers' }),
    ok: [200],
  },
  {
    operation: 'POST /api/staff/offers',
    minRole: 'admin',
    otherStore: 'ok',
    request: async ({ storeId }) => ({
      path: '/api/staff/offers',
      body: { ...FUZZ_OFFER, target: { kind: 'store', storeId, radiusMeters: 500 } },
    }),
    ok: [201],
  },
  {
    operation: 'GET /api/staff/offers/{id}',
    minRole: 'admin',
    otherStore: 'ok',
    request: async ({ db }) => ({ path: `/api/staff/offers/${await anOffer(db)}` }),
    ok: [200],
  },
  {
    operation: 'PATCH /api/staff/offers/{id}',
    minRole: 'admin',
    otherStore: 'ok',
    request: async ({ db }) => ({ path: `/api/staff/offers/${await anOffer(db)}`, body: { title: 'Matrix, edited' } }),
    ok: [200],
  },
  {
    operation: 'POST /api/staff/offers/{id}/end',
    minRole: 'admin',
    otherStore: 'ok',
    request: async ({ db }) => ({ path: `/api/staff/offers/${await anOffer(db)}/end` }),
    ok: [200],
  },
];
