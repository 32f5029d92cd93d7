'use client';

import { LocaleLink } from '@/components/i18n/locale-link';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useConfirmPasswordReset } from '@/lib/auth/account-client';
import { forgetPersonalData } from '@/lib/pwa/client';
import { ApiError } from '@/lib/http/client-fetch';
import { useI18n } from '@/lib/i18n/client';
import { Button } from '@/components/ui/button';
import { FormError, TextField } from '@/components/ui/text-field';

/** Sets the new password with the link's token; afterwards the shopper signs in afresh. */
export function ResetPasswordForm({ token }: { token: string }) {
  const { t } = useI18n();
  const reset = useConfirmPasswordReset();
  const [mismatch, setMismatch] = useState(false);
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!reset.isSuccess) return;
    // Every session of the account ended on the server: forget what this browser kept of it.
    void forgetPersonalData();
    doneRef.current?.focus();
  }, [reset.isSuccess]);

  if (reset.isSuccess) {
    return (
      <div ref={doneRef} tabIndex={-1} role="status" className="space-y-4 outline-none">
        <p>{t('reset.done')}</p>
        <LocaleLink href="/account/sign-in" className="inline-block font-medium underline">
          {t('account.signIn')}
        </LocaleLink>
      </div>
    );
  }
  const invalid = reset.error instanceof ApiError && reset.error.code === 'reset_link_invalid';
  const error = mismatch
    ? t('reset.mismatch')
    : invalid
      ? t('reset.invalidLink')
      : reset.error instanceof ApiError && reset.error.code === 'rate_limited'
        ? t('account.rateLimited')
        : reset.isError
          ? t('reset.failed')
          : null;
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const password = String(form.get('password') ?? '');
    const again = String(form.get('confirm') ?? '');
    setMismatch(password !== again);
    if (password === again) reset.submit({ token, password });
  };
  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <p className="text-muted">{t('reset.newIntro')}</p>
      {error && (
        <FormError>
          {error}{' '}
          {invalid && (
            <LocaleLink href="/account/forgot-password" className="font-medium underline">
              {t('reset.askAgain')}
            </LocaleLink>
          )}
        </FormError>
      )}
      <TextField
        label={t('reset.newPassword')}
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={8}
        maxLength={200}
        required
        hint={t('account.passwordHint')}
      />
      <TextField
        label={t('reset.confirmPassword')}
        name="confirm"
        type="password"
        autoComplete="new-password"
        minLength={8}
        maxLength={200}
        required
        aria-invalid={mismatch || undefined}
      />
      <Button type="submit" disabled={reset.isPending} className="w-full">
        {reset.isPending ? t('account.working') : t('reset.save')}
      </Button>
    </form>
  );
}
