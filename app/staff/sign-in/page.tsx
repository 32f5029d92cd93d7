import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { StaffSignInForm } from '@/components/staff/staff-sign-in-form';
import { getI18n } from '@/lib/i18n/server';
import { currentStaff } from '@/lib/staff/page';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('staffSignIn.title') };
}

export default async function StaffSignInPage() {
  if (await currentStaff()) redirect('/staff');
  const { t } = await getI18n();
  return (
    <div className="mx-auto max-w-md rounded-2xl border border-line bg-white p-6 shadow-sm sm:p-8">
      <h1 className="text-2xl font-semibold">{t('staffSignIn.title')}</h1>
      <p className="mt-1 mb-6 text-sm text-muted">{t('staffSignIn.intro')}</p>
      <StaffSignInForm />
    </div>
  );
}
