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
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-3 px-4 py-3 sm:flex-nowrap sm:gap-6 sm:px-6">
        <LocaleLink href="/" className="shrink-0 text-2xl font-semibold tracking-tight" aria-label={t('nav.home')}>
          {t('site.name')}
          <span aria-hidden className="text-accent">
            .
          </span>
        </LocaleLink>
        <SearchForm
          className="order-last w-full sm:order-none sm:flex-1"
          label={t('nav.searchLabel')}
          placeholder={t('nav.searchPlaceholder')}
          submit={t('nav.searchSubmit')}
        />
        <div className="ml-auto flex items-center gap-1 sm:ml-0 sm:gap-2">
          <LocaleSwitch />
          <MarketSwitch />
          <LocaleLink
            href={userName ? '/account' : '/account/sign-in'}
            className="flex items-center rounded-full px-2 py-1.5 text-sm hover:bg-stone-100"
            data-testid="account-link"
          >
            {/* A phone's header holds the language and the market too: the account is an icon there. */}
            <svg aria-hidden viewBox="0 0 20 20" className="size-5 fill-none stroke-current stroke-[1.5] sm:hidden">
              <circle cx="10" cy="7" r="3.25" />
              <path d="M3.75 17c.8-3.1 3.3-4.75 6.25-4.75S15.45 13.9 16.25 17" strokeLinecap="round" />
            </svg>
            <span className="max-sm:sr-only">{userName ? t('account.menu') : t('account.signIn')}</span>
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
