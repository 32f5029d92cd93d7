import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AisleConsole } from '@/components/endless-aisle/aisle-console';
import { getDb } from '@/lib/db';
import { getI18n } from '@/lib/i18n/server';
import { staffActsOn } from '@/lib/staff/access';
import { requireStaffPage } from '@/lib/staff/page';
import { listStores } from '@/lib/stores/list-stores';
import { storeMarket } from '@/lib/stores/store-market';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('staffEndlessAisle.title'), robots: { index: false } };
}

/** The endless aisle of one of the associate's stores (another store's: not found). */
export default async function EndlessAislePage({ params }: { params: Promise<{ storeId: string }> }) {
  const [staff, { storeId }, { t }] = await Promise.all([requireStaffPage('associate'), params, getI18n()]);
  if (!staffActsOn(staff, storeId)) notFound();
  const everyStore = await listStores(await getDb(), { now: new Date() });
  const store = everyStore.find((s) => s.id === storeId);
  if (!store) notFound();
  // The customer's order is in this store's market: its pickups and ship-from stores are that market's.
  const market = storeMarket(store.address.country).code;
  const stores = everyStore.filter((s) => storeMarket(s.address.country).code === market);
  return (
    <div className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
      <h1 className="text-3xl font-semibold tracking-tight">{t('staffEndlessAisle.title')}</h1>
      <p className="mt-1 mb-6 text-muted">
        {store.name} · {t('staffEndlessAisle.intro')}
      </p>
      <AisleConsole storeId={storeId} stores={stores.map((s) => ({ id: s.id, name: s.name, pickup: s.pickup }))} />
    </div>
  );
}
