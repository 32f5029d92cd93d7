'use client';

import { useRouter } from 'next/navigation';
import { startTransition } from 'react';
import { useI18n } from '@/lib/i18n/client';
import { unavailableMessages } from '@/lib/i18n/messages/unavailable';
import { useDatabaseUnavailable } from '@/lib/http/use-database-unavailable';

/**
 * A page failed inside the storefront's shell. When the database is out of reach the page says
 * so in the words of the shell's own "briefly unavailable" page; any other fault is generic.
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  // Like the shell's page: the outage text stands until the server says the database is fine.
  const fault = useDatabaseUnavailable() === false;
  const outage = unavailableMessages[locale];
  const [title, body] = fault ? [t('errors.errorTitle'), t('errors.errorBody')] : [outage.title, outage.body];
  return (
    <div className="mx-auto max-w-xl px-4 py-24 text-center" role="alert">
      <h1 className="text-3xl font-semibold tracking-tight">{title}</h1>
      <p className="mt-3 text-muted">{body}</p>
      <button
        type="button"
        // The failure was on the server: render the page there again, not just its boundary.
        onClick={() =>
          startTransition(() => {
            router.refresh();
            reset();
          })
        }
        className="mt-8 rounded-full bg-ink px-6 py-3 text-sm font-medium text-white"
      >
        {t('errors.retry')}
      </button>
    </div>
  );
}
