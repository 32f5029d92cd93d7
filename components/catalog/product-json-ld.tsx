import type { ProductDetail } from '@/lib/catalog/schema';
import { localePath } from '@/lib/i18n/locale-path';
import { INTL_LOCALE, type Locale } from '@/lib/i18n/translate';
import { majorUnits } from '@/lib/money';

/**
 * schema.org data for search engines, in the page's locale and at its addresses: the Product (one
 * Offer per variant with its real availability) and the breadcrumb trail the page shows.
 */
export function ProductJsonLd({
  product,
  shipAvailable,
  baseUrl: base,
  locale,
  trail,
}: {
  product: ProductDetail;
  shipAvailable: Record<string, number>;
  baseUrl: string;
  locale: Locale;
  /** The breadcrumbs before the product, with unprefixed paths. */
  trail: { href: string; name: string }[];
}) {
  const at = (path: string) => `${base}${localePath(locale, path)}`;
  const inLanguage = INTL_LOCALE[locale];
  const product_ = {
    '@context': 'https://schema.org',
    '@type': 'Product',
    inLanguage,
    name: product.title,
    description: product.description,
    sku: product.variants[0]?.sku,
    category: product.category.name,
    brand: { '@type': 'Brand', name: 'Aisle' },
    image: product.images.slice(0, 3).map((i) => `${base}${i.url.replace(/\.svg$/, '.png')}`),
    url: at(`/p/${product.handle}`),
    offers: product.variants.map((v) => ({
      '@type': 'Offer',
      sku: v.sku,
      name: [v.options.color, v.options.size].filter(Boolean).join(' / '),
      price: majorUnits(v.price),
      priceCurrency: v.price.currency,
      availability: (shipAvailable[v.id] ?? 0) > 0 ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock',
      url: at(
        `/p/${product.handle}?color=${encodeURIComponent(v.options.color ?? '')}&size=${encodeURIComponent(v.options.size ?? '')}`,
      ),
    })),
  };
  const breadcrumbs = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    inLanguage,
    itemListElement: [...trail, { href: `/p/${product.handle}`, name: product.title }].map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: at(crumb.href),
    })),
  };
  return (
    <>
      {[product_, breadcrumbs].map((data) => (
        <script
          key={data['@type']}
          type="application/ld+json"
          // JSON-LD must be inline; `<` is escaped so product text can never close the script.
          dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }}
        />
      ))}
    </>
  );
}
