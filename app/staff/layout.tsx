import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { StaffProviders } from '@/components/staff/staff-providers';
import { I18nProvider } from '@/lib/i18n/client';
import { getI18n } from '@/lib/i18n/server';

export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * The staff console's shell: its own header, no shop chrome. (The staff core's layout, when
 * merged, takes this one's place; the offers pages need only the providers and the landmarks.)
 */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const { locale, messages, t } = await getI18n();
  return (
    <I18nProvider locale={locale} messages={messages}>
      <StaffProviders>
        <a
          href="#main"
          className="sr-only z-50 rounded bg-ink px-4 py-2 text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
        >
          {t('site.skipToContent')}
        </a>
        <header className="border-b border-line bg-white">
          <nav aria-label={t('staffOffers.consoleNav')} className="mx-auto flex max-w-6xl items-center gap-6 px-4 py-3">
            <span className="font-semibold">{t('staffOffers.console')}</span>
            <Link href="/staff/offers" className="text-sm underline">
              {t('staffOffers.title')}
            </Link>
          </nav>
        </header>
        <main id="main" className="flex-1 bg-canvas">
          {children}
        </main>
      </StaffProviders>
    </I18nProvider>
  );
}
