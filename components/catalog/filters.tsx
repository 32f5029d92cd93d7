'use client';

import type { Facets } from '@/lib/catalog/schema';
import { SORTS } from '@/lib/catalog/sorts';
import { useCart } from '@/lib/cart/client';
import { useI18n } from '@/lib/i18n/client';
import type { MessageKey } from '@/lib/i18n/translate';
import { Button } from '@/components/ui/button';

const SORT_LABELS: Record<(typeof SORTS)[number], MessageKey> = {
  featured: 'listing.sortFeatured',
  newest: 'listing.sortNewest',
  price_asc: 'listing.sortPriceAsc',
  price_desc: 'listing.sortPriceDesc',
};

export type ActiveFilters = {
  storeId?: string;
  size: string[];
  color: string[];
  minPrice?: number;
  maxPrice?: number;
  sort?: string;
  q?: string;
};

/** A plain GET form (works without JavaScript); with it, checkbox and sort changes apply at once. */
export function Filters({ facets, active, action }: { facets: Facets; active: ActiveFilters; action: string }) {
  const { t } = useI18n();
  const { data } = useCart();
  const myStore = data?.cart.pickupStore;
  const submit = (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => e.currentTarget.form?.requestSubmit();
  const chip =
    'flex cursor-pointer items-center gap-2 rounded-full border border-line bg-white px-3 py-1.5 text-sm has-[:checked]:border-ink has-[:checked]:bg-ink has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-ink';
  return (
    <form action={action} method="get" className="space-y-6" aria-label={t('listing.filters')}>
      {active.q && <input type="hidden" name="q" value={active.q} />}
      <label className="block text-sm">
        <span className="mb-1 block font-medium">{t('listing.sortLabel')}</span>
        <select
          name="sort"
          defaultValue={active.sort ?? 'featured'}
          onChange={submit}
          className="w-full rounded border border-line bg-white px-2 py-2"
        >
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {t(SORT_LABELS[s])}
            </option>
          ))}
        </select>
      </label>
      {(myStore || active.storeId) && (
        <label className={chip}>
          <input
            type="checkbox"
            name="storeId"
            value={active.storeId ?? myStore?.id}
            defaultChecked={Boolean(active.storeId)}
            onChange={submit}
            className="sr-only"
          />
          {t('listing.atMyStore', { store: myStore?.name ?? '' })}
        </label>
      )}
      {facets.sizes.length > 0 && (
        <fieldset>
          <legend className="mb-2 text-sm font-medium">{t('listing.size')}</legend>
          <div className="flex flex-wrap gap-2">
            {facets.sizes.map((size) => (
              <label key={size} className={chip}>
                <input
                  type="checkbox"
                  name="size"
                  value={size}
                  defaultChecked={active.size.includes(size)}
                  onChange={submit}
                  className="sr-only"
                />
                {size}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {facets.colors.length > 0 && (
        <fieldset>
          <legend className="mb-2 text-sm font-medium">{t('listing.color')}</legend>
          <div className="flex flex-wrap gap-2">
            {facets.colors.map((c) => (
              <label key={c.name} className={chip}>
                <input
                  type="checkbox"
                  name="color"
                  value={c.name}
                  defaultChecked={active.color.some((a) => a.toLowerCase() === c.name.toLowerCase())}
                  onChange={submit}
                  className="sr-only"
                />
                <span
                  aria-hidden
                  className="size-3.5 rounded-full border border-black/20"
                  style={{ backgroundColor: `#${c.hex}` }}
                />
                {c.name}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <fieldset>
        <legend className="mb-2 text-sm font-medium">{t('listing.price')}</legend>
        <div className="flex items-center gap-2">
          <label className="flex-1">
            <span className="sr-only">{t('listing.minPrice')}</span>
            <input
              type="number"
              name="minPrice"
              inputMode="numeric"
              min={0}
              step={1000}
              placeholder={facets.price ? String(facets.price.min) : '0'}
              defaultValue={active.minPrice}
              className="w-full rounded border border-line bg-white px-2 py-2 text-sm"
            />
          </label>
          <span aria-hidden>–</span>
          <label className="flex-1">
            <span className="sr-only">{t('listing.maxPrice')}</span>
            <input
              type="number"
              name="maxPrice"
              inputMode="numeric"
              min={0}
              step={1000}
              placeholder={facets.price ? String(facets.price.max) : ''}
              defaultValue={active.maxPrice}
              className="w-full rounded border border-line bg-white px-2 py-2 text-sm"
            />
          </label>
        </div>
      </fieldset>
      <div className="flex items-center gap-4">
        <Button type="submit" size="md-wide">
          {t('listing.apply')}
        </Button>
        <a href={active.q ? `${action}?q=${encodeURIComponent(active.q)}` : action} className="text-sm underline">
          {t('listing.clear')}
        </a>
      </div>
    </form>
  );
}
