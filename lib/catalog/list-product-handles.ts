import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { products } from '@/lib/db/schema';

export async function listProductHandles(db: Db): Promise<{ handle: string; createdAt: Date }[]> {
  return db
    .select({ handle: products.handle, createdAt: products.createdAt })
    .from(products)
    .where(eq(products.status, 'active'))
    .orderBy(asc(products.handle));
}
