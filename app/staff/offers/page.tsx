import type { Metadata } from 'next';
import Link from 'next/link';
import { OfferList } from '@/components/staff/offers/offer-list';
import { buttonClass } from '@/components/ui/button';
import { getDb } from '@/lib/db';
import { getI18n } from '@/lib/i18n/server';
import { listAdminOffers, offerFormChoices } from '@/lib/offers/admin';
import { requireStaffPage } from '@/lib/staff/page';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('staffOffers.title'), robots: { index: false } };
}

/** Offers admin (admin role): every offer with status and uses; create, edit, end. */
export default async function StaffOffersPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  await requireStaffPage('admin');
  const { saved } = await searchParams;
  const db = await getDb();
  const [{ t, intlLocale, locale }, offers, { stores }] = await Promise.all([
    getI18n(),
    listAdminOffers(db, new Date()),
    offerFormChoices(db),
  ]);
  const storeNames = new Map(stores.map((s) => [s.id, s.name]));
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{t('staffOffers.title')}</h1>
          <p className="mt-1 text-muted">{t('staffOffers.intro')}</p>
        </div>
        <Link prefetch={false} href="/staff/offers/new" className={buttonClass({ size: 'lg' })}>
          {t('staffOffers.newOffer')}
        </Link>
      </div>
      {saved && (
        <p
          role="status"
          className="mt-4 rounded-lg border border-green-200 bg-green-50 px-4 py-3 text-sm text-green-900"
        >
          {t('staffOffers.saved')}
        </p>
      )}
      <div className="mt-6">
        <OfferList offers={offers} words={{ t, intlLocale, locale, storeNames }} />
      </div>
    </div>
  );
}
