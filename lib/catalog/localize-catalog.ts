import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { catalogCache } from '@/lib/cache/catalog-cache';
import type { Db } from '@/lib/db';
import { categories, optionValueTranslations, productTranslations } from '@/lib/db/schema';
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/translate';
import { getFacets } from './facets';
import { listCategories } from './list-categories';
import { listProducts } from './list-products';
import type {
  Category,
  Facets,
  OptionLabel,
  ProductDetail,
  ProductList,
  ProductListFilters,
  ProductSummary,
} from './schema';

/*
 * The catalog in the request's locale. The cached reads (products, lists, facets, categories) are
 * the base (English) rows, the same for every locale; these put the locale's text over them after
 * the cache, and mark with `…Lang: 'en'` each text the locale has no translation for.
 */

type Shown = { text: string; lang?: 'en' };

/** The translation where there is one; else the base text, marked as English outside the base locale. */
function shown(base: string, own: string | null | undefined, locale: Locale): Shown {
  if (locale === DEFAULT_LOCALE) return { text: base };
  return own ? { text: own } : { text: base, lang: 'en' };
}

/** The retailer's option-value dictionary for a locale: `option` → base value → text. Small, and kept with the catalog. */
const optionNames = catalogCache(
  async (db: Db, locale: string) => {
    const rows = await db
      .select({
        option: optionValueTranslations.option,
        value: optionValueTranslations.value,
        text: optionValueTranslations.text,
      })
      .from(optionValueTranslations)
      .where(eq(optionValueTranslations.locale, locale));
    const out: Record<string, Record<string, string>> = {};
    for (const r of rows) (out[r.option] ??= {})[r.value] = r.text;
    return out;
  },
  (locale) => locale,
);

const categoryTexts = catalogCache(
  (db: Db) => db.select({ id: categories.id, translations: categories.translations }).from(categories),
  () => 'all',
);

/** After a catalog write in this instance: the dictionary and category texts are read again. */
export function forgetCatalogTexts(db: Db): void {
  optionNames.forget(db);
  categoryTexts.forget(db);
}

/** Labels each option value in `locale`: a function over the locale's dictionary, read once. */
export async function optionLabeller(db: Db, locale: Locale): Promise<(option: string, value: string) => OptionLabel> {
  const names = locale === DEFAULT_LOCALE ? {} : await optionNames(db, locale);
  return (option, value) => shown(value, names[option]?.[value], locale);
}

async function categoryTranslations(
  db: Db,
  locale: Locale,
): Promise<Map<string, { name?: string; description?: string }>> {
  if (locale === DEFAULT_LOCALE) return new Map();
  const rows = await categoryTexts(db);
  return new Map(
    rows.map((r) => [r.id, (r.translations as Record<string, { name?: string; description?: string }>)[locale] ?? {}]),
  );
}

async function productTexts(db: Db, ids: string[], locale: Locale) {
  if (locale === DEFAULT_LOCALE || ids.length === 0)
    return new Map<string, { title: string | null; description: string | null }>();
  const rows = await db
    .select({
      id: productTranslations.productId,
      title: productTranslations.title,
      description: productTranslations.description,
    })
    .from(productTranslations)
    .where(and(eq(productTranslations.locale, locale), inArray(productTranslations.productId, ids)));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Categories in `locale`: name and description. */
async function localizeCategories(db: Db, list: Category[], locale: Locale): Promise<Category[]> {
  const own = await categoryTranslations(db, locale);
  return list.map((c) => {
    const name = shown(c.name, own.get(c.id)?.name, locale);
    const description = shown(c.description, own.get(c.id)?.description, locale);
    return {
      ...c,
      name: name.text,
      nameLang: name.lang,
      description: description.text,
      descriptionLang: description.lang,
    };
  });
}

/** Product cards in `locale`: titles and colour names. */
export async function localizeSummaries(db: Db, items: ProductSummary[], locale: Locale): Promise<ProductSummary[]> {
  if (locale === DEFAULT_LOCALE) return items;
  const [texts, label] = await Promise.all([
    productTexts(
      db,
      items.map((i) => i.id),
      locale,
    ),
    optionLabeller(db, locale),
  ]);
  return items.map((item) => {
    const title = shown(item.title, texts.get(item.id)?.title, locale);
    return {
      ...item,
      title: title.text,
      titleLang: title.lang,
      // The English alt describes the English title; a translated card is named by its translated title.
      image: item.image && !title.lang ? { ...item.image, alt: title.text } : item.image,
      colors: item.colors.map((c) => ({ ...c, label: label('color', c.name) })),
    };
  });
}

/** A product page in `locale`: title, description, category name and every option value's name. */
export async function localizeProduct(db: Db, product: ProductDetail, locale: Locale): Promise<ProductDetail> {
  const [texts, label, categoryOwn] = await Promise.all([
    productTexts(db, [product.id], locale),
    optionLabeller(db, locale),
    categoryTranslations(db, locale),
  ]);
  const own = texts.get(product.id);
  const title = shown(product.title, own?.title, locale);
  const description = shown(product.description, own?.description, locale);
  const category = shown(product.category.name, categoryOwn.get(product.category.id)?.name, locale);
  const optionLabels: Record<string, Record<string, OptionLabel>> = {};
  for (const v of product.variants) {
    for (const [option, value] of Object.entries(v.options)) {
      if (value) (optionLabels[option] ??= {})[value] = label(option, value);
    }
  }
  return {
    ...product,
    title: title.text,
    titleLang: title.lang,
    description: description.text,
    descriptionLang: description.lang,
    category: { ...product.category, name: category.text, nameLang: category.lang },
    // Each photo's alt in the locale: its title and colour there (the retailer's alt is English prose).
    images:
      locale === DEFAULT_LOCALE || title.lang
        ? product.images
        : product.images.map((i) => ({
            ...i,
            alt: i.color ? `${title.text} · ${label('color', i.color).text}` : title.text,
          })),
    optionLabels,
  };
}

/** A listing's filters in `locale`: each size and colour with its name. */
async function localizeFacets(db: Db, facets: Facets, locale: Locale): Promise<Facets> {
  if (locale === DEFAULT_LOCALE) return facets;
  const label = await optionLabeller(db, locale);
  return {
    ...facets,
    sizes: facets.sizes.map((s) => ({ ...s, label: label('size', s.name) })),
    colors: facets.colors.map((c) => ({ ...c, label: label('color', c.name) })),
  };
}

/** Every category, in `locale`. */
export async function listCategoriesIn(db: Db, locale: Locale): Promise<Category[]> {
  return localizeCategories(db, await listCategories(db), locale);
}

/** A page of products, their cards in `locale`. */
export async function listProductsIn(db: Db, filters: ProductListFilters, locale: Locale): Promise<ProductList> {
  const list = await listProducts(db, filters);
  return { ...list, items: await localizeSummaries(db, list.items, locale) };
}

/** A listing's filters, named in `locale`. */
export async function getFacetsIn(db: Db, filters: ProductListFilters, locale: Locale): Promise<Facets> {
  return localizeFacets(db, await getFacets(db, filters), locale);
}
