import type { MetadataRoute } from 'next';
import { publicUrl } from '@/lib/site';

export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/api/', '/search', '/account', '/checkout', '/cart'] }],
    sitemap: `${publicUrl()}/sitemap.xml`,
  };
}
