'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useI18n } from '@/lib/i18n/client';
import { phoneProblem, useUnlinkPhone, useVerifyPhoneCode } from '@/lib/phone/client';
import { PhoneCodeSteps } from './phone-code-steps';
import { Button } from '@/components/ui/button';

/** Link a phone by code, or unlink it; the page re-renders with the account's new state. */
export function PhoneLink({ linked }: { linked: string | null }) {
  const { t } = useI18n();
  const router = useRouter();
  const [done, setDone] = useState<'verified' | 'unlinked' | null>(null);
  const unlink = useUnlinkPhone();
  const verify = useVerifyPhoneCode();

  return (
    <div className="space-y-6">
      {done && (
        <p role="status" className="rounded-lg bg-green-50 px-4 py-3 text-sm text-ok">
          {t(done === 'verified' ? 'phone.verified' : 'phone.unlinked')}
        </p>
      )}
      {linked ? (
        <div className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-line bg-white p-4">
          <p className="font-medium">{t('phone.linkedAs', { phone: linked })}</p>
          <Button
            type="button"
            variant="outline"
            size="md"
            disabled={unlink.isPending}
            onClick={() =>
              unlink.submit(undefined, {
                onSuccess: () => {
                  setDone('unlinked');
                  router.refresh();
                },
              })
            }
          >
            {t('phone.unlink')}
          </Button>
          {unlink.isError && (
            <p role="alert" className="w-full text-sm text-red-800">
              {t(phoneProblem(unlink.error).key)}
            </p>
          )}
        </div>
      ) : (
        <p className="text-muted">{t('phone.notLinked')}</p>
      )}
      {!linked && (
        <section aria-label={t('account.linkPhone')} className="rounded-xl border border-line bg-white p-5">
          <PhoneCodeSteps
            purpose="link"
            submitLabel={t('phone.verify')}
            onCode={async (phone, code) => {
              try {
                await verify.submitAsync({ phone, code });
                setDone('verified');
                router.refresh();
                return null;
              } catch (error) {
                return phoneProblem(error);
              }
            }}
          />
          <p className="mt-4 text-xs text-muted">{t('phone.replaceHint')}</p>
        </section>
      )}
    </div>
  );
}
