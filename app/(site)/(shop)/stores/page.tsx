import type { Metadata } from 'next';
import { cache } from 'react';
import { StoreFinder } from '@/components/stores/store-finder';
import { getDb } from '@/lib/db';
import { localeMetadata } from '@/lib/i18n/page-metadata';
import { getI18n } from '@/lib/i18n/server';
import type { Translate } from '@/lib/i18n/translate';
import type { MarketCode } from '@/lib/markets/markets';
import { getMarket } from '@/lib/markets/page-market';
import { listStores } from '@/lib/stores/list-stores';

/** The market's stores, read once for the page and its metadata. */
const marketStores = cache(async () => {
  const [{ locale }, db, market] = await Promise.all([getI18n(), getDb(), getMarket()]);
  return { market: market.code, stores: await listStores(db, { now: new Date(), locale, market: market.code }) };
});

/** What the page says of the market's stores, in its intro and its description. */
function storesIntro(t: Translate, market: MarketCode, count: number): string {
  const name = t(`markets.${market}`);
  return count > 0 ? t('stores.intro', { count, market: name }) : t('stores.noStores', { market: name });
}

export async function generateMetadata(): Promise<Metadata> {
  const [{ t }, { market, stores }] = await Promise.all([getI18n(), marketStores()]);
  const title = t('stores.title');
  const description = storesIntro(t, market, stores.length);
  return { title, description, ...(await localeMetadata('/stores', { title, description })) };
}

/** The stores of the shopper's market. */
export default async function StoresPage() {
  const [{ t }, { market, stores }] = await Promise.all([getI18n(), marketStores()]);
  return (
    <div className="mx-auto max-w-7xl px-4 py-8 sm:px-6">
      <h1 className="text-3xl font-semibold tracking-tight">{t('stores.title')}</h1>
      <p className="mt-2 mb-6 max-w-2xl text-muted">{storesIntro(t, market, stores.length)}</p>
      {stores.length > 0 && <StoreFinder stores={stores} />}
    </div>
  );
}
