import type { Metadata } from 'next';
import { headers } from 'next/headers';
import QRCode from 'qrcode';
import { OrderDetail } from '@/components/orders/order-detail';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/http/errors';
import { readEnv } from '@/lib/env';
import { clientAddress } from '@/lib/http/client-address';
import { getI18n } from '@/lib/i18n/server';
import { lookUpGuestOrder } from '@/lib/orders/read-order';
import { orderLookupQuerySchema, type Order } from '@/lib/orders/schema';
import { TextField, FormError } from '@/components/ui/text-field';
import { Button } from '@/components/ui/button';
import { localizeOrders } from '@/lib/orders/localize-order';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('order.lookupTitle'), robots: { index: false } };
}

type Props = { searchParams: Promise<{ number?: string; email?: string }> };

/** A guest finds an order by its number and e-mail; the same answer for a wrong number or e-mail. */
export default async function OrderLookupPage({ searchParams }: Props) {
  const [{ t, intlLocale, locale }, query] = await Promise.all([getI18n(), searchParams]);
  const parsed = orderLookupQuerySchema.safeParse(query);
  let order: Order | null = null;
  let problem: 'order.lookupNotFound' | 'order.lookupTooMany' | null = null;
  if (parsed.success) {
    const address = clientAddress(await headers(), readEnv());
    try {
      const db = await getDb();
      const found = await lookUpGuestOrder(db, { ...parsed.data, clientAddress: address, now: new Date() });
      order = (await localizeOrders(db, [found], locale))[0]!;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      problem = error.code === 'rate_limited' ? 'order.lookupTooMany' : 'order.lookupNotFound';
    }
  }
  const qrSvgs = order
    ? Object.fromEntries(
        await Promise.all(
          order.pickups.map(
            async (p) => [p.storeId, await QRCode.toString(p.code, { type: 'svg', margin: 1 })] as const,
          ),
        ),
      )
    : {};
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      <h1 className="mb-6 text-3xl font-semibold tracking-tight">
        {order ? t('order.title', { number: order.number }) : t('order.lookupTitle')}
      </h1>
      {order ? (
        <OrderDetail order={order} qrSvgs={qrSvgs} t={t} intlLocale={intlLocale} fresh={false} />
      ) : (
        <form method="get" className="max-w-md space-y-4">
          {problem && <FormError id="lookup-error">{t(problem)}</FormError>}
          <TextField
            label={t('order.lookupNumber')}
            name="number"
            required
            defaultValue={query.number}
            errorId={problem === 'order.lookupNotFound' ? 'lookup-error' : undefined}
            placeholder="AI-261124-7KQ2M"
          />
          <TextField
            label={t('order.lookupEmail')}
            name="email"
            type="email"
            required
            defaultValue={query.email}
            errorId={problem === 'order.lookupNotFound' ? 'lookup-error' : undefined}
          />
          <Button type="submit">{t('order.lookupSubmit')}</Button>
        </form>
      )}
    </div>
  );
}
