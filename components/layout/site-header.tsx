import { LocaleLink } from '@/components/i18n/locale-link';
import type { Category } from '@/lib/catalog/schema';
import { getI18n } from '@/lib/i18n/server';
import { CartLink } from '@/components/cart/cart-link';
import { CartNotices } from '@/components/cart/cart-notices';
import { WishlistLink } from '@/components/wishlist/wishlist-link';
import { HeaderOffset } from './header-offset';
import { LocaleSwitch } from './locale-switch';
import { MarketSwitch } from './market-switch';
import { SearchForm } from './search-form';

export async function SiteHeader({
  categories,
  userName,
}: {
  categories: Pick<Category, 'id' | 'slug' | 'name' | 'nameLang'>[];
  userName: string | null;
}) {
  const { t } = await getI18n();
  return (
    <header className="sticky top-0 z-30 border-b border-line bg-white/95 backdrop-blur">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-3 px-4 py-3 sm:px-6 lg:flex-nowrap lg:gap-6">
        <LocaleLink href="/" className="shrink-0 text-2xl font-semibold tracking-tight" aria-label={t('nav.home')}>
          {t('site.name')}
          <span aria-hidden className="text-accent">
            .
          </span>
        </LocaleLink>
        <SearchForm
          className="order-last w-full lg:order-none lg:flex-1"
          label={t('nav.searchLabel')}
          placeholder={t('nav.searchPlaceholder')}
          submit={t('nav.searchSubmit')}
        />
        <div className="ml-auto flex items-center gap-1 sm:gap-2 lg:ml-0">
          {/* A phone has no room for these beside the bag: they are at the top of its footer. */}
          <div className="hidden items-center gap-2 sm:flex">
            <LocaleSwitch />
            <MarketSwitch />
          </div>
          <LocaleLink
            href={userName ? '/account' : '/account/sign-in'}
            className="rounded-full px-2 py-1.5 text-sm hover:bg-stone-100"
            data-testid="account-link"
          >
            {userName ? t('account.menu') : t('account.signIn')}
          </LocaleLink>
          <WishlistLink />
          <CartLink />
        </div>
      </div>
      <nav aria-label={t('nav.categories')} className="border-t border-line">
        <ul className="mx-auto flex max-w-7xl gap-1 overflow-x-auto px-2 text-sm whitespace-nowrap sm:px-4">
          {categories.map((c) => (
            <li key={c.id}>
              <LocaleLink
                href={`/c/${c.slug}`}
                className="inline-block rounded px-3 py-2.5 text-muted hover:text-ink hover:underline"
                lang={c.nameLang}
              >
                {c.name}
              </LocaleLink>
            </li>
          ))}
          <li className="ml-auto">
            <LocaleLink
              href="/stores"
              className="inline-block rounded px-3 py-2.5 font-medium text-ink hover:underline"
            >
              {t('site.footerStores')}
            </LocaleLink>
          </li>
        </ul>
      </nav>
      <CartNotices />
      <HeaderOffset />
    </header>
  );
}
