'use client';

import { useRouter } from 'next/navigation';
import { useOptimistic, useRef, useTransition, type FormEvent, type MouseEvent, type ReactNode } from 'react';
import {
  activeChips,
  clearedFilters,
  filtersHref,
  toggleValue,
  withoutChip,
  type ActiveFilters,
  type FilterChip,
} from '@/lib/catalog/filter-url';
import type { Facets } from '@/lib/catalog/schema';
import { SORTS } from '@/lib/catalog/sorts';
import { useCart } from '@/lib/cart/client';
import { useI18n } from '@/lib/i18n/client';
import type { MessageKey } from '@/lib/i18n/translate';
import { BASE_MARKET, marketOf } from '@/lib/markets/markets';
import { formatMoney, fractionDigits, majorUnits } from '@/lib/money';
import { Button } from '@/components/ui/button';
import { CommitSelect } from '@/components/ui/commit-select';

const SORT_LABELS: Record<(typeof SORTS)[number], MessageKey> = {
  featured: 'listing.sortFeatured',
  newest: 'listing.sortNewest',
  price_asc: 'listing.sortPriceAsc',
  price_desc: 'listing.sortPriceDesc',
};

const CHIP =
  'flex cursor-pointer items-center gap-2 rounded-full border border-line bg-white px-3 py-1.5 text-sm has-[:checked]:border-ink has-[:checked]:bg-ink has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-ink';

/** A facet's values, plus any chosen value the results no longer have (so it can be unticked). */
function withChosen<T extends { name: string; count: number }>(
  values: T[],
  chosen: string[],
  make: (name: string) => T,
) {
  const missing = chosen.filter((c) => !values.some((v) => v.name.toLowerCase() === c.toLowerCase()));
  return [...values, ...missing.map(make)];
}

/**
 * A listing's filters beside its results. Without JavaScript the filters are a plain GET form;
 * with it, each change replaces the URL in place (no reload, no scroll jump, focus stays on the
 * control), the chosen filters show as removable chips above the results (also while the phone
 * panel is folded), and a link skips past the filters to the results.
 */
