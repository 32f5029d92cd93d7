import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { optionValueTranslations } from '@/lib/db/schema';
import type { ProductInput } from './product-input';

/** The dictionary's key for an option: `size` and `color` as variants store them, else the name in lower case. */
export function optionKey(name: string): string {
  if (/^size$/i.test(name)) return 'size';
  if (/^colou?r$/i.test(name)) return 'color';
  return name.toLowerCase();
}

/**
 * The retailer's names for option values in other locales, into the shop-wide dictionary: the
 * latest name sent wins for every product with the value. Values sent without names keep theirs.
 */
export async function writeOptionNames(tx: Db, options: ProductInput['options']): Promise<void> {
  const rows = options.flatMap((o) =>
    Object.entries(o.translations ?? {}).flatMap(([value, names]) =>
      (['ko', 'ja'] as const).flatMap((locale) =>
        names[locale] ? [{ option: optionKey(o.name), value, locale, text: names[locale] }] : [],
      ),
    ),
  );
  if (rows.length === 0) return;
  await tx
    .insert(optionValueTranslations)
    .values(rows)
    .onConflictDoUpdate({
      target: [optionValueTranslations.option, optionValueTranslations.value, optionValueTranslations.locale],
      set: { text: sql`excluded.text` },
    });
}
