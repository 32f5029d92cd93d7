import type { Metadata } from 'next';
import { PhoneLink } from '@/components/account/phone-link';
import { getSessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { getI18n } from '@/lib/i18n/server';
import { redirectToSignIn } from '@/lib/i18n/sign-in-redirect';
import { formatPhone } from '@/lib/phone/normalize';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('phone.title'), robots: { index: false } };
}

export default async function PhonePage() {
  const [{ t }, user] = await Promise.all([getI18n(), getDb().then(getSessionUser)]);
  if (!user) return redirectToSignIn('/account/phone');
  return (
    <div className="mx-auto max-w-xl px-4 py-10">
      <h1 className="text-3xl font-semibold tracking-tight">{t('phone.title')}</h1>
      <p className="mt-2 mb-8 text-muted">{t('phone.intro')}</p>
      <PhoneLink linked={user.phone ? formatPhone(user.phone) : null} />
    </div>
  );
}
