import type { Metadata, Viewport } from 'next';
import { cookies } from 'next/headers';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { AppStatus } from '@/components/pwa/app-status';
import { SiteHeader } from '@/components/layout/site-header';
import { Providers } from '@/components/providers';
import { getSessionUser } from '@/lib/auth/session';
import { guestCookieName } from '@/lib/cart/http';
import { pageOwnerTag } from '@/lib/cart/owner-tag';
import { listCategories } from '@/lib/catalog/list-categories';
import { getDb } from '@/lib/db';
import { I18nProvider } from '@/lib/i18n/client';
import { getI18n } from '@/lib/i18n/server';
import { publicUrl } from '@/lib/site';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return {
    metadataBase: new URL(publicUrl()),
    title: { default: `${t('site.name')} — ${t('site.tagline')}`, template: `%s · ${t('site.name')}` },
    description: t('site.tagline'),
    applicationName: t('site.name'),
    openGraph: { siteName: t('site.name'), type: 'website' },
    // iOS ignores the manifest's icons and display mode: it reads these.
    appleWebApp: { capable: true, title: t('site.name'), statusBarStyle: 'default' },
    icons: { icon: '/icons/icon-192.png', apple: '/icons/apple-touch-icon.png' },
  };
}

export const viewport: Viewport = { themeColor: '#1c1917', width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page depends on the request (session, locale, live stock): never prerendered at build.
  await connection();
  const db = await getDb();
  const [{ locale, messages, t }, categories, user, cookieStore] = await Promise.all([
    getI18n(),
    listCategories(db),
    getSessionUser(db),
    cookies(),
  ]);
  // Whose cart this page writes to: offline writes carry it, and are refused for anyone else.
  const owner = pageOwnerTag(user, cookieStore.get(guestCookieName())?.value ?? null);
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only z-50 rounded bg-ink px-4 py-2 text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
        >
          {t('site.skipToContent')}
        </a>
        <I18nProvider locale={locale} messages={messages}>
          <Providers owner={owner}>
            <AppStatus />
            <SiteHeader categories={categories} userName={user?.name ?? null} />
            <main id="main" className="flex-1">
              {children}
            </main>
            <SiteFooter />
          </Providers>
        </I18nProvider>
      </body>
    </html>
  );
}
