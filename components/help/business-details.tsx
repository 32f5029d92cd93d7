import type { Locale, Translate } from '@/lib/i18n/translate';
import { BUSINESS } from '@/lib/legal/business';

/** 사업자 정보: what a Korean shop shows of the business behind it, with the customer centre's contacts. */
export function BusinessDetails({ t, locale, compact = false }: { t: Translate; locale: Locale; compact?: boolean }) {
  const rows: [string, React.ReactNode][] = [
    [t('help.company'), BUSINESS.company[locale]],
    [t('help.representative'), BUSINESS.representative[locale]],
    [t('help.registration'), BUSINESS.registrationNumber],
    [t('help.mailOrder'), BUSINESS.mailOrderNumber[locale]],
    [t('help.address'), BUSINESS.address[locale]],
    [
      t('help.phone'),
      <a key="phone" href={BUSINESS.phoneHref} className="underline">
        {BUSINESS.phone}
      </a>,
    ],
    [
      t('help.email'),
      <a key="email" href={`mailto:${BUSINESS.email}`} className="underline">
        {BUSINESS.email}
      </a>,
    ],
    ...(compact
      ? []
      : ([
          [t('help.hours'), BUSINESS.hours[locale]],
          [t('help.privacyOfficer'), `${BUSINESS.privacyOfficer[locale]} · ${BUSINESS.privacyEmail}`],
        ] as [string, React.ReactNode][])),
  ];
  return (
    <dl
      className={
        compact ? 'flex flex-wrap gap-x-4 gap-y-1' : 'divide-y divide-line rounded-xl border border-line bg-white'
      }
    >
      {rows.map(([label, value]) =>
        compact ? (
          <div key={label} className="flex gap-1">
            <dt className="shrink-0">{label + t('site.colon').trim()}</dt>
            <dd>{value}</dd>
          </div>
        ) : (
          <div key={label} className="grid gap-1 px-5 py-3 sm:grid-cols-[14rem_1fr]">
            <dt className="text-sm text-muted">{label}</dt>
            <dd className="text-sm">{value}</dd>
          </div>
        ),
      )}
    </dl>
  );
}
