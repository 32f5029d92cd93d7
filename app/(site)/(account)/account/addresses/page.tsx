import type { Metadata } from 'next';
import { LocaleLink } from '@/components/i18n/locale-link';
import { AddressBook } from '@/components/account/address-book';
import { listAddresses } from '@/lib/addresses/address-book';
import { getSessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { getI18n } from '@/lib/i18n/server';
import { redirectToSignIn } from '@/lib/i18n/sign-in-redirect';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('addresses.title'), robots: { index: false } };
}

export default async function AddressesPage() {
  const db = await getDb();
  const [{ t }, user] = await Promise.all([getI18n(), getSessionUser(db)]);
  if (!user) return redirectToSignIn('/account/addresses');
  const addresses = await listAddresses(db, user.id);
  return (
    <div className="mx-auto max-w-2xl px-4 py-12">
      <p className="text-sm">
        <LocaleLink href="/account" className="underline">
          {t('account.title')}
        </LocaleLink>
      </p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight">{t('addresses.title')}</h1>
      <p className="mt-2 mb-8 text-muted">{t('addresses.intro')}</p>
      <AddressBook initial={addresses} />
    </div>
  );
}
