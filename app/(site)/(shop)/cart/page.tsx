import type { Metadata } from 'next';
import { CartView } from '@/components/cart/cart-view';
import { readPageCart } from '@/lib/cart/page-cart';
import { Island } from '@/components/ui/island';
import { getDb } from '@/lib/db';
import { getI18n } from '@/lib/i18n/server';
import { getMarket } from '@/lib/markets/page-market';
import { listStores } from '@/lib/stores/list-stores';
import { toStoreOption } from '@/lib/stores/store-option';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('cart.title'), robots: { index: false } };
}

export default async function CartPage() {
  const [{ t, locale }, db, market, initial] = await Promise.all([getI18n(), getDb(), getMarket(), readPageCart()]);
  // The bag's market's stores: a pickup elsewhere is refused (pickup_other_market).
  const stores = await listStores(db, { now: new Date(), locale, market: market.code });
  return (
    <div className="mx-auto max-w-7xl px-4 py-8 sm:px-6">
      <h1 className="mb-6 text-3xl font-semibold tracking-tight">{t('cart.title')}</h1>
      {/* The bag hydrates in a boundary of its own, after the shell (header, bag count). */}
      <Island>
        <CartView stores={stores.map(toStoreOption)} initial={initial} />
      </Island>
    </div>
  );
}
