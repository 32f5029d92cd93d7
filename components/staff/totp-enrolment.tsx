'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { type FormEvent } from 'react';
import { Button, buttonClass } from '@/components/ui/button';
import { FormError, TextField } from '@/components/ui/text-field';
import { ApiError } from '@/lib/http/client-fetch';
import { submitFailureMessage } from '@/lib/http/use-submit';
import { useI18n } from '@/lib/i18n/client';
import { useTotpConfirm, useTotpStart } from '@/lib/staff/client';

/** Enrolment in three steps on one page: the QR and key, a code to confirm, the recovery codes once. */
export function TotpEnrolment({ enrolled }: { enrolled: boolean }) {
  const { t } = useI18n();
  const start = useTotpStart();
  const confirm = useTotpConfirm();
  const router = useRouter();

  function onConfirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The console's shell (rendered once, above this page) shows the full nav once enrolled.
    confirm.submit(String(new FormData(event.currentTarget).get('code') ?? '').trim(), {
      onSuccess: () => router.refresh(),
    });
  }

  if (confirm.data) {
    return (
      <section aria-labelledby="recovery-title" className="space-y-4">
        <h2 id="recovery-title" className="text-lg font-semibold">
          {t('staffEnrol.recoveryTitle')}
        </h2>
        <p className="text-sm">{t('staffEnrol.recoveryIntro')}</p>
        <ul aria-label={t('staffEnrol.recoveryTitle')} className="grid grid-cols-2 gap-2 font-mono text-base">
          {confirm.data.recoveryCodes.map((c) => (
            <li key={c} className="rounded border border-line bg-canvas px-3 py-2 text-center">
              {c}
            </li>
          ))}
        </ul>
        <Link prefetch={false} href="/staff" className={buttonClass({}, 'inline-block')}>
          {t('staffEnrol.continue')}
        </Link>
      </section>
    );
  }
  if (enrolled) return <p>{t('staffEnrol.already')}</p>;
  if (!start.data) {
    return (
      <div className="space-y-4">
        {start.isError && (
          <FormError>
            {start.error instanceof ApiError && start.error.code === 'totp_already_enrolled'
              ? t('staffEnrol.already')
              : submitFailureMessage(t, start.error, 'staffEnrol.error')}
          </FormError>
        )}
        <Button onClick={() => start.submit()} disabled={start.isPending}>
          {t('staffEnrol.start')}
        </Button>
      </div>
    );
  }
  const wrong = confirm.error instanceof ApiError && confirm.error.code === 'totp_invalid';
  return (
    <div className="grid gap-8 md:grid-cols-2">
      <section className="space-y-3">
        <p className="text-sm">{t('staffEnrol.step1')}</p>
        {/* eslint-disable-next-line @next/next/no-img-element -- an SVG made for this response, not an asset to optimise */}
        <img
          src={`data:image/svg+xml;utf8,${encodeURIComponent(start.data.qrSvg)}`}
          alt={t('staffEnrol.qrAlt')}
          width={224}
          height={224}
          className="rounded-lg border border-line bg-white"
        />
        <p className="text-sm font-medium" id="totp-secret-label">
          {t('staffEnrol.secretLabel')}
        </p>
        <code
          aria-labelledby="totp-secret-label"
          data-testid="totp-secret"
          className="block rounded bg-canvas px-3 py-2 font-mono text-sm break-all"
        >
          {start.data.secret}
        </code>
      </section>
      <form onSubmit={onConfirm} className="space-y-4" noValidate>
        <p className="text-sm">{t('staffEnrol.step2')}</p>
        {confirm.isError && (
          <FormError id="totp-error">
            {wrong ? t('staffEnrol.wrong') : submitFailureMessage(t, confirm.error, 'staffEnrol.error')}
          </FormError>
        )}
        <TextField
          label={t('staffEnrol.code')}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]{6}"
          maxLength={6}
          required
          errorId={wrong ? 'totp-error' : undefined}
        />
        <Button type="submit" disabled={confirm.isPending}>
          {t('staffEnrol.submit')}
        </Button>
      </form>
    </div>
  );
}
