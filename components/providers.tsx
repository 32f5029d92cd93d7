'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { CartOwnerProvider } from '@/lib/offline/client';

export function Providers({ owner, children }: { owner: string; children: ReactNode }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 1000, retry: 1 } } }));
  return (
    <QueryClientProvider client={client}>
      <CartOwnerProvider owner={owner}>{children}</CartOwnerProvider>
    </QueryClientProvider>
  );
}
