import type { MetadataRoute } from 'next';
import { localePath, URL_LOCALES } from '@/lib/i18n/locale-path';
import { publicUrl } from '@/lib/site';

export const dynamic = 'force-dynamic';

/** Personal and result pages are not for indexing, at every locale's address (`/ko/cart` too). */
const PRIVATE = ['/search', '/account', '/checkout', '/cart'];

export default function robots(): MetadataRoute.Robots {
  const disallow = ['/api/', ...URL_LOCALES.flatMap((l) => PRIVATE.map((p) => localePath(l, p)))];
  return {
    rules: [{ userAgent: '*', allow: '/', disallow }],
    sitemap: `${publicUrl()}/sitemap.xml`,
  };
}
