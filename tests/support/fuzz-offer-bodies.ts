import type { Db } from '@/lib/db';
import { stableId } from '@/lib/ids';
import { createOffer } from '@/lib/offers/admin';
import { offerInputSchema } from '@/lib/offers/admin-schema';
import type { ValidExample } from './fuzz-valid-bodies';
import { staffCookieHeader, staffWith, type TestStaff } from './staff';

const admins = new WeakMap<Db, Promise<TestStaff>>();
const edited = new WeakMap<Db, Promise<string>>();

function adminOf(db: Db): Promise<TestStaff> {
  let admin = admins.get(db);
  if (!admin) admins.set(db, (admin = staffWith(db, { role: 'admin' })));
  return admin;
}

/** A valid offer of every field: near Seongsu, from 2026, by code-less automatic discount. */
export const FUZZ_OFFER = {
  market: 'KR',
  title: 'Fuzz offer',
  description: 'An offer the fuzz cases break one field at a time.',
  code: null,
  discount: { type: 'fixed', amount: { amount: 1000, currency: 'KRW' } },
  startsAt: '2026-01-01T00:00:00+09:00',
  endsAt: '2027-01-01T00:00:00+09:00',
  channels: 'both',
  audience: 'everyone',
  minSubtotal: { amount: 10_000, currency: 'KRW' },
  categoryIds: [stableId('cat', 'outerwear')],
  usageLimit: 1000,
  perCustomerLimit: 5,
  target: { kind: 'store', storeId: stableId('str', 'seongsu'), radiusMeters: 800 },
  listed: false,
};

/** The offer the PATCH cases edit, made once per database. */
function offerToEdit(db: Db): Promise<string> {
  let id = edited.get(db);
  if (!id) {
    edited.set(
      db,
      (id = createOffer(db, new Date(), offerInputSchema.parse(FUZZ_OFFER), async () => {}).then((o) => o.id)),
    );
  }
  return id;
}

/** The offers console's routes with a body; a refusal writes nothing but the session's last use. */
export function offerExamples(): Record<string, ValidExample> {
  const seen = ['staff_sessions'];
  const records = { invalid_request: seen, forbidden: seen, not_found: seen };
  return {
    'post /api/staff/offers': {
      make: async ({ db }) => ({ body: FUZZ_OFFER, headers: staffCookieHeader(await adminOf(db)), signedIn: false }),
      expect: 201,
      records,
    },
    'patch /api/staff/offers/{id}': {
      make: async ({ db }) => ({
        body: { title: 'Fuzz offer, edited', target: { kind: 'region', region: 'KR-26' } },
        params: { id: await offerToEdit(db) },
        headers: staffCookieHeader(await adminOf(db)),
        signedIn: false,
      }),
      expect: 200,
      records,
    },
  };
}
