import type { ApiError } from '@/lib/http/client-fetch';
import type { Translate } from '@/lib/i18n/translate';

/** A refused pickup action in the associate's language; the server's message where no better text exists. */
export function pickupErrorText(t: Translate, error: ApiError | null, fallback: string): string {
  switch (error?.code) {
    case 'pickup_code_wrong':
      return t('staffPickups.errorWrongCode');
    case 'not_found':
      return t('staffPickups.errorNotFound');
    case 'pickup_closed': {
      const status = error.details.pickupStatus;
      const shown =
        status === 'collected'
          ? t('staffPickups.tabCollected')
          : status === 'expired'
            ? t('staffPickups.tabExpired')
            : t('staffPickups.cancelled');
      return t('staffPickups.errorClosed', { status: shown });
    }
    default:
      return t('staffPickups.errorGeneric', { message: error?.message ?? fallback });
  }
}
