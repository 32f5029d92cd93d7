'use client';

import { useId, useState, type FormEvent } from 'react';
import { useAisleSearch, type AisleVariant } from '@/lib/endless-aisle/client';
import { useI18n } from '@/lib/i18n/client';
import { formatMoney } from '@/lib/money';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/text-field';

export type PickedItem = { variant: AisleVariant; title: string; label: string };

export const variantLabel = (v: Pick<AisleVariant, 'sku' | 'options'>) =>
  [v.options.color, v.options.size].filter(Boolean).join(' · ') || v.sku;

/**
 * The catalog search and, for each variant found, a table of what every location can promise:
 * this store first, then the online warehouse, then the other stores. A screen reader hears each
 * table by its caption (product and variant) and each row by its location.
 */
export function AisleSearch({ storeId, onAdd }: { storeId: string; onAdd: (item: PickedItem) => void }) {
  const { t, intlLocale } = useI18n();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const search = useAisleSearch(storeId, q);
  const inputId = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setQ(text.trim());
  };
  const where = (s: AisleVariant['stock'][number]) =>
    s.storeId === storeId
      ? t('staffEndlessAisle.thisStore', { name: s.name })
      : s.kind === 'warehouse'
        ? t('staffEndlessAisle.warehouse')
        : s.name;
  return (
    <section aria-labelledby={`${inputId}-h`} className="space-y-4">
      <h2 id={`${inputId}-h`} className="text-xl font-semibold">
        {t('staffEndlessAisle.searchLabel')}
      </h2>
      <form role="search" onSubmit={submit} className="flex gap-2">
        <label htmlFor={inputId} className="sr-only">
          {t('staffEndlessAisle.searchLabel')}
        </label>
        <input
          id={inputId}
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          maxLength={100}
          className="min-w-0 flex-1 rounded-lg border border-line bg-white px-3 py-2.5"
        />
        <Button type="submit" size="lg" variant="primary">
          {t('staffEndlessAisle.searchButton')}
        </Button>
      </form>
      <div aria-live="polite" className="text-sm">
        {search.isFetching && <p>{t('staffEndlessAisle.searching')}</p>}
        {search.data && search.data.items.length === 0 && <p>{t('staffEndlessAisle.noResults', { q })}</p>}
      </div>
      {search.error && <FormError>{t('errors.errorBody')}</FormError>}
      <ul className="space-y-6">
        {search.data?.items.map((p) => (
          <li key={p.productId} className="rounded-xl border border-line bg-white p-4">
            <h3 className="text-lg font-semibold">{p.title}</h3>
            <ul className="mt-3 space-y-4">
              {p.variants.map((v) => {
                const label = variantLabel(v);
                return (
                  <li key={v.id} className="space-y-2">
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <p className="font-medium">
                        {label} <span className="text-muted">· {v.sku}</span> · {formatMoney(v.price, intlLocale)}
                      </p>
                      <Button
                        size="md"
                        variant="outline"
                        aria-label={t('staffEndlessAisle.addLabel', { title: p.title, variant: label })}
                        onClick={() => onAdd({ variant: v, title: p.title, label })}
                      >
                        {t('staffEndlessAisle.add')}
                      </Button>
                    </div>
                    <table className="w-full text-sm">
                      <caption className="sr-only">
                        {t('staffEndlessAisle.stockCaption', { title: p.title, variant: label })}
                      </caption>
                      <thead>
                        <tr className="border-b border-line text-left">
                          <th scope="col" className="py-1 pr-2 font-medium">
                            {t('staffEndlessAisle.location')}
                          </th>
                          <th scope="col" className="py-1 text-right font-medium">
                            {t('staffEndlessAisle.available')}
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {v.stock.map((s) => (
                          <tr key={s.locationId} className="border-b border-line last:border-0">
                            <th scope="row" className="py-1 pr-2 text-left font-normal">
                              {where(s)}
                            </th>
                            <td
                              className={`py-1 text-right tabular-nums ${s.available === 0 ? 'text-muted' : 'font-semibold'}`}
                            >
                              {s.available}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
