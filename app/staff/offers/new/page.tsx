import type { Metadata } from 'next';
import Link from 'next/link';
import { OfferForm } from '@/components/staff/offers/offer-form';
import { getDb } from '@/lib/db';
import { getI18n } from '@/lib/i18n/server';
import { loadFormChoices } from '@/lib/offers/admin-choices';
import { requireStaffPage } from '@/lib/staff/page';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('staffOffers.newTitle'), robots: { index: false } };
}

export default async function NewOfferPage() {
  await requireStaffPage('admin');
  const { t, locale } = await getI18n();
  const choices = await loadFormChoices(await getDb(), locale);
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <p className="text-sm">
        <Link prefetch={false} href="/staff/offers" className="underline">
          {t('staffOffers.backToList')}
        </Link>
      </p>
      <h1 className="mt-2 mb-6 text-2xl font-semibold tracking-tight">{t('staffOffers.newTitle')}</h1>
      <OfferForm choices={choices} />
    </div>
  );
}
