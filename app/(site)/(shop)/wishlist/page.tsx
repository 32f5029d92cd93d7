import type { Metadata } from 'next';
import { WishlistView } from '@/components/wishlist/wishlist-view';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('wishlist.title'), robots: { index: false } };
}

export default async function WishlistPage() {
  const { t } = await getI18n();
  return (
    <div className="mx-auto max-w-7xl px-4 py-8 sm:px-6">
      <h1 className="mb-6 text-3xl font-semibold tracking-tight">{t('wishlist.title')}</h1>
      <WishlistView />
    </div>
  );
}
