import type { Metadata } from 'next';
import { StoreFinder } from '@/components/stores/store-finder';
import { getDb } from '@/lib/db';
import { localeMetadata } from '@/lib/i18n/page-metadata';
import { getI18n } from '@/lib/i18n/server';
import { getMarket } from '@/lib/markets/page-market';
import { listStores } from '@/lib/stores/list-stores';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  const title = t('stores.title');
  const description = t('stores.intro');
  return { title, description, ...(await localeMetadata('/stores', { title, description })) };
}

/** The stores of the shopper's market. */
export default async function StoresPage() {
  const [{ t, locale }, db, market] = await Promise.all([getI18n(), getDb(), getMarket()]);
  const stores = await listStores(db, { now: new Date(), locale, market: market.code });
  return (
    <div className="mx-auto max-w-7xl px-4 py-8 sm:px-6">
      <h1 className="text-3xl font-semibold tracking-tight">{t('stores.title')}</h1>
      <p className="mt-2 mb-6 max-w-2xl text-muted">{t('stores.intro')}</p>
      <StoreFinder stores={stores} />
    </div>
  );
}
