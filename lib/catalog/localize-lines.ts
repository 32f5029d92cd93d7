import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { productTranslations, variants } from '@/lib/db/schema';
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/translate';
import { optionLabeller } from './localize-catalog';
import type { OptionLabel } from './schema';

type Line = { variantId: string | null; title: string; options: { size?: string; color?: string } };
export type LocalizedLine<T> = T & {
  titleLang?: 'en';
  optionLabels?: { size?: OptionLabel; color?: OptionLabel };
};

/**
 * Bag and order lines in `locale`: the product's title there (the line keeps the English one it
 * was bought under otherwise, marked `titleLang: 'en'`) and its colour and size names.
 */
export async function localizeLines<T extends Line>(db: Db, lines: T[], locale: Locale): Promise<LocalizedLine<T>[]> {
  if (locale === DEFAULT_LOCALE || lines.length === 0) return lines;
  const variantIds = [...new Set(lines.map((l) => l.variantId).filter((id): id is string => !!id))];
  const [rows, label] = await Promise.all([
    db
      .select({ variantId: variants.id, title: productTranslations.title })
      .from(variants)
      .innerJoin(
        productTranslations,
        and(eq(productTranslations.productId, variants.productId), eq(productTranslations.locale, locale)),
      )
      .where(inArray(variants.id, variantIds)),
    optionLabeller(db, locale),
  ]);
  const titles = new Map(rows.map((r) => [r.variantId, r.title]));
  return lines.map((l) => {
    const title = l.variantId ? titles.get(l.variantId) : undefined;
    return {
      ...l,
      title: title ?? l.title,
      ...(title ? {} : { titleLang: 'en' as const }),
      optionLabels: {
        ...(l.options.size ? { size: label('size', l.options.size) } : {}),
        ...(l.options.color ? { color: label('color', l.options.color) } : {}),
      },
    };
  });
}
