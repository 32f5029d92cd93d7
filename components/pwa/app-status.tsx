'use client';

import { useEffect } from 'react';
import { useI18n } from '@/lib/i18n/client';
import { useBagSnapshot, useCartOwner, useReplayQueue } from '@/lib/offline/client';
import { OWNER_ATTRIBUTE } from '@/lib/pwa/cache-policy';
import { useOnline, useServiceWorker } from '@/lib/pwa/client';
import { Button } from '@/components/ui/button';

const CHUNK_RELOAD_KEY = 'aisle-chunk-reload';

/**
 * The app's own state, shown above the header: offline, or a new version waiting. A page
 * left open across a deploy that fails to load a script reloads once into the new build.
 */
export function AppStatus() {
  const { t } = useI18n();
  const online = useOnline();
  const { waiting, update } = useServiceWorker(process.env.NODE_ENV === 'production');
  const { refused, dismiss } = useReplayQueue();
  const owner = useCartOwner();
  useBagSnapshot();

  useEffect(() => {
    const recover = (reason: unknown) => {
      const text = String((reason as { message?: string; name?: string })?.name ?? '') + String(reason);
      if (!/ChunkLoadError|Loading chunk|Failed to fetch dynamically imported module/i.test(text)) return;
      const last = Number(sessionStorage.getItem(CHUNK_RELOAD_KEY) ?? 0);
      if (Date.now() - last < 30_000) return;
      sessionStorage.setItem(CHUNK_RELOAD_KEY, String(Date.now()));
      window.location.reload();
    };
    const onError = (e: ErrorEvent) => recover(e.error ?? e.message);
    const onRejection = (e: PromiseRejectionEvent) => recover(e.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    return () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    };
  }, []);

  return (
    // Whose page this is, early in the HTML: the service worker reads it to tell a session ended.
    <div aria-live="polite" {...{ [OWNER_ATTRIBUTE]: owner }}>
      {!online && (
        <p role="status" className="bg-ink px-4 py-2 text-center text-sm text-white" data-testid="offline-banner">
          {t('pwa.offlineBanner')}
        </p>
      )}
      {refused.length > 0 && (
        <div role="alert" className="flex items-start justify-center gap-4 bg-red-50 px-4 py-2 text-sm text-red-900">
          <ul>
            {refused.map((r, i) => (
              <li key={i}>{t('pwa.refused', { item: r.label, message: r.message })}</li>
            ))}
          </ul>
          <button type="button" onClick={dismiss} className="underline">
            {t('pwa.dismiss')}
          </button>
        </div>
      )}
      {waiting && (
        <div role="status" className="flex items-center justify-center gap-4 bg-amber-100 px-4 py-2 text-sm">
          <span>{t('pwa.updateAvailable')}</span>
          <Button type="button" onClick={update} size="xs">
            {t('pwa.reload')}
          </Button>
        </div>
      )}
    </div>
  );
}
