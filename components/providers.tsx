'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { MarketProvider } from '@/lib/markets/client';
import type { MarketCode } from '@/lib/markets/markets';
import { CartOwnerProvider } from '@/lib/offline/client';

export function Providers({ owner, market, children }: { owner: string; market: MarketCode; children: ReactNode }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 1000, retry: 1 } } }));
  return (
    <QueryClientProvider client={client}>
      <MarketProvider market={market}>
        <CartOwnerProvider owner={owner}>{children}</CartOwnerProvider>
      </MarketProvider>
    </QueryClientProvider>
  );
}
