import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { AddressBook } from '@/components/account/address-book';
import { listAddresses } from '@/lib/addresses/address-book';
import { getSessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('addresses.title'), robots: { index: false } };
}

export default async function AddressesPage() {
  const db = await getDb();
  const [{ t }, user] = await Promise.all([getI18n(), getSessionUser(db)]);
  if (!user) redirect('/account/sign-in?callbackUrl=/account/addresses');
  const addresses = await listAddresses(db, user.id);
  return (
    <div className="mx-auto max-w-2xl px-4 py-12">
      <p className="text-sm">
        <Link prefetch={false} href="/account" className="underline">
          {t('account.title')}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight">{t('addresses.title')}</h1>
      <p className="mt-2 mb-8 text-muted">{t('addresses.intro')}</p>
      <AddressBook initial={addresses} />
    </div>
  );
}
