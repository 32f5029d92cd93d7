import 'server-only';
import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { categories } from '@/lib/db/schema';
import { ART_KINDS } from '@/lib/catalog/art/kinds';
import { newId } from '@/lib/ids';

/** "Outer Wear" → "outer-wear"; text with no Latin letters or digits gets a stable short code. */
export function categorySlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || `c-${createHash('sha256').update(name).digest('hex').slice(0, 8)}`;
}

/**
 * The category a product names, by slug or by name (any case); an unknown one is made, so a
 * shop moves over in one import (its slug from the name, last in the menu, no description yet).
 */
export async function categoryIdFor(tx: Db, category: string): Promise<string> {
  const slug = categorySlug(category);
  const [found] = await tx
    .select({ id: categories.id })
    .from(categories)
    .where(sql`${categories.slug} IN (${category}, ${slug}) OR lower(${categories.name}) = lower(${category})`)
    .orderBy(sql`${categories.slug} = ${category} DESC`)
    .limit(1);
  if (found) return found.id;
  const [{ last }] = (await tx
    .select({ last: sql<number>`coalesce(max(${categories.position}), 0)` })
    .from(categories)) as [{ last: number }];
  await tx
    .insert(categories)
    .values({
      id: newId('cat'),
      slug,
      name: category,
      description: '',
      imageKind: (ART_KINDS as readonly string[]).includes(slug) ? slug : 'tshirt',
      position: Number(last) + 1,
    })
    .onConflictDoNothing({ target: categories.slug });
  const [made] = await tx.select({ id: categories.id }).from(categories).where(eq(categories.slug, slug));
  return made!.id;
}
