import Link from 'next/link';
import { formatDistance } from '@/lib/geo/distance';
import { regionName } from '@/lib/geo/regions';
import { formatDateTime, SHOP_TIME_ZONE } from '@/lib/i18n/formatters';
import type { Locale, Translate } from '@/lib/i18n/translate';
import { formatMoney } from '@/lib/money';
import type { AdminOffer } from '@/lib/offers/admin-schema';
import { EndOfferButton } from './end-offer-button';

const STATUS_LOOK: Record<AdminOffer['status'], string> = {
  active: 'bg-green-100 text-green-900',
  scheduled: 'bg-amber-100 text-amber-900',
  ended: 'bg-stone-200 text-stone-800',
};

type Words = { t: Translate; intlLocale: string; locale: Locale; storeNames: ReadonlyMap<string, string> };

/** Every offer as a table: what it is, its status, where it applies, its dates and its uses so far. */
export function OfferList({ offers, words }: { offers: AdminOffer[]; words: Words }) {
  const { t } = words;
  if (offers.length === 0) return <p className="text-muted">{t('staffOffers.empty')}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-white">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-line bg-canvas">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              {t('staffOffers.colOffer')}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t('staffOffers.colStatus')}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t('staffOffers.colTarget')}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t('staffOffers.colDates')}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t('staffOffers.colUsage')}
            </th>
            <td />
          </tr>
        </thead>
        <tbody>
          {offers.map((o) => (
            <OfferRow key={o.id} offer={o} words={words} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function OfferRow({ offer: o, words }: { offer: AdminOffer; words: Words }) {
  const { t, intlLocale, locale, storeNames } = words;
  const date = (iso: string) =>
    formatDateTime(intlLocale, { dateStyle: 'medium', timeStyle: 'short', timeZone: SHOP_TIME_ZONE }, new Date(iso));
  const where =
    o.target.kind === 'store'
      ? t('offers.reasonNear', {
          distance: formatDistance(o.target.radiusMeters, intlLocale),
          store: storeNames.get(o.target.storeId) ?? o.target.storeId,
        })
      : o.target.kind === 'region'
        ? regionName(o.target.region, locale)
        : t('staffOffers.target_everywhere');
  return (
    <tr className="border-b border-line align-top last:border-0">
      <th scope="row" className="px-3 py-3 font-normal">
        <Link
          prefetch={false}
          href={`/staff/offers/${o.id}`}
          className="font-medium underline"
          aria-label={t('staffOffers.edit', { title: o.title })}
        >
          {o.title}
        </Link>
        <span className="mt-1 block text-xs text-muted">
          {o.code ?? t('staffOffers.automatic')} · {t(`staffOffers.channel_${o.channels}`)} ·{' '}
          {t(`staffOffers.audience_${o.audience}`)}
        </span>
      </th>
      <td className="px-3 py-3">
        <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_LOOK[o.status]}`}>
          {t(`staffOffers.status_${o.status}`)}
        </span>
      </td>
      <td className="px-3 py-3">
        {o.market} · {where}
      </td>
      <td className="px-3 py-3">
        {o.endsAt
          ? t('staffOffers.fromUntil', { from: date(o.startsAt), until: date(o.endsAt) })
          : t('staffOffers.from', { date: date(o.startsAt) })}
      </td>
      <td className="px-3 py-3">
        {t('staffOffers.usage', {
          count: o.usage.redemptions,
          online: o.usage.online,
          store: o.usage.store,
          amount: formatMoney(o.usage.discounted, intlLocale),
        })}
        {o.usageLimit !== null && (
          <span className="block text-xs text-muted">
            {t('staffOffers.usageOfLimit', { count: o.usage.redemptions, limit: o.usageLimit })}
          </span>
        )}
      </td>
      <td className="px-3 py-3">{o.status !== 'ended' && <EndOfferButton id={o.id} title={o.title} />}</td>
    </tr>
  );
}
