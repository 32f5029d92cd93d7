import 'server-only';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { Providers } from '@/components/providers';
import { AppStatus } from '@/components/pwa/app-status';
import { I18nProvider } from '@/lib/i18n/client';
import { loadShell } from '@/lib/layout/load-shell';

/** The storefront around a page: providers, header, footer. Used by the site's layout and the 404 page. */
export async function SiteShell({ children }: { children: ReactNode }) {
  const { locale, messages, t, categories, userName, owner, market } = await loadShell();
  return (
    <>
      <a
        href="#main"
        className="sr-only z-50 rounded bg-ink px-4 py-2 text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        {t('site.skipToContent')}
      </a>
      <I18nProvider locale={locale} messages={messages}>
        <Providers owner={owner} market={market}>
          <AppStatus />
          <SiteHeader categories={categories} userName={userName} />
          <main id="main" className="flex-1">
            {children}
          </main>
          <SiteFooter />
        </Providers>
      </I18nProvider>
    </>
  );
}
