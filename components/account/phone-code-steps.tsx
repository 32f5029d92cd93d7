'use client';

import { useState, type FormEvent, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { FormError, TextField } from '@/components/ui/text-field';
import { useSubmit } from '@/lib/http/use-submit';
import { useI18n } from '@/lib/i18n/client';
import { phoneProblem, useCountdown, useSendPhoneCode, type PhoneProblem } from '@/lib/phone/client';

const quiet = 'text-sm font-medium underline disabled:no-underline disabled:opacity-60';

/**
 * The two steps every phone proof shares: the number, then the code texted to it (with a
 * resend that waits out the cool-down). `onCode` does the rest and names any problem.
 */
export function PhoneCodeSteps(props: {
  purpose: 'link' | 'sign_in';
  submitLabel: string;
  extraFields?: ReactNode;
  onCode: (phone: string, code: string, form: FormData) => Promise<PhoneProblem | null>;
}) {
  const { t } = useI18n();
  const [phone, setPhone] = useState<string | null>(null);
  const [resendAt, setResendAt] = useState(0);
  const [problem, setProblem] = useState<PhoneProblem | null>(null);
  const sendCode = useSendPhoneCode();
  const checkCode = useSubmit({
    mutationFn: (input: { phone: string; code: string; form: FormData }) =>
      props.onCode(input.phone, input.code, input.form),
  });
  const pending = sendCode.isPending || checkCode.isPending;
  const wait = useCountdown(resendAt);

  const send = (number: string) => {
    setProblem(null);
    sendCode.submit(
      { phone: number, purpose: props.purpose },
      {
        onSuccess: (sent) => {
          setPhone(number);
          setResendAt(Date.now() + sent.resendAfterSeconds * 1000);
        },
        onError: (error) => setProblem(phoneProblem(error)),
      },
    );
  };

  const onPhone = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    send(String(new FormData(e.currentTarget).get('phone') ?? '').trim());
  };

  const onCode = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setProblem(null);
    checkCode.submit(
      { phone: phone!, code: String(form.get('code') ?? '').trim(), form },
      // A dropped connection is a problem to show too, never a button left busy.
      { onSuccess: setProblem, onError: (error) => setProblem(phoneProblem(error)) },
    );
  };

  const alert = problem && (
    <FormError>
      {t(problem.key, problem.vars)}
      {problem.vars?.attemptsLeft !== undefined && ` ${t('phone.attemptsLeft', { count: problem.vars.attemptsLeft })}`}
    </FormError>
  );

  if (!phone) {
    return (
      <form onSubmit={onPhone} className="space-y-4">
        {alert}
        <TextField
          label={t('phone.phoneLabel')}
          hint={t('phone.phoneHint')}
          name="phone"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          required
        />
        <Button type="submit" disabled={pending} className="w-full">
          {pending ? t('account.working') : t('phone.sendCode')}
        </Button>
      </form>
    );
  }

  return (
    <div className="space-y-4">
      <p role="status" className="rounded-lg border border-line bg-white px-4 py-3 text-sm">
        {t('phone.codeSent', { phone })}
      </p>
      <form onSubmit={onCode} className="space-y-4">
        {alert}
        <TextField
          label={t('phone.codeLabel')}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]{6}"
          maxLength={6}
          required
          className="[&_input]:font-mono [&_input]:text-lg [&_input]:tracking-[0.4em]"
        />
        {props.extraFields}
        <Button type="submit" disabled={pending} className="w-full">
          {pending ? t('account.working') : props.submitLabel}
        </Button>
      </form>
      <div className="flex flex-wrap justify-between gap-3">
        <button type="button" className={quiet} disabled={pending || wait > 0} onClick={() => send(phone)}>
          {wait > 0 ? t('phone.resendIn', { seconds: wait }) : t('phone.resend')}
        </button>
        <button
          type="button"
          className={quiet}
          onClick={() => {
            setPhone(null);
            setProblem(null);
          }}
        >
          {t('phone.otherNumber')}
        </button>
      </div>
    </div>
  );
}
