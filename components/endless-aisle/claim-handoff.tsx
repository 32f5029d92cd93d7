'use client';

import { useRouter } from 'next/navigation';
import { useRef } from 'react';
import { newActionKey, useClaimHandoff } from '@/lib/cart/client';
import { ApiError } from '@/lib/http/client-fetch';
import { submitFailureMessage } from '@/lib/http/use-submit';
import { useI18n, useLocalePath } from '@/lib/i18n/client';
import { Button } from '@/components/ui/button';

/** The button that takes a store's bag into the shopper's own, then opens the bag. */
export function ClaimHandoff({ token }: { token: string | null }) {
  const { t } = useI18n();
  const router = useRouter();
  const to = useLocalePath();
  const claim = useClaimHandoff();
  // One key per page: a double tap or a retry is the same claim, not a second one refused.
  const key = useRef(newActionKey());
  if (!token) return <p role="alert">{t('staffEndlessAisle.claimMissing')}</p>;
  const gone = claim.error instanceof ApiError && claim.error.code === 'handoff_gone';
  return (
    <div className="space-y-4">
      <p>{t('staffEndlessAisle.claimBody')}</p>
      <Button
        type="button"
        size="xl"
        disabled={claim.isPending || claim.isSuccess}
        onClick={() => claim.mutate({ token, key: key.current }, { onSuccess: () => router.push(to('/cart')) })}
      >
        {t('staffEndlessAisle.claimButton')}
      </Button>
      <div aria-live="polite">
        {claim.isSuccess && <p>{t('staffEndlessAisle.claimDone')}</p>}
        {claim.error && (
          <p role="alert" className="text-red-800">
            {gone ? t('staffEndlessAisle.claimGone') : submitFailureMessage(t, claim.error, 'errors.errorBody')}
          </p>
        )}
      </div>
    </div>
  );
}
