import type { Metadata } from 'next';
import { CheckoutForm } from '@/components/checkout/checkout-form';
import { getSessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { getI18n } from '@/lib/i18n/server';
import { listStores } from '@/lib/stores/list-stores';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('checkout.title'), robots: { index: false } };
}

export default async function CheckoutPage() {
  const db = await getDb();
  const [{ t, locale }, user] = await Promise.all([getI18n(), getSessionUser(db)]);
  const stores = await listStores(db, { now: new Date(), locale });
  return (
    <div className="mx-auto max-w-7xl px-4 py-8 sm:px-6">
      <h1 className="mb-6 text-3xl font-semibold tracking-tight">{t('checkout.title')}</h1>
      <CheckoutForm
        email={user?.email ?? undefined}
        signedIn={Boolean(user)}
        storeNames={Object.fromEntries(stores.map((s) => [s.id, s.name]))}
      />
    </div>
  );
}
