import { parseArgs } from 'node:util';
import { withCliDb } from '@/lib/db/cli/cli-db';
import { inTransaction } from '@/lib/db/in-transaction';
import { STAFF_ROLES } from '@/lib/db/schema/staff';
import { readEnv } from '@/lib/env';
import { AppError } from '@/lib/http/errors';
import type { StaffRole } from '@/lib/http/operation';
import { insertStaffMember, issueSetPasswordLink, normaliseStaffEmail, resolveStoreIds } from '../members';

/**
 * `npm run staff:create -- --email E --role admin|manager|associate [--store CODE ...] [--name N]`:
 * a staff member without a password; the one-time set-password link is printed alone on the last
 * line (AISLE_PUBLIC_URL-based, 72 hours). How the first admin comes to be; the rest are invited
 * from the console.
 */
const USAGE = `Usage: staff:create -- --email E --role ${STAFF_ROLES.join('|')} [--store CODE ...] [--name NAME]`;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        email: { type: 'string' },
        role: { type: 'string' },
        store: { type: 'string', multiple: true },
        name: { type: 'string' },
      },
      strict: true,
    });
  } catch (error) {
    return fail((error as Error).message);
  }
})();

const email = normaliseStaffEmail(values.email ?? '');
if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) fail('A staff member needs --email');
const role = values.role as StaffRole;
if (!STAFF_ROLES.includes(role)) fail(`--role is one of ${STAFF_ROLES.join(', ')}`);
const stores = (values.store ?? [])
  .flatMap((s) => s.split(','))
  .map((s) => s.trim())
  .filter(Boolean);
if (role === 'admin' && stores.length > 0) fail('An admin acts on every store: leave out --store');
if (role !== 'admin' && stores.length === 0) fail(`A ${role} needs at least one --store CODE`);
const name = values.name?.trim() || email.split('@')[0]!;

try {
  const link = await withCliDb(async (db) => {
    const now = new Date();
    const storeIds = await resolveStoreIds(db, stores);
    return inTransaction(db, async (tx) => {
      const id = await insertStaffMember(tx, { email, name, role, storeIds }, now);
      return issueSetPasswordLink(tx, id, now, readEnv());
    });
  });
  console.info(
    `Created ${role} ${email}${stores.length ? ` for ${stores.join(', ')}` : ''}. Set the password with this link (once, within 72 hours):`,
  );
  console.info(link);
} catch (error) {
  if (!(error instanceof AppError)) throw error;
  console.error(error.message);
  process.exit(1);
}
