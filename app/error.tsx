'use client';

import { useDatabaseUnavailable } from '@/lib/http/use-database-unavailable';
import { unavailableMessages } from '@/lib/i18n/messages/unavailable';
import { isLocale } from '@/lib/i18n/translate';
import { Button } from '@/components/ui/button';

/**
 * When the storefront's shell itself fails (the database unreachable, say), there is no
 * language provider above this boundary: the document's `lang` picks the catalog. The outage
 * text stands until the server says the database is fine, which makes it a fault.
 */
export default function ShellError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const lang = typeof document === 'undefined' ? 'en' : document.documentElement.lang;
  const t = isLocale(lang) ? unavailableMessages[lang] : unavailableMessages.en;
  const fault = useDatabaseUnavailable() === false;
  return (
    <main id="main" className="mx-auto max-w-xl flex-1 px-4 py-24 text-center" role="alert">
      <p className="text-2xl font-semibold tracking-tight">
        Aisle<span className="text-accent">.</span>
      </p>
      <h1 className="mt-10 text-3xl font-semibold tracking-tight">{fault ? t.faultTitle : t.title}</h1>
      <p className="mt-3 text-muted">{fault ? t.faultBody : t.body}</p>
      <Button
        type="button"
        onClick={() => {
          reset();
          window.location.reload();
        }}
        className="mt-8"
      >
        {t.retry}
      </Button>
    </main>
  );
}
