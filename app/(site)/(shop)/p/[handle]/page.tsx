import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/catalog/breadcrumbs';
import { ProductJsonLd } from '@/components/catalog/product-json-ld';
import { ProductSuggestions, RecordView } from '@/components/catalog/product-suggestions';
import { ProductView, type VariantStock } from '@/components/catalog/product-view';
import { Island } from '@/components/ui/island';
import { getProduct } from '@/lib/catalog/get-product';
import { localizeProduct } from '@/lib/catalog/localize-catalog';
import { getDb } from '@/lib/db';
import { localeMetadata } from '@/lib/i18n/page-metadata';
import { getI18n } from '@/lib/i18n/server';
import { BASE_MARKET, type MarketCode } from '@/lib/markets/markets';
import { getMarket } from '@/lib/markets/page-market';
import { publicUrl } from '@/lib/site';
import { countStoresWithStock, getShipAvailability } from '@/lib/inventory/ship-availability';

type Props = {
  params: Promise<{ handle: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

async function productIn(handle: string, market: MarketCode = BASE_MARKET) {
  const db = await getDb();
  const [base, { locale }] = await Promise.all([getProduct(db, handle, market), getI18n()]);
  return base ? localizeProduct(db, base, locale) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await productIn((await params).handle);
  if (!product) return {};
  const image = product.images[0];
  const description = product.description.split('. ').slice(0, 2).join('. ');
  return {
    title: product.title,
    description,
    ...(await localeMetadata(`/p/${product.handle}`, {
      title: product.title,
      description,
      images: image ? [{ url: image.url.replace(/\.svg$/, '.png'), width: 800, height: 1000, alt: image.alt }] : [],
    })),
    twitter: { card: 'summary_large_image', title: product.title, description },
  };
}

export default async function ProductPage({ params, searchParams }: Props) {
  const [{ handle }, query, { t, locale }] = await Promise.all([params, searchParams, getI18n()]);
  const db = await getDb();
  const market = (await getMarket()).code;
  const product = await productIn(handle, market);
  if (!product) notFound();
  const ids = product.variants.map((v) => v.id);
  const [ship, stores] = await Promise.all([
    getShipAvailability(db, ids, market),
    countStoresWithStock(db, ids, market),
  ]);
  const stock: VariantStock = Object.fromEntries(
    ids.map((id) => [id, { ship: ship[id] ?? 0, stores: stores[id] ?? 0 }]),
  );
  const trail = [
    { href: '/', name: t('nav.home') },
    { href: `/c/${product.category.slug}`, name: product.category.name, lang: product.category.nameLang },
  ];
  return (
    <div className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
      <Breadcrumbs
        label={t('nav.breadcrumb')}
        trail={trail}
        current={product.title}
        currentLang={product.titleLang}
        className="mb-4"
      />
      <ProductView product={product} stock={stock} initial={{ color: first(query.color), size: first(query.size) }} />
      {/* Below the product: hydrated after it, in a boundary of its own. */}
      <Island>
        <ProductSuggestions category={product.category.slug} exclude={[product.id]} />
      </Island>
      {/* Not in the island: a boundary hydrates last, and a shopper who moves on before it would not be remembered. */}
      <RecordView productId={product.id} />
      <ProductJsonLd product={product} shipAvailable={ship} baseUrl={publicUrl()} locale={locale} trail={trail} />
    </div>
  );
}
