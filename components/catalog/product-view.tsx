'use client';

import { useMemo, useState } from 'react';
import { compareSizes } from '@/lib/catalog/sizes';
import type { ProductDetail } from '@/lib/catalog/schema';
import { useI18n } from '@/lib/i18n/client';
import { AddToCart } from '@/components/cart/add-to-cart';
import { PickupPanel } from '@/components/stores/pickup-panel';
import { ProductOffers } from '@/components/offers/product-offers';
import { OfferPrice } from '@/components/offers/offer-price';
import { useCart } from '@/lib/cart/client';
import { useAvailability } from '@/lib/inventory/client';
import { AvailabilitySummary } from './availability-summary';
import { ProductGallery } from './product-gallery';

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
  const { t } = useI18n();
  const colors = unique(product.variants.map((v) => v.options.color));
  const sizes = unique(product.variants.map((v) => v.options.size)).sort(compareSizes);
  const firstInStock = product.variants.find((v) => (stock[v.id]?.ship ?? 0) > 0) ?? product.variants[0];
  const [color, setColor] = useState(
    initial.color && colors.includes(initial.color) ? initial.color : firstInStock?.options.color,
  );
  const [size, setSize] = useState(
    initial.size && sizes.includes(initial.size) ? initial.size : firstInStock?.options.size,
  );
  const variant = product.variants.find((v) => v.options.color === color && v.options.size === size);
  const { data: cartData } = useCart();
  const storeId = cartData?.cart.pickupStoreId ?? null;
  const { data: availability } = useAvailability(variant?.id, storeId);
  const storeStock = availability?.stores.find((s) => s.storeId === storeId);
  const shipAvailable = availability?.ship.available ?? (variant ? (stock[variant.id]?.ship ?? 0) : 0);
  const [method, setMethod] = useState<'ship' | 'pickup'>('ship');
  const pickupPossible = Boolean(storeStock && storeStock.available > 0);
  const useMethod = method === 'pickup' && !pickupPossible ? 'ship' : method;
  const images = useMemo(() => {
    const forColor = product.images.filter((i) => i.color === color);
    return forColor.length > 0 ? forColor : product.images;
  }, [product.images, color]);

  const choose = (next: { color?: string; size?: string }) => {
    if ('color' in next) setColor(next.color);
    if ('size' in next) setSize(next.size);
    const url = new URL(window.location.href);
    for (const [k, v] of Object.entries(next)) if (v) url.searchParams.set(k, v);
    window.history.replaceState(null, '', url);
  };

  const swatchHex = (name: string) => product.variants.find((v) => v.options.color === name)?.colorHex ?? 'cccccc';
  const sizeAvailable = (s: string) => {
    const v = product.variants.find((x) => x.options.color === color && x.options.size === s);
    return v ? (stock[v.id]?.ship ?? 0) + (stock[v.id]?.stores ?? 0) > 0 : false;
  };

  return (
    <div className="grid gap-8 md:grid-cols-2 md:gap-12">
      <ProductGallery images={images} />
      <div>
        <p className="text-sm text-muted">{product.category.name}</p>
        <h1 className="mt-1 text-3xl font-semibold tracking-tight">{product.title}</h1>
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
              {t('product.color')}: <span className="font-normal text-muted">{color}</span>
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
                  <span className="sr-only">{c}</span>
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
          <fieldset className="mt-6">
            <legend className="text-sm font-medium">{t('product.size')}</legend>
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
                  {s}
                </label>
              ))}
            </div>
          </fieldset>
        )}

        <AvailabilitySummary variantSku={variant?.sku} stock={variant ? stock[variant.id] : undefined} />

        <PickupPanel availability={availability} storeId={storeId} />

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
          disabled={!variant || (useMethod === 'ship' ? shipAvailable === 0 : !pickupPossible)}
          display={
            variant
              ? {
                  variantId: variant.id,
                  sku: variant.sku,
                  productId: product.id,
                  handle: product.handle,
                  title: product.title,
                  options: variant.options,
                  image: images[0] ? { url: images[0].url, alt: images[0].alt } : null,
                  unitPrice: variant.price,
                  available: useMethod === 'pickup' ? (storeStock?.available ?? 0) : shipAvailable,
                }
              : null
          }
        />

        <section className="mt-8 border-t border-line pt-6">
          <h2 className="text-sm font-medium">{t('product.details')}</h2>
          <p className="mt-2 leading-relaxed text-muted">{product.description}</p>
        </section>
      </div>
    </div>
  );
}
