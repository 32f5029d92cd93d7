import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { openGraphLocale, URL_LOCALES } from '@/lib/i18n/locale-path';
import { getI18n } from '@/lib/i18n/server';
import { publicUrl } from '@/lib/site';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const { t, locale } = await getI18n();
  return {
    metadataBase: new URL(publicUrl()),
    title: { default: `${t('site.name')} — ${t('site.tagline')}`, template: `%s · ${t('site.name')}` },
    description: t('site.tagline'),
    applicationName: t('site.name'),
    // Indexable pages add their addresses in every locale (lib/i18n/page-metadata.ts).
    openGraph: {
      siteName: t('site.name'),
      type: 'website',
      locale: openGraphLocale(locale),
      alternateLocale: URL_LOCALES.filter((l) => l !== locale).map(openGraphLocale),
    },
    // iOS ignores the manifest's icons and display mode: it reads these.
    appleWebApp: { capable: true, title: t('site.name'), statusBarStyle: 'default' },
    icons: { icon: '/icons/icon-192.png', apple: '/icons/apple-touch-icon.png' },
  };
}

export const viewport: Viewport = { themeColor: '#1c1917', width: 'device-width', initialScale: 1 };

/**
 * The document only. The storefront's shell is the (site) group's layout, below this one, so
 * that when the shell itself fails (the database unreachable) app/error.tsx catches it inside
 * the document: an error boundary never catches its own layout's errors.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale } = await getI18n();
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col">{children}</body>
    </html>
  );
}
