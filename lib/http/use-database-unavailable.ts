'use client';

import { useEffect, useState } from 'react';

/**
 * Whether the server says the shop's database is out of reach right now, for an error page
 * to tell an outage ("briefly unavailable") from a fault. A production build sends the page
 * no error message, so the page asks: /api/health answers 503 exactly when the route wrapper's
 * classifier (`isDatabaseUnavailable`) says so. Null until it has answered.
 */
export function useDatabaseUnavailable(): boolean | null {
  const [unavailable, setUnavailable] = useState<boolean | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch('/api/health', { cache: 'no-store', signal: controller.signal }).then(
      (response) => setUnavailable(response.status === 503),
      // No answer at all (offline, or the server itself is down): nothing to tell apart.
      () => setUnavailable(false),
    );
    return () => controller.abort();
  }, []);
  return unavailable;
}
