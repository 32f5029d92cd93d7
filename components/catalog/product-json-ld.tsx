import type { ProductDetail } from '@/lib/catalog/schema';
import { majorUnits } from '@/lib/money';

/** schema.org Product data for search engines: one Offer per variant with its real availability. */
export function ProductJsonLd({
  product,
  shipAvailable,
  baseUrl: base,
}: {
  product: ProductDetail;
  shipAvailable: Record<string, number>;
  baseUrl: string;
}) {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.title,
    description: product.description,
    sku: product.variants[0]?.sku,
    category: product.category.name,
    brand: { '@type': 'Brand', name: 'Aisle' },
    image: product.images.slice(0, 3).map((i) => `${base}${i.url.replace(/\.svg$/, '.png')}`),
    url: `${base}/p/${product.handle}`,
    offers: product.variants.map((v) => ({
      '@type': 'Offer',
      sku: v.sku,
      name: [v.options.color, v.options.size].filter(Boolean).join(' / '),
      price: majorUnits(v.price),
      priceCurrency: v.price.currency,
      availability: (shipAvailable[v.id] ?? 0) > 0 ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock',
      url: `${base}/p/${product.handle}?color=${encodeURIComponent(v.options.color ?? '')}&size=${encodeURIComponent(v.options.size ?? '')}`,
    })),
  };
  return (
    <script
      type="application/ld+json"
      // JSON-LD must be inline; `<` is escaped so product text can never close the script.
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }}
    />
  );
}
