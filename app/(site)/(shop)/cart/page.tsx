import type { Metadata } from 'next';
import { CartView } from '@/components/cart/cart-view';
import { getDb } from '@/lib/db';
import { getI18n } from '@/lib/i18n/server';
import { listStores } from '@/lib/stores/list-stores';
import { toStoreOption } from '@/lib/stores/store-option';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('cart.title'), robots: { index: false } };
}

export default async function CartPage() {
  const { t, locale } = await getI18n();
  const stores = await listStores(await getDb(), { now: new Date(), locale });
  return (
    <div className="mx-auto max-w-7xl px-4 py-8 sm:px-6">
      <h1 className="mb-6 text-3xl font-semibold tracking-tight">{t('cart.title')}</h1>
      <CartView stores={stores.map(toStoreOption)} />
    </div>
  );
}
