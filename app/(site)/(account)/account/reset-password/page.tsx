import type { Metadata } from 'next';
import { LocaleLink } from '@/components/i18n/locale-link';
import { ResetPasswordForm } from '@/components/account/reset-password-form';
import { getI18n } from '@/lib/i18n/server';

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  // The token is in this page's address: no link from here may carry it elsewhere.
  return { title: t('reset.newTitle'), robots: { index: false }, referrer: 'no-referrer' };
}

export default async function ResetPasswordPage({ searchParams }: Props) {
  const [{ t }, { token }] = await Promise.all([getI18n(), searchParams]);
  const value = typeof token === 'string' && token.length >= 20 && token.length <= 100 ? token : null;
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="mb-6 text-3xl font-semibold tracking-tight">{t('reset.newTitle')}</h1>
      {value ? (
        <ResetPasswordForm token={value} />
      ) : (
        <p>
          {t('reset.noToken')}{' '}
          <LocaleLink href="/account/forgot-password" className="font-medium underline">
            {t('reset.askAgain')}
          </LocaleLink>
        </p>
      )}
    </div>
  );
}
