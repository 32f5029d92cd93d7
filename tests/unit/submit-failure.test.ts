import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/http/client-fetch';
import { networkFailure, submitFailureMessage } from '@/lib/http/use-submit';
import { getMessages } from '@/lib/i18n/catalogs';
import { createTranslator } from '@/lib/i18n/translate';
import { isPersonal, offlineBagUrl } from '@/lib/pwa/cache-policy';

const online = (value: boolean) => vi.stubGlobal('navigator', { onLine: value });

describe('what a failed submit tells the shopper', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('a request with no answer is offline or unreachable, by what the browser says', () => {
    online(false);
    expect(networkFailure(new TypeError('Failed to fetch'))).toBe('offline');
    online(true);
    expect(networkFailure(new TypeError('Failed to fetch'))).toBe('unreachable');
  });

  it('an answer from the server, or a bug, is not a connection problem', () => {
    online(false);
    expect(networkFailure(new ApiError(503, 'service_unavailable', 'Try again'))).toBeNull();
    expect(networkFailure(new ApiError(409, 'insufficient_stock', 'Short'))).toBeNull();
    expect(networkFailure(new Error('boom'))).toBeNull();
    expect(networkFailure(undefined)).toBeNull();
  });

  it('says it in the shopper’s language, else the form’s own message', () => {
    const en = createTranslator(getMessages('en'));
    const ko = createTranslator(getMessages('ko'));
    online(false);
    expect(submitFailureMessage(en, new TypeError('x'), 'account.signInFailed')).toBe(en('forms.offline'));
    expect(submitFailureMessage(ko, new TypeError('x'), 'account.signInFailed')).toBe(ko('forms.offline'));
    expect(ko('forms.offline')).not.toBe(en('forms.offline'));
    online(true);
    expect(submitFailureMessage(en, new TypeError('x'), 'account.signInFailed')).toBe(en('forms.unreachable'));
    expect(submitFailureMessage(en, new ApiError(500, 'internal', 'x'), 'account.signInFailed')).toBe(
      en('account.signInFailed'),
    );
  });
});

describe('the offline bag page', () => {
  it('is kept per language, falls back to English, and is not a personal path', () => {
    expect(offlineBagUrl('ko')).toBe('/ko/offline/bag');
    expect(offlineBagUrl('ja')).toBe('/ja/offline/bag');
    expect(offlineBagUrl('en')).toBe('/offline/bag');
    expect(offlineBagUrl('fr')).toBe('/offline/bag');
    expect(isPersonal('/offline/bag')).toBe(false);
    expect(isPersonal('/cart')).toBe(true);
  });
});
