'use client';

import { useId } from 'react';
import { MAX_LINE_QUANTITY } from '@/lib/cart/limits';
import { useI18n } from '@/lib/i18n/client';
import { Button } from '@/components/ui/button';
import type { PickedItem } from './aisle-search';

export type BagLine = PickedItem & { quantity: number };

/** The customer's bag at the counter: kept on this page only; the server checks it when it is sent. */
export function AisleBag({
  lines,
  available,
  onQuantity,
  onRemove,
}: {
  lines: BagLine[];
  /** What the chosen place (a store or the warehouse) can promise of a variant. */
  available: (line: BagLine) => number;
  onQuantity: (variantId: string, quantity: number) => void;
  onRemove: (variantId: string) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-xl font-semibold">
        {t('staffEndlessAisle.bagTitle')}
      </h2>
      {lines.length === 0 ? (
        <p className="text-sm text-muted">{t('staffEndlessAisle.bagEmpty')}</p>
      ) : (
        <ul className="divide-y divide-line rounded-xl border border-line bg-white">
          {lines.map((l) => {
            const left = available(l);
            return (
              <li key={l.variant.id} className="flex flex-wrap items-center gap-3 p-3">
                <div className="min-w-0 flex-1">
                  <p className="font-medium">{l.title}</p>
                  <p className="text-sm text-muted">
                    {l.label} · {l.variant.sku}
                  </p>
                  <p className={`text-sm ${left < l.quantity ? 'text-red-800' : 'text-ok'}`}>
                    {t('staffEndlessAisle.available')}
                    {t('site.colon')}
                    {left}
                  </p>
                </div>
                <label className="text-sm">
                  <span className="sr-only">
                    {t('staffEndlessAisle.quantityLabel', { title: l.title, variant: l.label })}
                  </span>
                  <select
                    value={l.quantity}
                    onChange={(e) => onQuantity(l.variant.id, Number(e.target.value))}
                    className="rounded-lg border border-line bg-white px-3 py-2"
                  >
                    {Array.from({ length: MAX_LINE_QUANTITY }, (_, i) => i + 1).map((n) => (
                      <option key={n} value={n}>
                        {n}
                      </option>
                    ))}
                  </select>
                </label>
                <Button
                  size="md"
                  variant="danger"
                  aria-label={t('staffEndlessAisle.removeLabel', { title: l.title, variant: l.label })}
                  onClick={() => onRemove(l.variant.id)}
                >
                  {t('staffEndlessAisle.remove')}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
