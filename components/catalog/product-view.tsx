'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { compareSizes } from '@/lib/catalog/sizes';
import type { ProductDetail } from '@/lib/catalog/schema';
import { useI18n } from '@/lib/i18n/client';
import { AddToCart } from '@/components/cart/add-to-cart';
import { PickupPanel } from '@/components/stores/pickup-panel';
import { ProductOffers } from '@/components/offers/product-offers';
import { OfferPrice } from '@/components/offers/offer-price';
import { formatMoney } from '@/lib/money';
import { useItemOffer } from '@/lib/offers/use-item-offer';
import { useCart } from '@/lib/cart/client';
import { useAvailability } from '@/lib/inventory/client';
import { useShopperLocation } from '@/lib/offers/client';
import { AvailabilitySummary } from './availability-summary';
import { ProductGallery } from './product-gallery';
import { FitNote, SizeGuide } from './size-guide';
import { BackInStockForm } from '@/components/stores/back-in-stock-form';
import { WishlistButton } from '@/components/wishlist/wishlist-button';

export type VariantStock = Record<string, { ship: number; stores: number }>;

function unique<T>(values: (T | undefined)[]): T[] {
  return [...new Set(values.filter((v): v is T => v !== undefined))];
}

/** Picks a variant by colour and size; gallery, price and availability follow it. */
export function ProductView({
  product,
  stock,
  initial,
}: {
  product: ProductDetail;
  stock: VariantStock;
  initial: { color?: string; size?: string };
}) {
  const { t, intlLocale } = useI18n();
  const colors = unique(product.variants.map((v) => v.options.color));
  const sizes = unique(product.variants.map((v) => v.options.size)).sort(compareSizes);
  const firstInStock = product.variants.find((v) => (stock[v.id]?.ship ?? 0) > 0) ?? product.variants[0];
  const [color, setColor] = useState(
    initial.color && colors.includes(initial.color) ? initial.color : firstInStock?.options.color,
  );
  // No size is chosen for the shopper unless there is only one: a guessed size is a return waiting to happen.
  const [size, setSize] = useState(
    initial.size && sizes.includes(initial.size) ? initial.size : sizes.length === 1 ? sizes[0] : undefined,
  );
  const [sizeError, setSizeError] = useState(false);
  const sizeGroup = useRef<HTMLFieldSetElement>(null);
  const missingSize = sizes.length > 0 && !size;
  const askForSize = () => {
    setSizeError(true);
    sizeGroup.current?.scrollIntoView({ block: 'center' });
    sizeGroup.current?.querySelector<HTMLInputElement>('input[name="size"]')?.focus({ preventScroll: true });
  };
  const variant = product.variants.find((v) => v.options.color === color && v.options.size === size);
  const { data: cartData } = useCart();
  const storeId = cartData?.cart.pickupStoreId ?? null;
  const shopperLocation = useShopperLocation();
  const { data: availability } = useAvailability(variant?.id, storeId, shopperLocation.point);
  const storeStock = availability?.stores.find((s) => s.storeId === storeId);
  const shipAvailable = availability?.ship.available ?? (variant ? (stock[variant.id]?.ship ?? 0) : 0);
  const [method, setMethod] = useState<'ship' | 'pickup'>('ship');
  const pickupPossible = Boolean(storeStock && storeStock.available > 0);
  // Pickup when chosen, or when it is the only way to get the item: never a greyed-out "ship" left selected.
  const useMethod = pickupPossible && (method === 'pickup' || shipAvailable === 0) ? 'pickup' : 'ship';
  const pickupRadio = useRef<HTMLInputElement>(null);
  const focusPickup = useRef(false);
  useEffect(() => {
    // "Pick up at …" replaced the button the shopper pressed: the focus goes to the choice it made.
    if (focusPickup.current && pickupPossible && storeId) {
      focusPickup.current = false;
      pickupRadio.current?.focus();
    }
  }, [pickupPossible, storeId]);
  const images = useMemo(() => {
    const forColor = product.images.filter((i) => i.color === color);
    return forColor.length > 0 ? forColor : product.images;
  }, [product.images, color]);

  const choose = (next: { color?: string; size?: string }) => {
    if ('color' in next) setColor(next.color);
    if ('size' in next) {
      setSize(next.size);
      setSizeError(false);
    }
    const url = new URL(window.location.href);
    for (const [k, v] of Object.entries(next)) if (v) url.searchParams.set(k, v);
    window.history.replaceState(null, '', url);
  };

  // A colour or size as the shopper's locale names it; the value itself stays what variants match on.
  const label = (option: 'color' | 'size', value: string) => product.optionLabels?.[option]?.[value] ?? { text: value };
  const colorLabel = color ? label('color', color) : undefined;
  const sizeLabel = size ? label('size', size) : undefined;
  const swatchHex = (name: string) => product.variants.find((v) => v.options.color === name)?.colorHex ?? 'cccccc';
  const sizeAvailable = (s: string) => {
    const v = product.variants.find((x) => x.options.color === color && x.options.size === s);
    return v ? (stock[v.id]?.ship ?? 0) + (stock[v.id]?.stores ?? 0) > 0 : false;
  };

  const cheapest = product.variants.reduce((a, b) => (b.price.amount < a.price.amount ? b : a), product.variants[0]!);
  const summary = {
    id: product.id,
    handle: product.handle,
    title: product.title,
    titleLang: product.titleLang,
    category: product.category.slug,
    price: cheapest.price,
    image: product.images[0] ? { url: product.images[0].url, alt: product.images[0].alt } : null,
    colors: colors.map((name) => ({ name, hex: swatchHex(name), label: label('color', name) })),
  };

  // The sticky bar on phones says the price the bag will charge, offer included, as the page does.
  const barPrice = (variant ?? product.variants[0])!.price;
  const barOffer = useItemOffer({ category: product.category.slug, price: barPrice });

  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-8 md:grid-cols-2 md:gap-12">
      <ProductGallery images={images} />
      <div>
        <p className="text-sm text-muted" lang={product.category.nameLang}>
          {product.category.name}
        </p>
        <div className="mt-1 flex items-start justify-between gap-3">
          {/* A long katakana name is one phrase to the Japanese line breaker: let it wrap, not overflow. */}
          <h1 className="min-w-0 text-3xl font-semibold tracking-tight wrap-anywhere" lang={product.titleLang}>
            {product.title}
          </h1>
          <WishlistButton product={summary} size="lg" className="shrink-0" />
        </div>
        <OfferPrice
          category={product.category.slug}
          price={(variant ?? product.variants[0])!.price}
          className="mt-3 text-2xl"
          testId="price"
        />
        <ProductOffers category={product.category.slug} price={(variant ?? product.variants[0])!.price} />

        {colors.length > 0 && (
          <fieldset className="mt-6">
            <legend className="text-sm font-medium">
              {t('product.color')}
              {t('site.colon')}
              <span className="font-normal text-muted" lang={colorLabel?.lang}>
                {colorLabel?.text}
              </span>
            </legend>
            <div className="mt-2 flex flex-wrap gap-3">
              {colors.map((c) => (
                <label
                  key={c}
                  className="cursor-pointer rounded-full p-0.5 ring-2 ring-transparent has-[:checked]:ring-ink has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2"
                >
                  <input
                    type="radio"
                    name="color"
                    value={c}
                    checked={c === color}
                    onChange={() => choose({ color: c })}
                    className="sr-only"
                  />
                  <span className="sr-only" lang={label('color', c).lang}>
                    {label('color', c).text}
                  </span>
                  <span
                    aria-hidden
                    className="block size-8 rounded-full border border-black/15"
                    style={{ backgroundColor: `#${swatchHex(c)}` }}
                  />
                </label>
              ))}
            </div>
          </fieldset>
        )}

        {sizes.length > 0 && (
          <fieldset className="mt-6" ref={sizeGroup} aria-describedby={sizeError ? 'size-error' : undefined}>
            <legend className="text-sm font-medium">
              {t('product.size')}
              {sizeLabel && (
                <span className="font-normal text-muted">
                  : <span lang={sizeLabel.lang}>{sizeLabel.text}</span>
                </span>
              )}
            </legend>
            <div className="mt-2 flex flex-wrap gap-2">
              {sizes.map((s) => (
                <label
                  key={s}
                  className={`min-w-12 cursor-pointer rounded-md border px-3 py-2 text-center text-sm has-[:checked]:border-ink has-[:checked]:bg-ink has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 ${
                    sizeAvailable(s)
                      ? 'border-line bg-white'
                      : 'border-dashed border-line bg-stone-50 text-muted line-through'
                  }`}
                >
                  <input
                    type="radio"
                    name="size"
                    value={s}
                    checked={s === size}
                    onChange={() => choose({ size: s })}
                    className="sr-only"
                  />
                  <span lang={label('size', s).lang}>{label('size', s).text}</span>
                  {/* Not by strikethrough alone: the name says it too. */}
                  {!sizeAvailable(s) && <span className="sr-only">, {t('product.sizeSoldOut')}</span>}
                </label>
              ))}
            </div>
            {sizeError && missingSize && (
              <p id="size-error" role="alert" className="mt-2 text-sm font-medium text-red-700">
                {t('sizeGuide.chooseSizeError')}
              </p>
            )}
          </fieldset>
        )}
        {sizes.length > 0 && (
          <div className="mt-3">
            <SizeGuide category={product.category.slug} categoryName={product.category.name} sizes={sizes} />
            <FitNote category={product.category.slug} handle={product.handle} sizes={sizes} />
          </div>
        )}

        {missingSize ? (
          <p className="mt-6 text-sm text-muted">{t('product.chooseSize')}</p>
        ) : (
          <AvailabilitySummary variantSku={variant?.sku} stock={variant ? stock[variant.id] : undefined} />
        )}

        <PickupPanel
          availability={availability}
          storeId={storeId}
          location={{
            status: shopperLocation.status,
            locate: shopperLocation.locate,
          }}
          onPickup={(moveFocus) => {
            setMethod('pickup');
            if (moveFocus) focusPickup.current = true;
          }}
        />
        {variant && storeStock && storeStock.available === 0 && (
          <BackInStockForm
            key={`${variant.id}:${storeStock.storeId}`}
            variantId={variant.id}
            storeId={storeStock.storeId}
            storeName={storeStock.name}
          />
        )}

        <fieldset className="mt-4 text-sm">
          <legend className="font-medium">{t('pickup.howToGet')}</legend>
          <div className="mt-2 flex flex-col gap-2">
            <label className="flex items-center gap-2">
              <input
                type="radio"
                name="method"
                checked={useMethod === 'ship'}
                disabled={shipAvailable === 0}
                onChange={() => setMethod('ship')}
              />
              {t('pickup.optionShip')}
            </label>
            <label className="flex items-center gap-2">
              <input
                ref={pickupRadio}
                type="radio"
                name="method"
                checked={useMethod === 'pickup'}
                disabled={!pickupPossible}
                onChange={() => setMethod('pickup')}
              />
              {storeStock ? t('pickup.optionPickup', { store: storeStock.name }) : t('pickup.optionPickupNone')}
            </label>
          </div>
        </fieldset>

        <AddToCart
          fulfillment={useMethod === 'pickup' && storeId ? { type: 'pickup', storeId } : { type: 'ship' }}
          disabled={!missingSize && (!variant || (useMethod === 'ship' ? shipAvailable === 0 : !pickupPossible))}
          missingSize={missingSize}
          onMissingSize={askForSize}
          summary={{
            title: product.title,
            titleLang: product.titleLang,
            price: formatMoney(barOffer?.price ?? barPrice, intlLocale),
          }}
          display={
            variant
              ? {
                  variantId: variant.id,
                  sku: variant.sku,
                  productId: product.id,
                  handle: product.handle,
                  title: product.title,
                  titleLang: product.titleLang,
                  options: variant.options,
                  optionLabels: {
                    ...(variant.options.color ? { color: label('color', variant.options.color) } : {}),
                    ...(variant.options.size ? { size: label('size', variant.options.size) } : {}),
                  },
                  image: images[0] ? { url: images[0].url, alt: images[0].alt } : null,
                  unitPrice: variant.price,
                  available: useMethod === 'pickup' ? (storeStock?.available ?? 0) : shipAvailable,
                }
              : null
          }
        />

        <section className="mt-8 border-t border-line pt-6">
          <h2 className="text-sm font-medium">{t('product.details')}</h2>
          <p className="mt-2 leading-relaxed text-muted" lang={product.descriptionLang}>
            {product.description}
          </p>
        </section>
      </div>
    </div>
  );
}
