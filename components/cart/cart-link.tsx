'use client';

import { LocaleLink } from '@/components/i18n/locale-link';
import { useCart } from '@/lib/cart/client';
import { useI18n } from '@/lib/i18n/client';
import { usePendingWrites } from '@/lib/offline/client';

export function CartLink() {
  const { t } = useI18n();
  const { data } = useCart();
  const count = data?.cart.itemCount ?? 0;
  const pending = usePendingWrites().filter((w) => w.method === 'POST').length;
  return (
    <LocaleLink
      href="/cart"
      aria-label={[t('cart.linkWithCount', { count }), ...(pending ? [t('pwa.pending', { count: pending })] : [])].join(
        ', ',
      )}
      className="relative flex items-center gap-1.5 rounded-full px-2 py-1.5 text-sm hover:bg-stone-100"
    >
      <svg aria-hidden viewBox="0 0 24 24" className="size-5 fill-none stroke-ink stroke-[1.6]">
        <path d="M5 8h14l-1.2 11.1a2 2 0 0 1-2 1.9H8.2a2 2 0 0 1-2-1.9L5 8Z" />
        <path d="M9 8V6.5a3 3 0 0 1 6 0V8" />
      </svg>
      <span className="hidden sm:inline">{t('cart.link')}</span>
      <span
        data-testid="cart-count"
        className="min-w-5 rounded-full bg-ink px-1.5 text-center text-xs leading-5 font-medium text-white"
      >
        {count}
      </span>
      {pending > 0 && (
        <span data-testid="cart-pending" className="rounded-full bg-amber-200 px-1.5 text-xs leading-5 text-amber-950">
          <span aria-hidden className="sm:hidden">
            +{pending}
          </span>
          <span className="hidden sm:inline">{t('pwa.pending', { count: pending })}</span>
        </span>
      )}
    </LocaleLink>
  );
}
