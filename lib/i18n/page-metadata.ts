import 'server-only';
import type { Metadata } from 'next';
import { publicUrl } from '@/lib/site';
import { localePath, openGraphLocale, URL_LOCALES } from './locale-path';
import { getI18n } from './server';
import type { Locale } from './translate';

type OpenGraph = NonNullable<Metadata['openGraph']>;

/** The page at `path` (unprefixed, as the default locale has it) in every locale, for hreflang and the sitemap. */
export function localeUrls(path: string): Record<Locale | 'x-default', string> {
  const base = publicUrl();
  const urls = Object.fromEntries(URL_LOCALES.map((l) => [l, `${base}${localePath(l, path)}`]));
  // x-default: the unprefixed address, which sends a first visit to the visitor's language.
  return { ...urls, 'x-default': `${base}${path}` } as Record<Locale | 'x-default', string>;
}

/**
 * An indexable page's canonical address (its own locale's), its hreflang alternates (every locale
 * and x-default) and Open Graph's locale and alternates. A page's own `openGraph` is merged in
 * here: Next replaces the layout's openGraph whole, so the site name is given again.
 */
export async function localeMetadata(path: string, openGraph: OpenGraph = {}): Promise<Metadata> {
  const { locale, t } = await getI18n();
  return {
    alternates: { canonical: localePath(locale, path), languages: localeUrls(path) },
    openGraph: {
      siteName: t('site.name'),
      type: 'website',
      ...openGraph,
      url: localePath(locale, path),
      locale: openGraphLocale(locale),
      alternateLocale: URL_LOCALES.filter((l) => l !== locale).map(openGraphLocale),
    } as OpenGraph,
  };
}
