import type { Metadata } from 'next';
import { TotpEnrolment } from '@/components/staff/totp-enrolment';
import { getI18n } from '@/lib/i18n/server';
import { requireStaffPage } from '@/lib/staff/page';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('staffEnrol.title') };
}

export default async function EnrolPage() {
  const staff = await requireStaffPage('associate', { enrolling: true });
  const { t } = await getI18n();
  return (
    <div className="mx-auto max-w-3xl rounded-2xl border border-line bg-white p-6 shadow-sm sm:p-8">
      <h1 className="text-2xl font-semibold">{t('staffEnrol.title')}</h1>
      <p className="mt-1 mb-6 text-sm text-muted">{t('staffEnrol.intro')}</p>
      {/* Always the same island: the refresh after confirming keeps its recovery codes on screen. */}
      <TotpEnrolment enrolled={staff.totpEnrolled} />
    </div>
  );
}
