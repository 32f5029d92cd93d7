import type { Metadata } from 'next';
import { SignInMethods } from '@/components/account/sign-in-methods';
import { getI18n } from '@/lib/i18n/server';

type Props = { searchParams: Promise<{ callbackUrl?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('account.signInTitle'), robots: { index: false } };
}

export default async function SignInPage({ searchParams }: Props) {
  const [{ t }, { callbackUrl }] = await Promise.all([getI18n(), searchParams]);
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="mb-6 text-3xl font-semibold tracking-tight">{t('account.signInTitle')}</h1>
      <SignInMethods callbackUrl={callbackUrl} />
    </div>
  );
}
