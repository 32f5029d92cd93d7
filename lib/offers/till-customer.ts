import 'server-only';
import { and, count, eq, isNotNull, or, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { orders, users } from '@/lib/db/schema';

export type TillCustomer = {
  /** Whose uses of an offer count for this customer: the phone, and the account that verified it. */
  keys: string[];
  /** Orders before this sale: in store with this phone, or online on the account that verified it. */
  priorOrders: number;
};

/**
 * The customer at the till, known by the phone they give (E.164). A phone typed as a contact
 * in an online order is not counted: only a verified one says whose orders those were.
 */
export async function tillCustomer(
  db: Db,
  phone: string,
  sale: { storeId: string; externalId: string },
): Promise<TillCustomer> {
  const [account] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.phone, phone), isNotNull(users.phoneVerifiedAt)));
  const inStore = and(eq(orders.channel, 'store'), eq(orders.phone, phone));
  const [row] = await db
    .select({ n: count() })
    .from(orders)
    .where(
      and(
        account ? or(inStore, eq(orders.userId, account.id)) : inStore,
        // The sale the code is for may reach Aisle before the code does: it is not an earlier order.
        sql`(${orders.storeId} IS DISTINCT FROM ${sale.storeId} OR ${orders.externalId} IS DISTINCT FROM ${sale.externalId})`,
      ),
    );
  return { keys: [`phone:${phone}`, ...(account ? [`user:${account.id}`] : [])], priorOrders: Number(row?.n ?? 0) };
}
