import type { Metadata } from 'next';
import { OfflineBag } from '@/components/cart/offline-bag';
import { getDb } from '@/lib/db';
import { getI18n } from '@/lib/i18n/server';
import { listStores } from '@/lib/stores/list-stores';
import { toStoreOption } from '@/lib/stores/store-option';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('cart.title'), robots: { index: false } };
}

/**
 * The bag's page as the service worker keeps it (lib/pwa/cache-policy.ts, `offlineBagUrl`):
 * precached without cookies, so it holds no one's data; offline, the worker serves it for
 * /cart and the bag is read from this browser (lib/offline/bag-snapshot.ts).
 */
export default async function OfflineBagPage() {
  const [{ t }, stores] = await Promise.all([getI18n(), getDb().then((db) => listStores(db, { now: new Date() }))]);
  return (
    <div className="mx-auto max-w-7xl px-4 py-8 sm:px-6">
      <h1 className="mb-6 text-3xl font-semibold tracking-tight">{t('cart.title')}</h1>
      <OfflineBag stores={stores.map(toStoreOption)} />
    </div>
  );
}
