import { LocaleLink } from '@/components/i18n/locale-link';
import type { ProductSummary } from '@/lib/catalog/schema';
import { OfferBadge } from '@/components/offers/offer-badge';
import { OfferPrice } from '@/components/offers/offer-price';
import { WishlistButton } from '@/components/wishlist/wishlist-button';
import { ShopImage } from '@/components/ui/shop-image';

export function ProductCard({
  product,
  colorCountLabel,
  eager = false,
  priceText,
}: {
  product: ProductSummary;
  colorCountLabel: string;
  eager?: boolean;
  /** The price formatted by the server (a grid it renders), so hydrating a card formats nothing. */
  priceText?: string;
}) {
  return (
    <li className="group relative">
      <div className="relative aspect-[4/5] overflow-hidden rounded-lg bg-stone-100">
        <OfferBadge
          category={product.category}
          price={product.price}
          className="absolute top-2 left-2 z-10 max-w-[calc(100%-3.5rem)]"
        />
        <WishlistButton product={product} className="absolute top-2 right-2" />
        {product.image && (
          <ShopImage
            src={product.image.url}
            alt={product.image.alt}
            width={800}
            height={1000}
            loading={eager ? 'eager' : 'lazy'}
            sizes="(min-width: 1024px) 25vw, (min-width: 640px) 33vw, 50vw"
            className="size-full object-cover transition duration-300 group-hover:scale-[1.03]"
          />
        )}
      </div>
      <div className="mt-3 space-y-1">
        <h3 className="text-sm leading-snug font-medium">
          <LocaleLink
            href={
              product.color ? `/p/${product.handle}?color=${encodeURIComponent(product.color)}` : `/p/${product.handle}`
            }
            className="after:absolute after:inset-0"
            lang={product.titleLang}
          >
            {product.title}
          </LocaleLink>
        </h3>
        <OfferPrice category={product.category} price={product.price} text={priceText} className="text-sm" />
        {product.colors.length > 0 && (
          <p className="flex items-center gap-1.5">
            {product.colors.slice(0, 5).map((c) => (
              <span
                key={c.name}
                aria-hidden
                className="size-3 rounded-full border border-black/15"
                style={{ backgroundColor: `#${c.hex}` }}
              />
            ))}
            {/* The swatches are decoration; the count is the text (read aloud also for one colour). */}
            <span className={product.colors.length > 1 ? 'text-xs text-muted' : 'sr-only'}>{colorCountLabel}</span>
          </p>
        )}
      </div>
    </li>
  );
}
