'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState, type FormEvent } from 'react';
import { useSaveOffer, type OfferFields } from '@/lib/offers/admin-client';
import type { AdminOffer } from '@/lib/offers/admin-schema';
import type { OfferFormChoices } from '@/lib/offers/coverage';
import { fromShopLocal, toShopLocal } from '@/lib/offers/shop-time';
import { useI18n } from '@/lib/i18n/client';
import { BASE_MARKET, MARKETS, type MarketCode } from '@/lib/markets/markets';
import { majorUnitsText, parseMajorUnits } from '@/lib/money-input';
import { Button } from '@/components/ui/button';
import { FormError, TextField } from '@/components/ui/text-field';
import { offerFieldErrors, type OfferField } from './field-errors';
import { FieldError, RadioGroup, Section, SelectField } from './form-bits';
import { exampleAmount, MarketField } from './market-field';
import { TargetFields, type TargetState } from './target-fields';

const blank = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
/** A number field as the API takes it: empty is null, anything else a number (the server says if it is not whole). */
const numberOrNull = (v: FormDataEntryValue | null) => (String(v ?? '').trim() === '' ? null : Number(v));

/** Creates or edits an offer with every field of SPEC 3.4; the server's refusals are shown on their fields. */
export function OfferForm({ offer, choices }: { offer?: AdminOffer; choices: OfferFormChoices }) {
  const { t } = useI18n();
  const router = useRouter();
  const save = useSaveOffer();
  // One key for this form's create: a retry after a lost answer does not make a second offer.
  const idempotencyKey = useRef(crypto.randomUUID());
  const [withCode, setWithCode] = useState(offer ? offer.code !== null : false);
  const [discountType, setDiscountType] = useState<'percent' | 'fixed'>(offer?.discount.type ?? 'percent');
  const [target, setTarget] = useState<TargetState>({
    kind: offer?.target.kind ?? 'everywhere',
    storeId: offer?.target.kind === 'store' ? offer.target.storeId : '',
    radius: offer?.target.kind === 'store' ? String(offer.target.radiusMeters) : '1000',
    region: offer?.target.kind === 'region' ? offer.target.region : '',
  });
  const [market, setMarket] = useState<MarketCode>(offer?.market ?? BASE_MARKET);
  const currency = MARKETS[market].currency;
  const inMarket = (region: string) => MARKETS[market].countries.includes(region.slice(0, 2));
  const stores = choices.stores.filter((s) => s.market === market);
  // Amounts the browser could not read as money in the currency: told here, nothing sent.
  const [unreadable, setUnreadable] = useState<Partial<Record<OfferField, string>>>({});
  const errors = offerFieldErrors(save.error);
  const message = (f: OfferField) => unreadable[f] ?? (errors[f] ? t(errors[f]) : undefined);
  const errorId = (f: OfferField) => (message(f) ? `offer-${f}-error` : undefined);
  const chooseMarket = (next: MarketCode) => {
    setMarket(next);
    // A store or region of the market left behind is no target in the new one.
    const keepsStore = choices.stores.some((s) => s.id === target.storeId && s.market === next);
    const keepsRegion = MARKETS[next].countries.includes(target.region.slice(0, 2));
    setTarget({ ...target, storeId: keepsStore ? target.storeId : '', region: keepsRegion ? target.region : '' });
  };
  const summary = save.isError
    ? Object.keys(errors).length > 0
      ? t('staffOffers.failed')
      : t('staffOffers.failedOther')
    : null;

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const get = (name: string) => String(f.get(name) ?? '').trim();
    const misread: Partial<Record<OfferField, string>> = {};
    /** Major units typed ("12.90") as minor units; empty is null. */
    const amountOf = (name: string, field: OfferField) => {
      if (get(name) === '') return null;
      const amount = parseMajorUnits(get(name), currency);
      if (amount === null) misread[field] = t('staffOffers.error_amountFormat', { currency, example: exampleAmount(currency) });
      return amount;
    };
    const value = discountType === 'percent' ? (numberOrNull(f.get('discountValue')) ?? 0) : (amountOf('discountValue', 'discount') ?? 0);
    const minSubtotal = amountOf('minSubtotal', 'minSubtotal');
    setUnreadable(misread);
    if (Object.keys(misread).length > 0) return;
    const categoryIds = f.getAll('categoryIds').map(String);
    const fields: OfferFields = {
      market,
      title: get('title'),
      description: get('description'),
      code: withCode ? get('code') : null,
      discount:
        discountType === 'percent'
          ? { type: 'percent', percent: value }
          : { type: 'fixed', amount: { amount: value, currency } },
      startsAt: fromShopLocal(get('startsAt')),
      endsAt: get('endsAt') ? fromShopLocal(get('endsAt')) : null,
      channels: get('channels') as OfferFields['channels'],
      audience: get('audience') as OfferFields['audience'],
      minSubtotal: minSubtotal === null ? null : { amount: minSubtotal, currency },
      categoryIds: categoryIds.length > 0 ? categoryIds : null,
      usageLimit: numberOrNull(f.get('usageLimit')),
      perCustomerLimit: numberOrNull(f.get('perCustomerLimit')),
      target:
        target.kind === 'store'
          ? { kind: 'store', storeId: target.storeId, radiusMeters: Number(target.radius) }
          : target.kind === 'region'
            ? { kind: 'region', region: target.region }
            : { kind: 'everywhere' },
      listed: f.get('listed') === 'on',
    };
    save.submit(
      { id: offer?.id, fields, idempotencyKey: idempotencyKey.current },
      {
        onSuccess: ({ offer: saved }) => {
          router.push(`/staff/offers?saved=${encodeURIComponent(saved.id)}`);
          router.refresh();
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-5">
      {summary && <FormError>{summary}</FormError>}
      <Section legend={t('staffOffers.sectionMarket')}>
        <MarketField value={market} onChange={chooseMarket} error={message('market')} />
      </Section>
      <Section legend={t('staffOffers.sectionBasics')}>
        <TextField
          label={t('staffOffers.fieldTitle')}
          name="title"
          defaultValue={offer?.title}
          maxLength={120}
          required
          className="sm:col-span-2"
          errorId={errorId('title')}
        />
        <FieldError id="offer-title-error" message={message('title')} />
        <label className="block text-sm sm:col-span-2">
          <span className="mb-1 block font-medium">{t('staffOffers.fieldDescription')}</span>
          <textarea
            name="description"
            defaultValue={offer?.description}
            maxLength={500}
            rows={3}
            required
            aria-invalid={errors.description ? true : undefined}
            aria-describedby={errorId('description')}
            className="w-full rounded-lg border border-line bg-white px-3 py-2.5 aria-invalid:border-red-700"
          />
        </label>
        <FieldError id="offer-description-error" message={message('description')} />
        <label className="flex min-h-11 items-center gap-2 text-sm sm:col-span-2">
          <input type="checkbox" name="listed" defaultChecked={offer?.listed ?? true} className="size-5" />
          {t('staffOffers.fieldListed')}
        </label>
      </Section>

      <Section legend={t('staffOffers.sectionDiscount')}>
        <RadioGroup
          legend={t('staffOffers.fieldHowApplied')}
          name="applied"
          value={withCode ? 'code' : 'automatic'}
          onChange={(v) => setWithCode(v === 'code')}
          options={[
            { value: 'automatic', label: t('staffOffers.appliedAutomatic') },
            { value: 'code', label: t('staffOffers.appliedCode') },
          ]}
        />
        {withCode && (
          <>
            <TextField
              label={t('staffOffers.fieldCode')}
              name="code"
              defaultValue={offer?.code ?? ''}
              hint={t('staffOffers.codeHint')}
              autoCapitalize="characters"
              maxLength={40}
              className="sm:col-span-2"
              errorId={errorId('code')}
            />
            <FieldError id="offer-code-error" message={message('code')} />
          </>
        )}
        <RadioGroup
          legend={t('staffOffers.fieldDiscountType')}
          name="discountType"
          value={discountType}
          onChange={setDiscountType}
          options={[
            { value: 'percent', label: t('staffOffers.discountPercent') },
            { value: 'fixed', label: t('staffOffers.discountFixed', { currency }) },
          ]}
        />
        {discountType === 'percent' ? (
          <TextField
            key="percent"
            label={t('staffOffers.fieldPercent')}
            name="discountValue"
            type="number"
            inputMode="numeric"
            min={1}
            max={100}
            step={1}
            defaultValue={offer?.discount.type === 'percent' ? offer.discount.percent : undefined}
            errorId={errorId('discount')}
          />
        ) : (
          <TextField
            key="fixed"
            label={t('staffOffers.fieldAmount', { currency })}
            name="discountValue"
            inputMode="decimal"
            autoComplete="off"
            hint={t('staffOffers.amountHint', { currency, example: exampleAmount(currency) })}
            defaultValue={
              offer?.discount.type === 'fixed'
                ? majorUnitsText(offer.discount.amount.amount, offer.discount.amount.currency)
                : undefined
            }
            errorId={errorId('discount')}
          />
        )}
        <FieldError id="offer-discount-error" message={message('discount')} />
      </Section>

      <Section legend={t('staffOffers.sectionWhen')}>
        <TextField
          label={t('staffOffers.fieldStartsAt')}
          name="startsAt"
          type="datetime-local"
          defaultValue={toShopLocal(offer?.startsAt ?? null)}
          required
          errorId={errorId('startsAt')}
        />
        <TextField
          label={t('staffOffers.fieldEndsAt')}
          name="endsAt"
          type="datetime-local"
          defaultValue={toShopLocal(offer?.endsAt ?? null)}
          hint={t('staffOffers.endsAtHint')}
          errorId={errorId('endsAt')}
        />
        <FieldError id="offer-startsAt-error" message={message('startsAt')} />
        <FieldError id="offer-endsAt-error" message={message('endsAt')} />
        <ChannelAudience offer={offer} />
      </Section>

      <Section legend={t('staffOffers.sectionWho')}>
        <TextField
          label={t('staffOffers.fieldMinSubtotal', { currency })}
          name="minSubtotal"
          inputMode="decimal"
          autoComplete="off"
          defaultValue={offer?.minSubtotal ? majorUnitsText(offer.minSubtotal.amount, offer.minSubtotal.currency) : ''}
          hint={t('staffOffers.minSubtotalHint')}
          errorId={errorId('minSubtotal')}
        />
        <FieldError id="offer-minSubtotal-error" message={message('minSubtotal')} />
        <TextField
          label={t('staffOffers.fieldUsageLimit')}
          name="usageLimit"
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          defaultValue={blank(offer?.usageLimit)}
          hint={t('staffOffers.usageLimitHint')}
          errorId={errorId('usageLimit')}
        />
        <TextField
          label={t('staffOffers.fieldPerCustomerLimit')}
          name="perCustomerLimit"
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          defaultValue={blank(offer?.perCustomerLimit)}
          hint={t('staffOffers.perCustomerHint')}
          errorId={errorId('perCustomerLimit')}
        />
        <FieldError id="offer-usageLimit-error" message={message('usageLimit')} />
        <FieldError id="offer-perCustomerLimit-error" message={message('perCustomerLimit')} />
        <fieldset className="sm:col-span-2" aria-describedby={errorId('categoryIds') ?? 'offer-categories-hint'}>
          <legend className="mb-1 text-sm font-medium">{t('staffOffers.fieldCategories')}</legend>
          <p id="offer-categories-hint" className="mb-1 text-xs text-muted">
            {t('staffOffers.categoriesHint')}
          </p>
          <div className="grid grid-cols-2 gap-x-4 sm:grid-cols-3">
            {choices.categories.map((c) => (
              <label key={c.id} className="flex min-h-11 items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="categoryIds"
                  value={c.id}
                  defaultChecked={offer?.categoryIds?.includes(c.id)}
                  className="size-5"
                />
                {c.name}
              </label>
            ))}
          </div>
        </fieldset>
        <FieldError id="offer-categoryIds-error" message={message('categoryIds')} />
      </Section>

      <TargetFields
        value={target}
        onChange={setTarget}
        stores={stores}
        regions={choices.regions.filter((r) => inMarket(r.code))}
        error={message('target')}
      />

      <div>
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? t('staffOffers.saving') : offer ? t('staffOffers.save') : t('staffOffers.create')}
        </Button>
      </div>
    </form>
  );
}

function ChannelAudience({ offer }: { offer?: AdminOffer }) {
  const { t } = useI18n();
  const [channels, setChannels] = useState<string>(offer?.channels ?? 'both');
  const [audience, setAudience] = useState<string>(offer?.audience ?? 'everyone');
  return (
    <>
      <SelectField label={t('staffOffers.fieldChannels')} name="channels" value={channels} onChange={setChannels}>
        {(['both', 'online', 'store'] as const).map((c) => (
          <option key={c} value={c}>
            {t(`staffOffers.channel_${c}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('staffOffers.fieldAudience')} name="audience" value={audience} onChange={setAudience}>
        {(['everyone', 'first_order', 'returning'] as const).map((a) => (
          <option key={a} value={a}>
            {t(`staffOffers.audience_${a}`)}
          </option>
        ))}
      </SelectField>
    </>
  );
}