export function ListingFilters({
  facets,
  active,
  path,
  children,
}: {
  facets: Facets;
  active: ActiveFilters;
  path: string;
  children: ReactNode;
}) {
  const { t, intlLocale } = useI18n();
  const { data } = useCart();
  const myStore = data?.cart.pickupStore;
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [f, setOptimistic] = useOptimistic(active);
  const chipsRef = useRef<HTMLDivElement>(null);
  const go = (next: ActiveFilters) =>
    startTransition(() => {
      setOptimistic(next);
      router.replace(filtersHref(path, next), { scroll: false });
    });

  // The listing's market's currency, as its price facet reports it.
  const currency = facets.price?.currency ?? marketOf(BASE_MARKET).currency;
  const digits = fractionDigits(currency);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    // Typed in major units (¥1200, $12.50); the URL and the API take integer minor units.
    const price = (name: string) => {
      const m = /^(\d{1,9})(?:[.,](\d+))?$/.exec(String(form.get(name) ?? '').trim());
      const frac = m?.[2] ?? '';
      if (!m || frac.length > digits) return undefined;
      return Number(m[1]) * 10 ** digits + Number(frac.padEnd(digits, '0') || '0');
    };
    go({ ...f, minPrice: price('minPrice'), maxPrice: price('maxPrice') });
  };

  const price = (n: number | undefined) =>
    n === undefined ? t('listing.anyPrice') : formatMoney({ amount: n, currency }, intlLocale);
  const major = (n: number | undefined) => (n === undefined ? undefined : majorUnits({ amount: n, currency }));
  const chipName = (chip: FilterChip) =>
    chip.key === 'storeId'
      ? myStore && myStore.id === chip.value
        ? t('listing.atMyStore', { store: myStore.name })
        : t('listing.atMyStoreShort')
      : chip.key === 'price'
        ? t('listing.priceChip', { min: price(f.minPrice), max: price(f.maxPrice) })
        : chip.value;
  const chips = activeChips(f);

  // A chip is a link (it works without JavaScript); with it, the chip goes in place and focus
  // moves to its neighbour, or to the results when it was the last.
  const removeChip = (e: MouseEvent<HTMLAnchorElement>, next: ActiveFilters, index: number) => {
    e.preventDefault();
    const links = [...(chipsRef.current?.querySelectorAll<HTMLAnchorElement>('a[data-chip]') ?? [])];
    const neighbour = links[index + 1] ?? links[index - 1];
    (neighbour ?? document.getElementById('results'))?.focus();
    go(next);
  };

  const sizes = withChosen(facets.sizes, f.size, (name) => ({ name, count: 0 }));
  const colors = withChosen(facets.colors, f.color, (name) => ({ name, hex: 'cccccc', count: 0 }));
  const storeValue = f.storeId ?? myStore?.id;

  return (
    <div className="mt-6 grid gap-8 lg:grid-cols-[16rem_1fr]">
      <a
        href="#results"
        className="sr-only rounded bg-ink px-4 py-2 text-sm text-white focus:not-sr-only focus:justify-self-start lg:col-span-2"
      >
        {t('listing.skipToResults')}
      </a>
      <aside>
        <details className="filters-panel rounded-lg border border-line bg-white p-4 lg:border-0 lg:bg-transparent lg:p-0">
          <summary className="cursor-pointer text-sm font-medium">
            {t('listing.filtersOn', { count: chips.length })}
          </summary>
          <form
            action={path}
            method="get"
            onSubmit={onSubmit}
            className="mt-4 space-y-6 lg:mt-0"
            aria-label={t('listing.filters')}
          >
            {f.q && <input type="hidden" name="q" value={f.q} />}
            <label className="block text-sm">
              <span className="mb-1 block font-medium">{t('listing.sortLabel')}</span>
              <CommitSelect
                name="sort"
                value={f.sort ?? 'featured'}
                onCommit={(sort) => go({ ...f, sort })}
                className="w-full rounded border border-line bg-white px-2 py-2"
              >
                {SORTS.map((s) => (
                  <option key={s} value={s}>
                    {t(SORT_LABELS[s])}
                  </option>
                ))}
              </CommitSelect>
            </label>
            {storeValue && (
              <label className={CHIP}>
                <input
                  type="checkbox"
                  name="storeId"
                  value={storeValue}
                  checked={Boolean(f.storeId)}
                  onChange={(e) => go({ ...f, storeId: e.target.checked ? storeValue : undefined })}
                  className="sr-only"
                />
                {myStore ? t('listing.atMyStore', { store: myStore.name }) : t('listing.atMyStoreShort')}
              </label>
            )}
            {sizes.length > 0 && (
              <fieldset>
                <legend className="mb-2 text-sm font-medium">{t('listing.size')}</legend>
                <div className="flex flex-wrap gap-2">
                  {sizes.map((size) => (
                    <label key={size.name} className={CHIP}>
                      <input
                        type="checkbox"
                        name="size"
                        value={size.name}
                        checked={f.size.includes(size.name)}
                        onChange={() => go(toggleValue(f, 'size', size.name))}
                        className="sr-only"
                      />
                      <span>{size.name}</span>
                      <span className="text-xs opacity-75">({size.count})</span>
                    </label>
                  ))}
                </div>
              </fieldset>
            )}
            {colors.length > 0 && (
              <fieldset>
                <legend className="mb-2 text-sm font-medium">{t('listing.color')}</legend>
                <div className="flex flex-wrap gap-2">
                  {colors.map((c) => (
                    <label key={c.name} className={CHIP}>
                      <input
                        type="checkbox"
                        name="color"
                        value={c.name}
                        checked={f.color.some((a) => a.toLowerCase() === c.name.toLowerCase())}
                        onChange={() => go(toggleValue(f, 'color', c.name))}
                        className="sr-only"
                      />
                      <span
                        aria-hidden
                        className="size-3.5 rounded-full border border-black/20"
                        style={{ backgroundColor: `#${c.hex}` }}
                      />
                      <span>{c.name}</span>
                      <span className="text-xs opacity-75">({c.count})</span>
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
                    // A new value from the URL (a removed chip) replaces what was typed.
                    key={`min-${f.minPrice ?? ''}`}
                    type="number"
                    name="minPrice"
                    inputMode={digits ? 'decimal' : 'numeric'}
                    min={0}
                    step={digits ? 'any' : 1000}
                    placeholder={facets.price ? major(facets.price.min) : '0'}
                    defaultValue={major(f.minPrice)}
                    className="w-full rounded border border-line bg-white px-2 py-2 text-sm"
                  />
                </label>
                <span aria-hidden>–</span>
                <label className="flex-1">
                  <span className="sr-only">{t('listing.maxPrice')}</span>
                  <input
                    key={`max-${f.maxPrice ?? ''}`}
                    type="number"
                    name="maxPrice"
                    inputMode={digits ? 'decimal' : 'numeric'}
                    min={0}
                    step={digits ? 'any' : 1000}
                    placeholder={facets.price ? major(facets.price.max) : ''}
                    defaultValue={major(f.maxPrice)}
                    className="w-full rounded border border-line bg-white px-2 py-2 text-sm"
                  />
                </label>
              </div>
            </fieldset>
            <Button type="submit" size="md-wide">
              {t('listing.apply')}
            </Button>
          </form>
        </details>
      </aside>
      <section id="results" tabIndex={-1} aria-labelledby="results-heading" aria-busy={pending} className="min-w-0">
        {chips.length > 0 && (
          <div
            ref={chipsRef}
            role="group"
            aria-label={t('listing.activeFilters')}
            className="mb-4 flex flex-wrap items-center gap-2"
          >
            {chips.map((chip, i) => {
              const next = withoutChip(f, chip);
              return (
                <a
                  key={`${chip.key}:${chip.value}`}
                  href={filtersHref(path, next)}
                  data-chip
                  aria-label={t('listing.removeFilter', { name: chipName(chip) })}
                  onClick={(e) => removeChip(e, next, i)}
                  className="flex items-center gap-1.5 rounded-full bg-ink px-3 py-1.5 text-sm text-white"
                >
                  {chipName(chip)}
                  <span aria-hidden>×</span>
                </a>
              );
            })}
            <a
              href={filtersHref(path, clearedFilters(f))}
              onClick={(e) => removeChip(e, clearedFilters(f), Number.POSITIVE_INFINITY)}
              className="px-2 py-1.5 text-sm underline"
            >
              {t('listing.clear')}
            </a>
          </div>
        )}
        {children}
      </section>
    </div>
  );
}
