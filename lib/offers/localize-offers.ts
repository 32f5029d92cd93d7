import 'server-only';
import { inArray } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { offers, type OfferTranslations, type StoreTranslations } from '@/lib/db/schema';
import { getMessages } from '@/lib/i18n/catalogs';
import { createTranslator, DEFAULT_LOCALE, INTL_LOCALE, type Locale } from '@/lib/i18n/translate';
import { loadStoreTexts } from '@/lib/stores/load-store-texts';
import { storeTextIn } from '@/lib/stores/store-text';
import { reasonText } from './reason';
import type { Offer, OfferReason } from './schema';

/*
 * Offers as the shopper reads them in their locale: the retailer's title and terms there (else the
 * English ones, marked `titleLang`/`descriptionLang: 'en'`), the store a reason names in the
 * locale, and the reason sentence from the locale's catalog.
 */

type Texts = {
  offers: Map<string, OfferTranslations>;
  stores: Map<string, { name: string; street: string; city: string; translations: StoreTranslations }>;
};

async function loadTexts(db: Db, offerIds: string[], storeIds: string[]): Promise<Texts> {
  const [offerRows, storeRows] = await Promise.all([
    offerIds.length
      ? db.select({ id: offers.id, translations: offers.translations }).from(offers).where(inArray(offers.id, offerIds))
      : Promise.resolve([]),
    loadStoreTexts(db, storeIds),
  ]);
  return {
    offers: new Map(offerRows.map((o) => [o.id, o.translations])),
    stores: new Map(storeRows.map((s) => [s.id, s])),
  };
}

const storeOf = (reason: OfferReason) => ('storeId' in reason ? [reason.storeId] : []);

function reasonIn(reason: OfferReason, texts: Texts, locale: Locale): OfferReason {
  if (!('storeId' in reason)) return reason;
  const store = texts.stores.get(reason.storeId);
  return store ? { ...reason, storeName: storeTextIn(store, locale).name } : reason;
}

function field(texts: Texts, id: string, locale: Locale, key: 'title' | 'description'): string | undefined {
  return (texts.offers.get(id) as Record<string, { title?: string; description?: string }> | undefined)?.[locale]?.[
    key
  ];
}

/** The offers list (GET /api/offers) in `locale`. */
export async function localizeOffers(db: Db, list: Offer[], locale: Locale): Promise<Offer[]> {
  if (locale === DEFAULT_LOCALE || list.length === 0) return list;
  const texts = await loadTexts(
    db,
    list.map((o) => o.id),
    list.flatMap((o) => storeOf(o.reasonDetail)),
  );
  const t = createTranslator(getMessages(locale), INTL_LOCALE[locale]);
  return list.map((o) => {
    const title = field(texts, o.id, locale, 'title');
    const description = field(texts, o.id, locale, 'description');
    const reasonDetail = reasonIn(o.reasonDetail, texts, locale);
    return {
      ...o,
      title: title ?? o.title,
      ...(title ? {} : { titleLang: 'en' as const }),
      description: description ?? o.description,
      ...(description ? {} : { descriptionLang: 'en' as const }),
      reason: reasonText(reasonDetail, t, locale, INTL_LOCALE[locale]),
      reasonDetail,
    };
  });
}

type Titled = { offerId: string; title: string; titleLang?: 'en' };

/** A bag's discounts and hints in `locale`: offer titles and the stores their reasons name. */
export async function localizeCartOffers<D extends Titled & { reason: OfferReason }, H extends Titled>(
  db: Db,
  cart: { discounts: D[]; offerHints: H[] },
  locale: Locale,
): Promise<{ discounts: D[]; offerHints: H[] }> {
  if (locale === DEFAULT_LOCALE || (cart.discounts.length === 0 && cart.offerHints.length === 0)) return cart;
  const texts = await loadTexts(
    db,
    [...cart.discounts, ...cart.offerHints].map((d) => d.offerId),
    cart.discounts.flatMap((d) => storeOf(d.reason)),
  );
  const titled = <T extends Titled>(d: T): T => {
    const title = field(texts, d.offerId, locale, 'title');
    return title ? { ...d, title } : { ...d, titleLang: 'en' };
  };
  return {
    discounts: cart.discounts.map((d) => ({ ...titled(d), reason: reasonIn(d.reason, texts, locale) })),
    offerHints: cart.offerHints.map(titled),
  };
}
