'use client';

import { LocaleLink } from '@/components/i18n/locale-link';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useRequestPasswordReset } from '@/lib/auth/account-client';
import { ApiError } from '@/lib/http/client-fetch';
import { useI18n } from '@/lib/i18n/client';
import { Button } from '@/components/ui/button';
import { FormError, TextField } from '@/components/ui/text-field';

/** Asks for a reset link; says the same whether or not the e-mail has an account. */
export function ForgotPasswordForm() {
  const { t } = useI18n();
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const sentRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (request.isSuccess) sentRef.current?.focus();
  }, [request.isSuccess]);

  if (request.isSuccess) {
    return (
      <div ref={sentRef} tabIndex={-1} role="status" className="space-y-3 outline-none">
        <h2 className="text-xl font-semibold">{t('reset.sentTitle')}</h2>
        <p className="text-muted">{t('reset.sent', { email })}</p>
        <LocaleLink href="/account/sign-in" className="inline-block font-medium underline">
          {t('reset.backToSignIn')}
        </LocaleLink>
      </div>
    );
  }
  const error = request.isError
    ? request.error instanceof ApiError && request.error.code === 'rate_limited'
      ? t('reset.tooMany')
      : t('reset.failed')
    : null;
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const value = String(new FormData(e.currentTarget).get('email') ?? '').trim();
    setEmail(value);
    request.submit(value);
  };
  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <p className="text-muted">{t('reset.forgotIntro')}</p>
      {error && <FormError>{error}</FormError>}
      <TextField label={t('account.email')} name="email" type="email" autoComplete="email" required />
      <Button type="submit" disabled={request.isPending} className="w-full">
        {request.isPending ? t('account.working') : t('reset.send')}
      </Button>
      <p className="text-center text-sm">
        <LocaleLink href="/account/sign-in" className="font-medium underline">
          {t('reset.backToSignIn')}
        </LocaleLink>
      </p>
    </form>
  );
}
