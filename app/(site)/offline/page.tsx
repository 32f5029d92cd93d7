import type { Metadata } from 'next';
import { MessagePage } from '@/components/layout/message-page';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('pwa.offlineTitle'), robots: { index: false } };
}

/** Precached by the service worker: what a page that was never saved shows while offline. */
export default async function OfflinePage() {
  const { t } = await getI18n();
  return <MessagePage title={t('pwa.offlineTitle')} body={t('pwa.offlineBody')} home={t('pwa.offlineHome')} />;
}
