'use client';

import { LocaleLink } from '@/components/i18n/locale-link';
import { useProductCards } from '@/lib/catalog/client';
import { useI18n } from '@/lib/i18n/client';
import { guestWishlist, useAccountWishlist, useSignedIn } from '@/lib/wishlist/client';
import { CardList } from '@/components/catalog/card-list';
import { ProductSuggestions } from '@/components/catalog/product-suggestions';
import { buttonClass } from '@/components/ui/button';

/** The wishlist page: the account's list on every device, or a guest's on this one. */
export function WishlistView() {
  const { t } = useI18n();
  const signedIn = useSignedIn();
  const account = useAccountWishlist(signedIn);
  const localIds = guestWishlist.useIds();
  const local = useProductCards(signedIn ? [] : localIds);
  const items = signedIn ? (account.data?.items ?? []) : localIds.length ? (local.data?.items ?? []) : [];
  const loading = signedIn ? account.isPending : localIds.length > 0 && local.isPending;

  return (
    <>
      {!signedIn && (
        <p className="mb-6 rounded-lg bg-stone-100 px-4 py-3 text-sm">
          {t('wishlist.guestNote')}{' '}
          <LocaleLink href="/account/sign-in?callbackUrl=/wishlist" className="font-medium underline">
            {t('wishlist.signIn')}
          </LocaleLink>
        </p>
      )}
      {loading ? (
        <p role="status" className="text-sm text-muted">
          {t('wishlist.loading')}
        </p>
      ) : items.length === 0 ? (
        <>
          <div className="rounded-xl border border-dashed border-line bg-white p-10 text-center">
            <p className="font-medium">{t('wishlist.empty')}</p>
            <p className="mt-1 text-sm text-muted">{t('wishlist.emptyHint')}</p>
            <LocaleLink href="/" className={buttonClass({}, 'mt-6 inline-block')}>
              {t('cart.continueShopping')}
            </LocaleLink>
          </div>
          <ProductSuggestions />
        </>
      ) : (
        <CardList
          products={items}
          className="grid grid-cols-2 gap-x-4 gap-y-8 sm:grid-cols-3 lg:grid-cols-4"
          testId="wishlist-items"
        />
      )}
    </>
  );
}
