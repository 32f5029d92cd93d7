import type { Metadata } from 'next';
import { SignUpForm } from '@/components/account/sign-up-form';
import { getI18n } from '@/lib/i18n/server';

type Props = { searchParams: Promise<{ callbackUrl?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('account.signUpTitle'), robots: { index: false } };
}

export default async function SignUpPage({ searchParams }: Props) {
  const [{ t }, { callbackUrl }] = await Promise.all([getI18n(), searchParams]);
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="mb-6 text-3xl font-semibold tracking-tight">{t('account.signUpTitle')}</h1>
      <SignUpForm callbackUrl={callbackUrl} />
    </div>
  );
}
