import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Metadata } from 'next';
import { SetPasswordForm } from '@/components/staff/set-password-form';
import { getDb } from '@/lib/db';
import { staffMembers, staffPasswordTokens } from '@/lib/db/schema';
import { getI18n } from '@/lib/i18n/server';
import { hashStaffToken } from '@/lib/staff/sessions';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('staffSetPassword.title'), referrer: 'no-referrer' };
}

type Props = { searchParams: Promise<{ token?: string | string[] }> };

/** The page of a one-time link: says whose password it sets, or that the link no longer works. */
export default async function SetPasswordPage({ searchParams }: Props) {
  const { t } = await getI18n();
  const raw = (await searchParams).token;
  const token = typeof raw === 'string' && /^[A-Za-z0-9_-]{43}$/.test(raw) ? raw : null;
  const [link] = token
    ? await (
        await getDb()
      )
        .select({ email: staffMembers.email })
        .from(staffPasswordTokens)
        .innerJoin(staffMembers, eq(staffMembers.id, staffPasswordTokens.staffId))
        .where(
          and(
            eq(staffPasswordTokens.tokenHash, hashStaffToken(token)),
            isNull(staffPasswordTokens.usedAt),
            gt(staffPasswordTokens.expiresAt, new Date()),
            isNull(staffMembers.removedAt),
          ),
        )
    : [];
  return (
    <div className="mx-auto max-w-md rounded-2xl border border-line bg-white p-6 shadow-sm sm:p-8">
      <h1 className="text-2xl font-semibold">{t('staffSetPassword.title')}</h1>
      {!token ? (
        <p className="mt-4">{t('staffSetPassword.missing')}</p>
      ) : !link ? (
        <p className="mt-4">{t('staffSetPassword.invalid')}</p>
      ) : (
        <>
          <p className="mt-1 mb-6 text-sm text-muted">{t('staffSetPassword.intro', { email: link.email })}</p>
          <SetPasswordForm token={token} />
        </>
      )}
    </div>
  );
}
