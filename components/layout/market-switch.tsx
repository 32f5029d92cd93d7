'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { newActionKey, useSetMarket } from '@/lib/cart/client';
import { useI18n } from '@/lib/i18n/client';
import { useMarket } from '@/lib/markets/client';
import type { Translate } from '@/lib/i18n/translate';
import { isMarketCode, MARKET_CODES, type MarketCode } from '@/lib/markets/markets';
import { CommitSelect } from '@/components/ui/commit-select';
import { marketLabel } from '@/components/cart/market-notice-text';

/** "Japan · JPY": the market's name in the reader's locale and its currency's code (no flags: they render as letters on some systems). */
function optionText(code: MarketCode, t: Translate): string {
  const { name, currency } = marketLabel(code, t);
  return `${name} · ${currency}`;
}

/**
 * The header's market: where the shopper buys, in which currency. A change goes to the bag (and
 * the account) through PUT /api/cart/market, so every device follows; the page is then rendered
 * again in the new prices and the change is announced. The header holds it from tablet width up; on
 * a phone, whose header has no room beside the bag, it sits at the top of the footer.
 */
export function MarketSwitch({ testId = 'market-switch' }: { testId?: string }) {
  const { t } = useI18n();
  const market = useMarket();
  const router = useRouter();
  const [, startTransition] = useTransition();
  const setMarket = useSetMarket();
  const [status, setStatus] = useState('');
  return (
    <>
      <label className="flex items-center gap-1 text-sm">
        <span className="sr-only">{t('markets.label')}</span>
        <CommitSelect
          value={market}
          data-testid={testId}
          aria-busy={setMarket.isPending}
          onCommit={(next) => {
            if (!isMarketCode(next)) return;
            setStatus('');
            setMarket.mutate(
              { market: next, key: newActionKey() },
              {
                onSuccess: () => {
                  setStatus(t('markets.changed', marketLabel(next, t)));
                  startTransition(() => router.refresh());
                },
                onError: () => setStatus(t('markets.changeFailed')),
              },
            );
          }}
          className="rounded border border-line bg-white py-1 pr-1 pl-1 text-sm"
        >
          {MARKET_CODES.map((code) => (
            <option key={code} value={code}>
              {optionText(code, t)}
            </option>
          ))}
        </CommitSelect>
      </label>
      {/* A polite live region, not role=status: the bag's notices are the page's status (one per page). */}
      <p aria-live="polite" className="sr-only">
        {status}
      </p>
    </>
  );
}
