import type { Metadata } from 'next';
import { StoreFinder } from '@/components/stores/store-finder';
import { getDb } from '@/lib/db';
import { localeMetadata } from '@/lib/i18n/page-metadata';
import { getI18n } from '@/lib/i18n/server';
import { BASE_MARKET } from '@/lib/markets/markets';
import { listStores } from '@/lib/stores/list-stores';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  const title = t('stores.title');
  const description = t('stores.intro');
  return { title, description, ...(await localeMetadata('/stores', { title, description })) };
}

/** The stores of the shopper's market (the base market until lib/markets/request-market.ts decides it). */
export default async function StoresPage() {
  const { t, locale } = await getI18n();
  const stores = await listStores(await getDb(), { now: new Date(), locale, market: BASE_MARKET });
  return (
    <div className="mx-auto max-w-7xl px-4 py-8 sm:px-6">
      <h1 className="text-3xl font-semibold tracking-tight">{t('stores.title')}</h1>
      <p className="mt-2 mb-6 max-w-2xl text-muted">{t('stores.intro')}</p>
      <StoreFinder stores={stores} />
    </div>
  );
}
