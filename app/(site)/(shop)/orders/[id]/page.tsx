import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import QRCode from 'qrcode';
import { OrderDetail } from '@/components/orders/order-detail';
import { getSessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/http/errors';
import { getI18n } from '@/lib/i18n/server';
import { getOrderForCaller } from '@/lib/orders/read-order';
import { dateTimeFormat, SHOP_TIME_ZONE } from '@/lib/i18n/formatters';
import { localizeOrders } from '@/lib/orders/localize-order';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ token?: string }> };

/** The order the caller may see, read once per request for both the title and the page. */
const loadOrder = cache(async (id: string, token: string | undefined) => {
  const db = await getDb();
  const [user, { locale }] = await Promise.all([getSessionUser(db), getI18n()]);
  const order = await getOrderForCaller(db, id, { user, token }).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  });
  return (await localizeOrders(db, [order], locale))[0]!;
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ id }, { token }, { t }] = await Promise.all([params, searchParams, getI18n()]);
  const order = await loadOrder(id, token);
  return { title: t('order.title', { number: order.number }), robots: { index: false } };
}

export default async function OrderPage({ params, searchParams }: Props) {
  const [{ id }, { token }, { t, intlLocale }] = await Promise.all([params, searchParams, getI18n()]);
  const order = await loadOrder(id, token);
  const qrSvgs = Object.fromEntries(
    await Promise.all(
      order.pickups.map(
        async (p) => [p.storeId, await QRCode.toString(p.code, { type: 'svg', margin: 1, width: 160 })] as const,
      ),
    ),
  );
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      <h1 className="text-3xl font-semibold tracking-tight">{t('order.title', { number: order.number })}</h1>
      <p className="mt-1 mb-6 text-sm text-muted">
        {t('order.placedOn', {
          date: dateTimeFormat(intlLocale, { dateStyle: 'long', timeZone: SHOP_TIME_ZONE }).format(
            new Date(order.placedAt),
          ),
        })}
      </p>
      <OrderDetail order={order} qrSvgs={qrSvgs} t={t} intlLocale={intlLocale} fresh={Boolean(token)} token={token} />
    </div>
  );
}
