import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AisleConsole } from '@/components/endless-aisle/aisle-console';
import { getDb } from '@/lib/db';
import { getI18n } from '@/lib/i18n/server';
import { staffActsOn } from '@/lib/staff/access';
import { requireStaffPage } from '@/lib/staff/page';
import { listStores } from '@/lib/stores/list-stores';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('staffEndlessAisle.title'), robots: { index: false } };
}

/** The endless aisle of one of the associate's stores (another store's: not found). */
export default async function EndlessAislePage({ params }: { params: Promise<{ storeId: string }> }) {
  const [staff, { storeId }, { t }] = await Promise.all([requireStaffPage('associate'), params, getI18n()]);
  if (!staffActsOn(staff, storeId)) notFound();
  const stores = await listStores(await getDb(), { now: new Date() });
  const store = stores.find((s) => s.id === storeId);
  if (!store) notFound();
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
