import type { Metadata } from 'next';
import Link from 'next/link';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('pwa.offlineTitle'), robots: { index: false } };
}

/** Precached by the service worker: what a page that was never saved shows while offline. */
export default async function OfflinePage() {
  const { t } = await getI18n();
  return (
    <div className="mx-auto max-w-xl px-4 py-20 text-center">
      <h1 className="text-3xl font-semibold tracking-tight">{t('pwa.offlineTitle')}</h1>
      <p className="mt-4 text-muted">{t('pwa.offlineBody')}</p>
      <Link
        prefetch={false}
        href="/"
        className="mt-8 inline-block rounded-full bg-ink px-6 py-3 text-sm font-medium text-white"
      >
        {t('pwa.offlineHome')}
      </Link>
    </div>
  );
}
