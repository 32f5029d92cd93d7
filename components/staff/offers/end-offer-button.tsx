'use client';

import { useRouter } from 'next/navigation';
import { useEndOffer } from '@/lib/offers/admin-client';
import { useI18n } from '@/lib/i18n/client';
import { submitFailureMessage } from '@/lib/http/use-submit';
import { Button } from '@/components/ui/button';

/** Ends an offer at once, after the admin confirms; the list re-renders from the server. */
export function EndOfferButton({ id, title }: { id: string; title: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const end = useEndOffer();
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button
        variant="danger"
        size="sm"
        className="whitespace-nowrap"
        disabled={end.isPending}
        aria-label={`${t('staffOffers.end')}${t('site.colon')}${title}`}
        onClick={() => {
          if (!window.confirm(t('staffOffers.endConfirm', { title }))) return;
          end.submit(id, { onSuccess: () => router.refresh() });
        }}
      >
        {end.isPending ? t('staffOffers.ending') : t('staffOffers.end')}
      </Button>
      {end.isError && (
        <span role="alert" className="text-xs text-red-800">
          {submitFailureMessage(t, end.error, 'staffOffers.endFailed')}
        </span>
      )}
    </span>
  );
}
