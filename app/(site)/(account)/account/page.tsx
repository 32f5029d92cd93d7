import type { Metadata } from 'next';
import { LocaleLink } from '@/components/i18n/locale-link';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { DeleteAccount } from '@/components/account/delete-account';
import { ProfileForm } from '@/components/account/profile-form';
import { SignOutButton } from '@/components/account/sign-out-button';
import { buttonClass } from '@/components/ui/button';
import { getSessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { getI18n } from '@/lib/i18n/server';
import { redirectToSignIn } from '@/lib/i18n/sign-in-redirect';
import { formatPhone } from '@/lib/phone/normalize';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('account.title'), robots: { index: false } };
}

const card = 'rounded-xl border border-line bg-white p-5';
const outline = buttonClass({ variant: 'outline', size: 'lg' }, 'inline-block');

export default async function AccountPage() {
  const [{ t }, user] = await Promise.all([getI18n(), getDb().then(getSessionUser)]);
  if (!user) return redirectToSignIn('/account');
  const phone = user.phone ? formatPhone(user.phone) : null;
  return (
    <div className="mx-auto max-w-2xl px-4 py-12">
      <h1 className="text-3xl font-semibold tracking-tight">{t('account.greeting', { name: user.name })}</h1>
      <p className="mt-2 text-muted">
        {user.email
          ? t('account.signedInAs', { email: user.email })
          : t('account.signedInWithPhone', { phone: phone ?? '' })}
      </p>
      <div className="mt-8 flex flex-wrap gap-3">
        <LocaleLink href="/cart" className={buttonClass({ size: 'lg' })}>
          {t('account.bagLink')}
        </LocaleLink>
        <LocaleLink href="/account/orders" className={outline}>
          {t('order.yourOrders')}
        </LocaleLink>
        <SignOutButton />
      </div>

      <section aria-labelledby="profile-heading" className={`mt-10 ${card}`}>
        <h2 id="profile-heading" className="text-lg font-semibold">
          {t('profile.section')}
        </h2>
        <ProfileForm name={user.name} />
      </section>

      {user.email && (
        <section aria-labelledby="password-heading" className={`mt-6 ${card}`}>
          <h2 id="password-heading" className="text-lg font-semibold">
            {t('profile.passwordSection')}
          </h2>
          <p className="mt-1 text-sm text-muted">{t('profile.passwordHint')}</p>
          <ChangePasswordForm />
        </section>
      )}

      <section aria-labelledby="addresses-heading" className={`mt-6 ${card}`}>
        <h2 id="addresses-heading" className="text-lg font-semibold">
          {t('addresses.title')}
        </h2>
        <p className="mt-1 text-sm text-muted">{t('addresses.intro')}</p>
        <LocaleLink href="/account/addresses" className={`mt-4 ${outline}`}>
          {t('addresses.manage')}
        </LocaleLink>
      </section>

      <section aria-labelledby="phone-heading" className={`mt-6 ${card}`}>
        <h2 id="phone-heading" className="text-lg font-semibold">
          {t('account.phoneSection')}
        </h2>
        <p className="mt-1 text-sm text-muted">
          {phone ? t('account.phoneLinked', { phone }) : t('account.phoneNotLinked')}
        </p>
        <LocaleLink href="/account/phone" className={`mt-4 ${outline}`}>
          {phone ? t('account.managePhone') : t('account.linkPhone')}
        </LocaleLink>
      </section>

      <section aria-labelledby="privacy-heading" className={`mt-6 ${card}`}>
        <h2 id="privacy-heading" className="text-lg font-semibold">
          {t('account.privacy')}
        </h2>
        <p className="mt-1 text-sm text-muted">{t('account.downloadHint')}</p>
        <a href="/api/account/export" download className={`mt-4 ${outline}`}>
          {t('account.download')}
        </a>
        <p className="mt-6 text-sm text-muted">{t('account.deleteHint')}</p>
        <div className="mt-4">
          <DeleteAccount />
        </div>
      </section>
    </div>
  );
}
