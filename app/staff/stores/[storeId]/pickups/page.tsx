import type { Metadata } from 'next';
import { PickupQueue } from '@/components/staff/pickup-queue';
import { getI18n } from '@/lib/i18n/server';
import { readPickupQueue } from '@/lib/staff-pickups/read-queue';
import { queueQuerySchema } from '@/lib/staff-pickups/schema';
import { loadStaffStorePage } from '@/lib/staff-pickups/store-page';

type Props = { params: Promise<{ storeId: string }>; searchParams: Promise<{ status?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('staffPickups.title'), robots: { index: false } };
}

/** The store's pickup queue: rendered with the current list, then kept fresh in the browser. */
export default async function StaffPickupsPage({ params, searchParams }: Props) {
  const [{ storeId }, query, { t, locale }] = await Promise.all([params, searchParams, getI18n()]);
  const { db, store } = await loadStaffStorePage(storeId, locale);
  // An unknown tab in the address shows the default one rather than an error page.
  const { status } = queueQuerySchema.catch({ status: 'new' }).parse(query);
  const now = new Date();
  const initial = await readPickupQueue(db, store.id, status, now);
  return (
    <div>
      <h1 className="text-2xl font-semibold tracking-tight">{t('staffPickups.title')}</h1>
      <p className="mt-1 mb-5 text-sm text-muted">{t('staffPickups.intro', { store: store.name })}</p>
      <PickupQueue key={status} storeId={store.id} status={status} initial={initial} renderedAt={now.getTime()} />
    </div>
  );
}
