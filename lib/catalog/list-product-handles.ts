import 'server-only';
import { asc } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { products } from '@/lib/db/schema';

export async function listProductHandles(db: Db): Promise<{ handle: string; createdAt: Date }[]> {
  return db
    .select({ handle: products.handle, createdAt: products.createdAt })
    .from(products)
    .orderBy(asc(products.handle));
}
