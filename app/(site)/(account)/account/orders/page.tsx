import type { Metadata } from 'next';
import { LocaleLink } from '@/components/i18n/locale-link';
import { OrderList } from '@/components/orders/order-list';
import { getSessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { getI18n } from '@/lib/i18n/server';
import { redirectToSignIn } from '@/lib/i18n/sign-in-redirect';
import { listOrdersForUser } from '@/lib/orders/read-order';
import { orderListQuerySchema } from '@/lib/orders/schema';
import { localizeOrders } from '@/lib/orders/localize-order';

export const metadata: Metadata = { robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccountOrdersPage({ searchParams }: Props) {
  const db = await getDb();
  const [{ t, intlLocale, locale }, user, query] = await Promise.all([getI18n(), getSessionUser(db), searchParams]);
  if (!user) return redirectToSignIn('/account/orders');
  const channel = orderListQuerySchema.safeParse(query).data?.channel;
  const orders = await localizeOrders(db, await listOrdersForUser(db, user, { channel }), locale);
  const filters = [
    { value: undefined, label: t('order.filterAll') },
    { value: 'online', label: t('order.channelOnline') },
    { value: 'store', label: t('order.channelStore') },
  ] as const;
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      <h1 className="mb-6 text-3xl font-semibold tracking-tight">{t('order.yourOrders')}</h1>
      <nav aria-label={t('order.filterLabel')} className="mb-6 flex gap-2">
        {filters.map((f) => {
          const current = f.value === channel;
          return (
            <LocaleLink
              key={f.label}
              href={f.value ? `/account/orders?channel=${f.value}` : '/account/orders'}
              aria-current={current ? 'page' : undefined}
              className={`rounded-full border px-4 py-1.5 text-sm font-medium ${current ? 'border-ink bg-ink text-white' : 'border-line bg-white'}`}
            >
              {f.label}
            </LocaleLink>
          );
        })}
      </nav>
      {!user.phone && (
        <p className="mb-6 rounded-lg border border-line bg-white px-4 py-3 text-sm">
          {t('order.linkPhonePrompt')}{' '}
          <LocaleLink href="/account/phone" className="font-medium underline">
            {t('account.linkPhone')}
          </LocaleLink>
        </p>
      )}
      {orders.length === 0 ? (
        <p className="text-muted">
          {channel === 'store' && user.phone ? t('order.noStoreOrders') : t('order.noOrders')}
        </p>
      ) : (
        <OrderList orders={orders} t={t} intlLocale={intlLocale} />
      )}
    </div>
  );
}
