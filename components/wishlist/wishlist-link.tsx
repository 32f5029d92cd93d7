'use client';

import { LocaleLink } from '@/components/i18n/locale-link';
import { useI18n } from '@/lib/i18n/client';
import { useMergeGuestWishlist } from '@/lib/wishlist/client';

/** The header's way to the wishlist; on every page, so it is also where a guest's list joins the account after sign-in. */
export function WishlistLink() {
  const { t } = useI18n();
  useMergeGuestWishlist();
  return (
    <LocaleLink
      href="/wishlist"
      aria-label={t('wishlist.link')}
      className="flex items-center gap-1.5 rounded-full px-2 py-1.5 text-sm hover:bg-stone-100"
    >
      <svg aria-hidden viewBox="0 0 24 24" className="size-5 fill-none stroke-ink stroke-[1.6]">
        <path d="M12 20.5s-7.5-4.6-9.3-9.2C1.4 8 3.3 4.5 6.9 4.5c2 0 3.4 1.1 5.1 3 1.7-1.9 3.1-3 5.1-3 3.6 0 5.5 3.5 4.2 6.8-1.8 4.6-9.3 9.2-9.3 9.2z" />
      </svg>
      <span className="hidden lg:inline">{t('wishlist.link')}</span>
    </LocaleLink>
  );
}
