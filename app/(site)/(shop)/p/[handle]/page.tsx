import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/catalog/breadcrumbs';
import { ProductJsonLd } from '@/components/catalog/product-json-ld';
import { ProductSuggestions, RecordView } from '@/components/catalog/product-suggestions';
import { ProductView, type VariantStock } from '@/components/catalog/product-view';
import { getProduct } from '@/lib/catalog/get-product';
import { getDb } from '@/lib/db';
import { getI18n } from '@/lib/i18n/server';
import { getMarket } from '@/lib/markets/page-market';
import { publicUrl } from '@/lib/site';
import { countStoresWithStock, getShipAvailability } from '@/lib/inventory/ship-availability';

type Props = {
  params: Promise<{ handle: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await getProduct(await getDb(), (await params).handle);
  if (!product) return {};
  const image = product.images[0];
  const description = product.description.split('. ').slice(0, 2).join('. ');
  return {
    title: product.title,
    description,
    alternates: { canonical: `/p/${product.handle}` },
    openGraph: {
      type: 'website',
      title: product.title,
      description,
      url: `/p/${product.handle}`,
      images: image ? [{ url: image.url.replace(/\.svg$/, '.png'), width: 800, height: 1000, alt: image.alt }] : [],
    },
    twitter: { card: 'summary_large_image', title: product.title, description },
  };
}

export default async function ProductPage({ params, searchParams }: Props) {
  const [{ handle }, query, { t }] = await Promise.all([params, searchParams, getI18n()]);
  const db = await getDb();
  const market = (await getMarket()).code;
  const product = await getProduct(db, handle, market);
  if (!product) notFound();
  const ids = product.variants.map((v) => v.id);
  const [ship, stores] = await Promise.all([
    getShipAvailability(db, ids, market),
    countStoresWithStock(db, ids, market),
  ]);
  const stock: VariantStock = Object.fromEntries(
    ids.map((id) => [id, { ship: ship[id] ?? 0, stores: stores[id] ?? 0 }]),
  );
  return (
    <div className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
      <Breadcrumbs
        label={t('nav.breadcrumb')}
        trail={[
          { href: '/', name: t('nav.home') },
          { href: `/c/${product.category.slug}`, name: product.category.name },
        ]}
        current={product.title}
        className="mb-4"
      />
      <ProductView product={product} stock={stock} initial={{ color: first(query.color), size: first(query.size) }} />
      <ProductSuggestions category={product.category.slug} exclude={[product.id]} />
      <RecordView productId={product.id} />
      <ProductJsonLd product={product} shipAvailable={ship} baseUrl={publicUrl()} />
    </div>
  );
}
