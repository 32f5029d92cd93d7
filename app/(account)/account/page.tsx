import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignOutButton } from '@/components/account/sign-out-button';
import { getSessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('account.title'), robots: { index: false } };
}

export default async function AccountPage() {
  const [{ t }, user] = await Promise.all([getI18n(), getDb().then(getSessionUser)]);
  if (!user) redirect('/account/sign-in?callbackUrl=/account');
  return (
    <div className="mx-auto max-w-2xl px-4 py-12">
      <h1 className="text-3xl font-semibold tracking-tight">{t('account.greeting', { name: user.name })}</h1>
      <p className="mt-2 text-muted">{t('account.signedInAs', { email: user.email })}</p>
      <div className="mt-8 flex flex-wrap gap-3">
        <Link href="/cart" className="rounded-full bg-ink px-5 py-2.5 text-sm font-medium text-white">
          {t('account.bagLink')}
        </Link>
        <Link href="/account/orders" className="rounded-full border border-ink px-5 py-2.5 text-sm font-medium">
          {t('order.yourOrders')}
        </Link>
        <SignOutButton />
      </div>
    </div>
  );
}
