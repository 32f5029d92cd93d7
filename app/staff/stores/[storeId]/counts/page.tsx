import type { Metadata } from 'next';
import { StockCount } from '@/components/staff/stock-count';
import { getI18n } from '@/lib/i18n/server';
import { loadStaffStorePage } from '@/lib/staff-pickups/store-page';

type Props = { params: Promise<{ storeId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('staffCounts.title'), robots: { index: false } };
}

export default async function StaffCountsPage({ params }: Props) {
  const [{ storeId }, { t, locale }] = await Promise.all([params, getI18n()]);
  const { store } = await loadStaffStorePage(storeId, locale);
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-semibold tracking-tight">{t('staffCounts.title')}</h1>
      <p className="mt-1 mb-5 text-sm text-muted">{t('staffCounts.intro', { store: store.name })}</p>
      <StockCount storeId={store.id} />
    </div>
  );
}
