import { useI18n } from '@/lib/i18n/client';
import { MARKET_CODES, MARKETS, type MarketCode } from '@/lib/markets/markets';
import { FieldError, SelectField } from './form-bits';

/** An example amount in the currency's own shape, for the hints: "15000" won, "12.90" dollars. */
export function exampleAmount(currency: string): string {
  return currency === 'KRW' ? '15000' : currency === 'JPY' ? '1500' : '12.90';
}

/** Which market the offer runs in: it sets the currency of every amount and which stores and regions it may target. */
export function MarketField({
  value,
  onChange,
  error,
}: {
  value: MarketCode;
  onChange: (market: MarketCode) => void;
  error?: string;
}) {
  const { t } = useI18n();
  return (
    <>
      <SelectField
        label={t('staffOffers.fieldMarket')}
        name="market"
        value={value}
        onChange={(v) => onChange(v as MarketCode)}
        invalid={error ? 'offer-market-error' : undefined}
      >
        {MARKET_CODES.map((code) => (
          <option key={code} value={code}>
            {t('staffOffers.marketOption', { market: code, currency: MARKETS[code].currency })}
          </option>
        ))}
      </SelectField>
      <p className="self-end pb-3 text-xs text-muted">{t('staffOffers.marketHint')}</p>
      <FieldError id="offer-market-error" message={error} />
    </>
  );
}
