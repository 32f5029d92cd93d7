import 'server-only';
import type { Db } from '@/lib/db';
import type { Locale } from '@/lib/i18n/translate';
import { REGION_NAMES, regionName } from '@/lib/geo/regions';
import { offerFormChoices } from './admin';
import type { OfferFormChoices } from './coverage';

/** The form's pickers: stores, categories, and the regions Aisle serves or has a store in, named in the locale. */
export async function loadFormChoices(db: Db, locale: Locale): Promise<OfferFormChoices> {
  const { stores, categories } = await offerFormChoices(db);
  const codes = [...new Set([...Object.keys(REGION_NAMES), ...stores.map((s) => s.region)])].sort();
  return {
    stores,
    categories: categories.map((c) => ({ id: c.id, name: c.name })),
    regions: codes.map((code) => ({ code, name: regionName(code, locale) })),
  };
}
