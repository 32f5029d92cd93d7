import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { OfferForm } from '@/components/staff/offers/offer-form';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/http/errors';
import { getI18n } from '@/lib/i18n/server';
import { loadFormChoices } from '@/lib/offers/admin-choices';
import { getAdminOffer } from '@/lib/offers/admin';
import { requireStaffPage } from '@/lib/staff/page';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('staffOffers.editTitle'), robots: { index: false } };
}

export default async function EditOfferPage({ params }: { params: Promise<{ id: string }> }) {
  await requireStaffPage('admin');
  const [{ id }, { t, locale }, db] = await Promise.all([params, getI18n(), getDb()]);
  const offer = await getAdminOffer(db, id, new Date()).catch((e: unknown) => {
    if (e instanceof AppError && e.code === 'not_found') notFound();
    throw e;
  });
  const choices = await loadFormChoices(db, locale);
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <p className="text-sm">
        <Link prefetch={false} href="/staff/offers" className="underline">
          {t('staffOffers.backToList')}
        </Link>
      </p>
      <h1 className="mt-2 mb-6 text-2xl font-semibold tracking-tight">
        {t('staffOffers.editTitle')}
        {t('site.colon')}
        {offer.title}
      </h1>
      <OfferForm offer={offer} choices={choices} />
    </div>
  );
}
