import type { Metadata } from 'next';
import { ClaimHandoff } from '@/components/endless-aisle/claim-handoff';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  // The token is in the address: never indexed, never sent on as a referrer.
  return { title: t('staffEndlessAisle.claimTitle'), robots: { index: false }, referrer: 'no-referrer' };
}

/**
 * Where the text message's link lands. Opening the page changes nothing (a link preview or a
 * prefetch must not spend the one-time link); the shopper's tap on the button does.
 */
export default async function BagFromStorePage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const [{ t }, { token }] = await Promise.all([getI18n(), searchParams]);
  return (
    <div className="mx-auto max-w-xl px-4 py-10 sm:px-6">
      <h1 className="mb-4 text-3xl font-semibold tracking-tight">{t('staffEndlessAisle.claimTitle')}</h1>
      <ClaimHandoff token={typeof token === 'string' ? token : null} />
    </div>
  );
}
