'use client';

import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormError, TextField } from '@/components/ui/text-field';
import { ApiError } from '@/lib/http/client-fetch';
import { formatDateTime, SHOP_TIME_ZONE } from '@/lib/i18n/formatters';
import { useI18n } from '@/lib/i18n/client';
import { usePostCount, useStoreStock } from '@/lib/staff-counts/client';
import type { StoreStock } from '@/lib/staff-counts/schema';
import { CameraScanner } from './camera-scanner';

function Numbers({ stock }: { stock: StoreStock }) {
  const { t, intlLocale } = useI18n();
  const rows = [
    [t('staffCounts.onHand'), stock.onHand],
    [t('staffCounts.reserved'), stock.reserved],
    [t('staffCounts.safetyStock'), stock.safetyStock],
    [t('staffCounts.available'), stock.available],
  ] as const;
  return (
    <section aria-labelledby="stock-title" className="rounded-2xl border border-line bg-white p-5 shadow-sm">
      <h2 id="stock-title" className="text-base font-semibold">
        {stock.title}
      </h2>
      <p className="mt-1 font-mono text-xs text-muted">{stock.sku}</p>
      {(stock.size || stock.color) && (
        <p className="text-sm">
          {[
            stock.size && t('staffCounts.size', { size: stock.size }),
            stock.color && t('staffCounts.color', { color: stock.color }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      )}
      <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
        {rows.map(([label, value]) => (
          <div key={label} className="rounded-xl bg-canvas p-3">
            <dt className="text-xs text-muted">{label}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-xs text-muted">
        {stock.countedAt
          ? t('staffCounts.countedAt', {
              time: formatDateTime(
                intlLocale,
                { timeZone: SHOP_TIME_ZONE, dateStyle: 'medium', timeStyle: 'short' },
                new Date(stock.countedAt),
              ),
            })
          : t('staffCounts.neverCounted')}
      </p>
    </section>
  );
}

/** Look a SKU up (scanned or typed), see its numbers here, post what was counted. */
export function StockCount({ storeId }: { storeId: string }) {
  const { t } = useI18n();
  const [skuText, setSkuText] = useState('');
  const [sku, setSku] = useState<string | null>(null);
  const [counted, setCounted] = useState('');
  const [posted, setPosted] = useState<string | null>(null);
  const stock = useStoreStock(storeId, sku);
  const post = usePostCount(storeId);
  const lookupErrorId = useId();
  const countErrorId = useId();

  const lookUp = (value: string) => {
    const trimmed = value.trim().toUpperCase();
    setSkuText(trimmed);
    setSku(trimmed || null);
    setPosted(null);
    post.reset();
  };

  const lookupError = stock.error instanceof ApiError ? stock.error : null;
  const postError = post.error instanceof ApiError ? post.error : null;
  const postErrorText = !post.error
    ? null
    : postError?.code === 'count_below_reserved'
      ? t('staffCounts.belowReserved', { reserved: Number(postError.details.reserved ?? 0) })
      : postError?.code === 'count_stale'
        ? t('staffCounts.stale')
        : t('staffCounts.failed', { message: post.error.message });

  return (
    <div className="space-y-5">
      <form
        className="space-y-3 rounded-2xl border border-line bg-white p-5 shadow-sm"
        onSubmit={(event) => {
          event.preventDefault();
          lookUp(skuText);
        }}
      >
        <CameraScanner kind="product" onCode={lookUp} />
        <div className="flex flex-wrap items-end gap-3">
          <TextField
            name="sku"
            label={t('staffCounts.skuLabel')}
            hint={t('staffCounts.skuHint')}
            className="min-w-0 flex-1"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            required
            value={skuText}
            onChange={(event) => setSkuText(event.target.value)}
            errorId={lookupError ? lookupErrorId : undefined}
          />
          <Button type="submit" size="lg" className="mb-6" disabled={stock.isFetching}>
            {stock.isFetching ? t('staffCounts.lookingUp') : t('staffCounts.lookUp')}
          </Button>
        </div>
        {lookupError && (
          <FormError id={lookupErrorId}>
            {lookupError.code === 'not_found' ? t('staffCounts.notFound') : lookupError.message}
          </FormError>
        )}
      </form>

      {stock.data && (
        <>
          <Numbers stock={stock.data} />
          <form
            className="space-y-3 rounded-2xl border border-line bg-white p-5 shadow-sm"
            onSubmit={(event) => {
              event.preventDefault();
              const onHand = Number(counted);
              const before = stock.data.onHand;
              post.mutate(
                { sku: stock.data.sku, onHand },
                {
                  onSuccess: (result) =>
                    setPosted(
                      t('staffCounts.posted', {
                        before,
                        after: result.stock.onHand,
                        available: result.stock.available,
                      }),
                    ),
                },
              );
            }}
          >
            <div className="flex flex-wrap items-end gap-3">
              <TextField
                name="onHand"
                type="number"
                inputMode="numeric"
                min={0}
                step={1}
                required
                label={t('staffCounts.countLabel')}
                hint={t('staffCounts.countHint')}
                className="min-w-0 flex-1"
                value={counted}
                onChange={(event) => {
                  setCounted(event.target.value);
                  setPosted(null);
                }}
                errorId={postErrorText ? countErrorId : undefined}
              />
              <Button type="submit" size="lg" className="mb-6" disabled={post.isPending}>
                {post.isPending ? t('staffCounts.posting') : t('staffCounts.post')}
              </Button>
            </div>
            {postErrorText && <FormError id={countErrorId}>{postErrorText}</FormError>}
            <p role="status" className="text-sm font-medium text-emerald-800">
              {posted}
            </p>
          </form>
        </>
      )}
    </div>
  );
}
