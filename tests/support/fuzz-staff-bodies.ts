import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { inTransaction } from '@/lib/db/in-transaction';
import { staffMembers } from '@/lib/db/schema';
import { readEnv } from '@/lib/env';
import { stableId } from '@/lib/ids';
import { issueSetPasswordLink } from '@/lib/staff/members';
import type { ValidExample } from './fuzz-valid-bodies';
import { staffCookieHeader, staffWith, totpCode, type TestStaff } from './staff';
import { pickupOrderAt, stockedVariantAt } from './staff-pickup-fixtures';

/** One admin per database for the staff routes' valid requests (made on first use). */
const admins = new WeakMap<Db, Promise<TestStaff>>();
function adminOf(db: Db): Promise<TestStaff> {
  let admin = admins.get(db);
  if (!admin) admins.set(db, (admin = staffWith(db, { role: 'admin' })));
  return admin;
}

/**
 * Valid requests of the staff routes with a body. A staff session's last use may be noted by a
 * refused call (at most once a minute), so `staff_sessions` may change on refusals after sign-in.
 */
export function staffExamples(): Record<string, ValidExample> {
  const seen = ['staff_sessions'];
  return {
    'post /api/staff/session': {
      // A member of their own each time: the per-e-mail budget would stop the cases before the handler.
      make: async ({ db }) => {
        const member = await staffWith(db, { role: 'associate', stores: ['seongsu'] });
        return { body: { email: member.email, password: member.password }, signedIn: false };
      },
      expect: 200,
    },
    'post /api/staff/password': {
      make: async ({ db }) => {
        const member = await staffWith(db, { role: 'associate', stores: ['seongsu'] });
        const link = await inTransaction(db, (tx) => issueSetPasswordLink(tx, member.id, new Date(), readEnv()));
        return {
          body: { token: new URL(link).searchParams.get('token')!, password: 'a new staff password' },
          signedIn: false,
        };
      },
      expect: 200,
    },
    'post /api/staff/totp/confirm': {
      make: async ({ db }) => {
        const member = await staffWith(db, { role: 'manager', stores: ['seongsu'] });
        const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
        await db.update(staffMembers).set({ totpSecret: secret }).where(eq(staffMembers.id, member.id));
        return { body: { code: totpCode(secret) }, headers: staffCookieHeader(member), signedIn: false };
      },
      expect: 200,
      records: { invalid_request: seen, totp_invalid: seen },
    },
    'post /api/staff/endless-aisle': {
      make: async ({ db, item }, n) => ({
        body: {
          action: 'place_order',
          storeId: item.storeId,
          customerPhone: '010-4444-0002',
          customer: { name: 'Fuzz Customer', email: 'fuzz-aisle@example.com' },
          lines: [{ variantId: item.variantId, quantity: 1 }],
          fulfillment: { type: 'pickup', storeId: item.storeId },
          payment: 'pay_at_store',
        },
        headers: { ...staffCookieHeader(await adminOf(db)), 'idempotency-key': `fuzz-aisle-${n}` },
        signedIn: false,
      }),
      expect: 201,
      // A refusal under an Idempotency-Key is kept for that key, as at checkout.
      records: { invalid_request: [...seen, 'idempotency_keys'], not_found: [...seen, 'idempotency_keys'] },
    },
    'post /api/staff/members': {
      make: async ({ db }, n) => ({
        body: { email: `fuzz-invite-${n}@staff.test`, name: 'Fuzz Invite', role: 'associate', storeIds: ['seongsu'] },
        headers: staffCookieHeader(await adminOf(db)),
        signedIn: false,
      }),
      expect: 201,
      records: { invalid_request: seen, forbidden: seen, staff_email_taken: seen },
    },
    'post /api/staff/pickups/{orderId}/collected': {
      // A new order each time: a collected one answers a repeat, not the case.
      make: async ({ db }) => {
        const { orderId, code } = await pickupOrderAt(db, stableId('str', 'seongsu'));
        return { params: { orderId }, body: { code }, headers: staffCookieHeader(await adminOf(db)), signedIn: false };
      },
      expect: 200,
      // A wrong code is audited (pickup.code_wrong): the one refusal that writes what it exists to record.
      records: { invalid_request: seen, pickup_code_wrong: [...seen, 'staff_audit_log'], not_found: seen },
    },
    'post /api/staff/stores/{storeId}/counts': {
      make: async ({ db }) => {
        const storeId = stableId('str', 'seongsu');
        const { sku } = await stockedVariantAt(db, storeId, 1);
        return {
          params: { storeId },
          body: { sku, onHand: 40 },
          headers: staffCookieHeader(await adminOf(db)),
          signedIn: false,
        };
      },
      expect: 200,
      records: { invalid_request: seen, not_found: seen, count_below_reserved: seen },
    },
  };
}
