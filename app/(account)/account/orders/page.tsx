import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getSessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { getI18n } from '@/lib/i18n/server';
import { formatMoney } from '@/lib/money';
import { listOrdersForUser } from '@/lib/orders/read-order';

export const metadata: Metadata = { robots: { index: false } };

export default async function AccountOrdersPage() {
  const db = await getDb();
  const [{ t, intlLocale }, user] = await Promise.all([getI18n(), getSessionUser(db)]);
  if (!user) redirect('/account/sign-in?callbackUrl=/account/orders');
  const orders = await listOrdersForUser(db, user.id);
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      <h1 className="mb-6 text-3xl font-semibold tracking-tight">{t('order.yourOrders')}</h1>
      {orders.length === 0 ? (
        <p className="text-muted">{t('order.noOrders')}</p>
      ) : (
        <ul className="divide-y divide-line border-y border-line">
          {orders.map((o) => (
            <li key={o.id} className="flex items-center justify-between gap-4 py-4 text-sm">
              <div>
                <Link
                  href={`/orders/${o.id}`}
                  className="font-medium underline"
                  aria-label={t('order.view', { number: o.number })}
                >
                  {o.number}
                </Link>
                <p className="text-muted">
                  {new Intl.DateTimeFormat(intlLocale, { dateStyle: 'medium', timeZone: 'Asia/Seoul' }).format(
                    new Date(o.placedAt),
                  )}
                  {o.pickup ? ` · ${t('order.pickupAt', { store: o.pickup.storeName })}` : ''}
                </p>
              </div>
              <span>{formatMoney(o.total, intlLocale)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
