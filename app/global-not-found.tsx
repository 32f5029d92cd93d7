import type { Metadata } from 'next';
import { NotFoundMessage } from '@/components/layout/not-found-message';
import { SiteShell } from '@/components/layout/site-shell';
import { getI18n } from '@/lib/i18n/server';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: `${t('errors.notFoundTitle')} · ${t('site.name')}`, robots: { index: false } };
}

/**
 * Unmatched URLs. A route-level 404 renders no layout, so it brings the document and the
 * storefront's shell itself; a root not-found.tsx would instead be rendered into every page's payload.
 */
export default async function GlobalNotFound() {
  const { locale } = await getI18n();
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col">
        <SiteShell>
          <NotFoundMessage />
        </SiteShell>
      </body>
    </html>
  );
}
