import type { Metadata } from 'next';
import { LocaleLink } from '@/components/i18n/locale-link';
import { CategoryTiles } from '@/components/catalog/category-tiles';
import { ProductSection } from '@/components/catalog/product-section';
import { NearYou } from '@/components/offers/near-you';
import { HOME_ART } from '@/lib/catalog/art/site-art';
import { artUrl } from '@/lib/catalog/art/url';
import { listCategoriesIn, listProductsIn } from '@/lib/catalog/localize-catalog';
import { getDb } from '@/lib/db';
import { localeMetadata } from '@/lib/i18n/page-metadata';
import { getI18n } from '@/lib/i18n/server';
import { buttonClass } from '@/components/ui/button';
import { Island } from '@/components/ui/island';
import { ShopImage } from '@/components/ui/shop-image';
import { loadDeliveryRules } from '@/lib/delivery/repository';
import { deliveryPromise } from '@/lib/delivery/promise';
import { getMarket } from '@/lib/markets/page-market';

/** Title and description are the layout's; the home page adds its addresses in every locale. */
export async function generateMetadata(): Promise<Metadata> {
  return localeMetadata('/');
}

export default async function HomePage() {
  const [{ t, intlLocale, locale }, db, market] = await Promise.all([getI18n(), getDb(), getMarket()]);
  const [categories, featured, newest, delivery] = await Promise.all([
    listCategoriesIn(db, locale),
    listProductsIn(db, { sort: 'featured', limit: 8, market: market.code }, locale),
    listProductsIn(db, { sort: 'newest', limit: 4, market: market.code }, locale),
    loadDeliveryRules(db, market.currency),
  ]);
  const promises = [
    ...deliveryPromise(delivery, t, intlLocale),
    [t('home.promisePickupTitle'), t('home.promisePickupBody')],
    [t('home.promiseReturnsTitle'), t('home.promiseReturnsBody')],
  ];
  return (
    <div className="mx-auto max-w-7xl px-4 sm:px-6">
      <section className="mt-6 grid overflow-hidden rounded-2xl bg-[#efe9e1] md:grid-cols-2">
        <div className="flex flex-col justify-center gap-4 p-8 sm:p-12">
          <p className="text-sm font-medium tracking-wide text-accent uppercase">{t('home.heroEyebrow')}</p>
          <h1 className="text-4xl font-semibold tracking-tight text-balance sm:text-5xl">{t('home.heroTitle')}</h1>
          <p className="max-w-md text-muted">{t('home.heroBody')}</p>
          <div className="mt-2 flex flex-wrap gap-3">
            <LocaleLink href="/c/outerwear" className={buttonClass()}>
              {t('home.heroCta')}
            </LocaleLink>
            <LocaleLink href="/search" className={buttonClass({ variant: 'outline' })}>
              {t('home.heroSecondary')}
            </LocaleLink>
          </div>
        </div>
        <div className="grid grid-cols-2">
          <ShopImage
            src={artUrl(HOME_ART[0].kind, HOME_ART[0].color, 'front')}
            alt=""
            width={800}
            height={1000}
            // The page's LCP: a <link rel="preload"> in the HTML's head, fetched before any script runs.
            priority
            className="aspect-[4/5] size-full object-cover"
          />
          <ShopImage
            src={artUrl(HOME_ART[1].kind, HOME_ART[1].color, 'front')}
            alt=""
            width={800}
            height={1000}
            loading="eager"
            className="aspect-[4/5] size-full object-cover"
          />
        </div>
      </section>

      <ul className="mt-6 grid gap-3 sm:grid-cols-3">
        {promises.map(([title, body]) => (
          <li key={title} className="rounded-xl border border-line bg-white p-4">
            <p className="text-sm font-medium">{title}</p>
            <p className="mt-1 text-sm text-muted">{body}</p>
          </li>
        ))}
      </ul>

      {/* Below the hero: hydrated after it, in a boundary of its own. */}
      <Island>
        <NearYou />

        <section aria-labelledby="categories-heading" className="mt-12">
          <h2 id="categories-heading" className="mb-4 text-2xl font-semibold tracking-tight">
            {t('home.categoriesTitle')}
          </h2>
          <CategoryTiles categories={categories} countLabel={(n) => t('home.productsCount', { count: n })} />
        </section>

        <ProductSection
          id="featured"
          title={t('home.featuredTitle')}
          viewAll={{ href: '/search?sort=featured', label: t('home.viewAll') }}
          products={featured.items}
        />

        <ProductSection
          id="new"
          title={t('home.newTitle')}
          viewAll={{ href: '/search?sort=newest', label: t('home.viewAll') }}
          products={newest.items}
        />
      </Island>
    </div>
  );
}
