'use client';

import { useI18n } from '@/lib/i18n/client';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { t } = useI18n();
  return (
    <div className="mx-auto max-w-xl px-4 py-24 text-center" role="alert">
      <h1 className="text-3xl font-semibold tracking-tight">{t('errors.errorTitle')}</h1>
      <p className="mt-3 text-muted">{t('errors.errorBody')}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-8 rounded-full bg-ink px-6 py-3 text-sm font-medium text-white"
      >
        {t('errors.retry')}
      </button>
    </div>
  );
}
