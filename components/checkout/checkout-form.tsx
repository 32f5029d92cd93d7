'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useCart } from '@/lib/cart/client';
import { cartEtag } from '@/lib/cart/etag';
import type { Cart } from '@/lib/cart/schema';
import { networkFailure } from '@/lib/http/use-submit';
import { useI18n } from '@/lib/i18n/client';
import { TaxLine } from '@/components/cart/tax-line';
import { marketOf } from '@/lib/markets/markets';
import { addedTax, taxOf } from '@/lib/markets/tax';
import { US_STATES } from '@/lib/markets/us-sales-tax';
import { formatMoney } from '@/lib/money';
import { checkoutRefusal, usePlaceOrder, type CheckoutInput, type CheckoutRefusal } from '@/lib/orders/client';
import { TextField, FormError } from '@/components/ui/text-field';
import { errorFields } from '@/lib/http/error-fields';
import { Button } from '@/components/ui/button';
import { SavedAddresses } from './saved-addresses';
import { saveAddress } from '@/lib/addresses/client';
import { deliveryName } from '@/lib/delivery/format';
import { DeliveryChoice } from './delivery-choice';

type Translate = ReturnType<typeof useI18n>['t'];
type ShipCountry = 'KR' | 'JP' | 'SG' | 'US';
/** The postal code pattern the browser checks, as the server does (lib/orders/schema.ts). */
const POSTAL_PATTERNS: Record<ShipCountry, string> = {
  KR: '\\d{5}',
  JP: '\\d{3}-?\\d{4}',
  SG: '\\d{6}',
  US: '\\d{5}(-\\d{4})?',
};

/** The refusal of a pickup past what one shopper may hold, in the shopper's words. */
function reservationLimitMessage(t: Translate, refusal: CheckoutRefusal) {
  const limits = refusal.limits;
  if (!limits) return refusal.message || t('checkout.failed');
  const params = { lines: limits.lines, units: limits.units, perItem: limits.unitsPerItem };
  if (refusal.scope === 'address') return t('checkout.reservationLimitAddress');
  if (refusal.delivery) return t('checkout.reservationLimitUnpaid', params);
  return t(refusal.scope === 'contact' ? 'checkout.reservationLimitHeld' : 'checkout.reservationLimit', params);
}

/** Why the order was not placed, in the shopper's words; with no answer, that it may be sent again safely. */
function refusalMessage(t: Translate, intlLocale: string, error: unknown): string {
  const failure = networkFailure(error);
  if (failure) return t(failure === 'offline' ? 'checkout.offline' : 'checkout.unreachable');
  const refusal = checkoutRefusal(error);
  switch (refusal.code) {
    case 'offers_changed':
      return t('offers.offersChanged', {
        details: refusal.total ? formatMoney(refusal.total, intlLocale) : refusal.message,
      });
    case 'insufficient_stock':
      return t('checkout.shortStock', { skus: (refusal.lines ?? []).map((l) => l.sku).join(', ') });
    case 'reservation_limit':
      return reservationLimitMessage(t, refusal);
    case 'payment_declined':
      return t('checkout.declined');
    case 'cart_empty':
      return t('checkout.emptyBag');
    default:
      return t('checkout.failed');
  }
}

export function CheckoutForm({
  email,
  storeNames,
  signedIn = false,
}: {
  email?: string;
  storeNames: Record<string, string>;
  /** A signed-in shopper chooses from, and saves to, the address book. */
  signedIn?: boolean;
}) {
  const { t, intlLocale } = useI18n();
  const router = useRouter();
  const { data } = useCart();
  // One key per attempt at this order (lib/orders/client.ts): a double click or a retry cannot place it twice.
  const place = usePlaceOrder();
  // The bag as it was sent: while it is on its way, or no answer said what became of it, it stays
  // on screen, so a second press sends the same order again (the first may have emptied the bag).
  const [sent, setSent] = useState<Cart | null>(null);
  const [method, setMethod] = useState<'pay_at_pickup' | 'test_card'>('pay_at_pickup');
  const [collector, setCollector] = useState<'self' | 'someone_else'>('self');
  const [deliveryChoice, setDeliveryChoice] = useState<string | null>(null);
  // US deliveries: the state, whose sales tax the total includes.
  const [usState, setUsState] = useState('');
  const error = place.isError ? refusalMessage(t, intlLocale, place.error) : null;
  // A placed order stays "placing" while the order page loads: the emptied bag is not shown meanwhile.
  const pending = place.isPending || place.isSuccess;
  const errorRef = useRef<HTMLDivElement>(null);
  // Each field the refusal names is marked invalid and points at the message (dot paths of the body).
  const wrong = errorFields(place.error);
  const errorId = (path: string) => (error && wrong.has(path) ? 'checkout-error' : undefined);
  const formRef = useRef<HTMLFormElement>(null);
  const [saveFailed, setSaveFailed] = useState(false);
  // A saved address fills the delivery fields (the contact phone only when it is empty).
  const fillAddress = (fields: Record<string, string> | null) => {
    const form = formRef.current;
    if (!form) return;
    for (const name of ['name', 'line1', 'line2', 'city', 'postalCode', 'phone']) {
      const input = form.elements.namedItem(name);
      if (!(input instanceof HTMLInputElement)) continue;
      if (name === 'phone' && (input.value || !fields)) continue;
      input.value = fields?.[name] ?? '';
    }
  };
  // The button is at the foot of a long bag, the answer at the head of the form: bring it into view.
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);
  const cart = (pending || place.failure) && sent ? sent : data?.cart;
  const hasShip = Boolean(cart?.lines.some((l) => l.fulfillment.type === 'ship'));
  const hasPickup = Boolean(cart?.lines.some((l) => l.fulfillment.type === 'pickup'));
  const payMethod = hasShip ? 'test_card' : method;
  // Delivered within the bag's market: its country (each market serves one).
  const country = (cart ? marketOf(cart.market).countries[0] : 'KR') as ShipCountry;
  const delivery = cart?.delivery ?? null;
  const chosen =
    delivery?.options.find((o) => o.option === deliveryChoice) ??
    delivery?.options.find((o) => o.option === delivery.option);
  // The bag's total includes its first option and its tax; the option chosen here replaces that
  // fee, and the tax is worked out again as checkout will (US: by the state chosen).
  const chosenFee = chosen?.fee.amount ?? 0;
  const tax = cart
    ? taxOf(
        cart.market,
        {
          goods: cart.subtotal.amount - cart.discounts.reduce((n, d) => n + d.amount.amount, 0),
          delivery: hasShip ? chosenFee : 0,
        },
        hasShip ? usState : null,
      )
    : null;
  const total =
    cart && tax
      ? {
          ...cart.total,
          amount:
            cart.total.amount -
            (delivery?.fee.amount ?? 0) -
            (cart.tax.included ? 0 : cart.tax.amount.amount) +
            chosenFee +
            addedTax(tax),
        }
      : null;
  const shownTax = cart && tax ? { ...tax, amount: { amount: tax.amount, currency: cart.currency } } : null;

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const get = (name: string) => String(f.get(name) ?? '').trim();
    const body: CheckoutInput = {
      contact: { email: get('email'), ...(get('phone') ? { phone: get('phone') } : {}) },
      payment:
        payMethod === 'test_card'
          ? { method: 'test_card', cardNumber: get('cardNumber') }
          : { method: 'pay_at_pickup' },
      ...(hasShip
        ? {
            shippingAddress: {
              name: get('name'),
              line1: get('line1'),
              ...(get('line2') ? { line2: get('line2') } : {}),
              city: get('city'),
              postalCode: get('postalCode'),
              country,
              ...(country === 'US' ? { region: get('region') } : {}),
            },
          }
        : {}),
      ...(hasPickup && collector === 'someone_else'
        ? {
            collector: {
              type: 'someone_else' as const,
              name: get('collectorName'),
              ...(get('collectorPhone') ? { phone: get('collectorPhone') } : {}),
            },
          }
        : {}),
      ...(hasShip && chosen ? { delivery: { option: chosen.option } } : {}),
      // The server recomputes every total; if it differs from what the shopper sees, nothing is placed.
      expectedTotal: total?.amount,
    };
    if (!cart) return;
    const submit = () => {
      setSent(cart);
      place.submit(
        { body, bag: cartEtag(cart) },
        {
          onSuccess: (placed) =>
            router.push(`/orders/${placed.order.id}?token=${encodeURIComponent(placed.accessToken)}`),
        },
      );
    };
    setSaveFailed(false);
    if (!(hasShip && f.get('saveAddress') === 'on')) return submit();
    // Saved first, so a refused address is said before anything is ordered.
    saveAddress({
      recipient: get('name'),
      phone: get('phone'),
      postalCode: get('postalCode'),
      line1: get('line1'),
      line2: get('line2'),
    }).then(submit, () => setSaveFailed(true));
  };

  if (!cart) return null;
  if (cart.lines.length === 0 && !pending) {
    return (
      <p className="rounded-xl border border-dashed border-line bg-white p-10 text-center">
        {t('checkout.emptyBag')}{' '}
        <Link prefetch={false} href="/" className="underline">
          {t('cart.continueShopping')}
        </Link>
      </p>
    );
  }
  return (
    <form ref={formRef} onSubmit={onSubmit} className="grid gap-10 lg:grid-cols-[1fr_22rem]">
      <div className="space-y-8">
        {saveFailed && <FormError>{t('checkout.saveAddressFailed')}</FormError>}
        {error && (
          <div ref={errorRef} tabIndex={-1} className="scroll-mt-32 outline-none">
            <FormError id="checkout-error">
              {error}{' '}
              <Link prefetch={false} href="/cart" className="font-medium underline">
                {t('checkout.backToBag')}
              </Link>
            </FormError>
          </div>
        )}
        <fieldset className="space-y-3">
          <legend className="mb-2 text-lg font-semibold">{t('checkout.contact')}</legend>
          <TextField
            label={t('checkout.email')}
            name="email"
            type="email"
            autoComplete="email"
            required
            defaultValue={email}
            errorId={errorId('contact.email')}
          />
          <TextField
            label={t('checkout.phone')}
            name="phone"
            type="tel"
            autoComplete="tel"
            inputMode="tel"
            errorId={errorId('contact.phone')}
          />
        </fieldset>
        {hasPickup && (
          <fieldset className="space-y-3">
            <legend className="mb-2 text-lg font-semibold">{t('checkout.collectorTitle')}</legend>
            <div className="flex flex-wrap gap-3">
              {(['self', 'someone_else'] as const).map((who) => (
                <label
                  key={who}
                  className="flex min-h-6 items-center gap-2 rounded-lg border border-line bg-white px-4 py-3 text-sm"
                >
                  <input type="radio" name="collector" checked={collector === who} onChange={() => setCollector(who)} />
                  {who === 'self' ? t('checkout.collectorSelf') : t('checkout.collectorOther')}
                </label>
              ))}
            </div>
            {collector === 'someone_else' && (
              <>
                <p className="text-sm text-muted">{t('checkout.collectorHint')}</p>
                <TextField label={t('checkout.collectorName')} name="collectorName" autoComplete="off" required />
                <TextField
                  label={t('checkout.collectorPhone')}
                  name="collectorPhone"
                  type="tel"
                  autoComplete="off"
                  inputMode="tel"
                />
              </>
            )}
          </fieldset>
        )}
        {hasShip && (
          <fieldset className="grid gap-3 sm:grid-cols-2">
            <legend className="mb-2 text-lg font-semibold">{t('checkout.shipping')}</legend>
            {signedIn && <SavedAddresses onPick={fillAddress} />}
            <TextField
              label={t('checkout.recipient')}
              className="sm:col-span-2"
              name="name"
              autoComplete="name"
              required
              errorId={errorId('shippingAddress.name')}
            />
            <TextField
              label={t('checkout.address1')}
              className="sm:col-span-2"
              name="line1"
              autoComplete="address-line1"
              required
              errorId={errorId('shippingAddress.line1')}
            />
            <TextField
              label={t('checkout.address2')}
              className="sm:col-span-2"
              name="line2"
              autoComplete="address-line2"
              errorId={errorId('shippingAddress.line2')}
            />
            <TextField
              label={t('checkout.city')}
              name="city"
              autoComplete="address-level1"
              required
              errorId={errorId('shippingAddress.city')}
            />
            <TextField
              label={t('checkout.postalCode')}
              name="postalCode"
              autoComplete="postal-code"
              inputMode="numeric"
              pattern={POSTAL_PATTERNS[country]}
              required
              errorId={errorId('shippingAddress.postalCode')}
            />
            {country === 'US' && (
              <label className="block text-sm">
                <span className="mb-1 block font-medium">{t('tax.state')}</span>
                <select
                  name="region"
                  required
                  value={usState}
                  onChange={(e) => setUsState(e.target.value)}
                  autoComplete="address-level1"
                  className="w-full rounded-lg border border-line bg-white px-3 py-2"
                  aria-describedby={errorId('shippingAddress.region')}
                >
                  <option value="">{t('tax.chooseState')}</option>
                  {US_STATES.map((code) => (
                    <option key={code} value={code}>
                      {code}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </fieldset>
        )}
        {hasShip && delivery && (
          <DeliveryChoice delivery={delivery} chosen={chosen?.option ?? null} onChoose={setDeliveryChoice} />
        )}
        <fieldset className="space-y-3">
          <legend className="mb-2 text-lg font-semibold">{t('checkout.payment')}</legend>
          <label
            className={`flex gap-3 rounded-lg border border-line bg-white p-4 text-sm ${hasShip ? 'opacity-50' : ''}`}
          >
            <input
              type="radio"
              name="method"
              checked={payMethod === 'pay_at_pickup'}
              disabled={hasShip}
              onChange={() => setMethod('pay_at_pickup')}
            />
            <span>
              <span className="block font-medium">{t('checkout.payAtPickup')}</span>
              <span className="text-muted">{t('checkout.payAtPickupHint')}</span>
            </span>
          </label>
          <label className="flex gap-3 rounded-lg border border-line bg-white p-4 text-sm">
            <input
              type="radio"
              name="method"
              checked={payMethod === 'test_card'}
              onChange={() => setMethod('test_card')}
            />
            <span>
              <span className="block font-medium">{t('checkout.testCard')}</span>
              <span className="text-muted">{t('checkout.testCardHint')}</span>
            </span>
          </label>
          {payMethod === 'test_card' && (
            <TextField
              label={t('checkout.cardNumber')}
              name="cardNumber"
              inputMode="numeric"
              autoComplete="off"
              required
              placeholder="4242 4242 4242 4242"
              errorId={errorId('payment.cardNumber')}
            />
          )}
        </fieldset>
      </div>
      <aside aria-labelledby="order-summary" className="h-fit rounded-xl border border-line bg-white p-5">
        <h2 id="order-summary" className="font-semibold">
          {t('checkout.items')}
        </h2>
        <ul className="mt-3 divide-y divide-line text-sm">
          {cart.lines.map((l) => (
            <li key={l.id} className="flex justify-between gap-3 py-2">
              <span>
                {l.title} × {l.quantity}
                <span className="block text-xs text-muted">
                  {l.fulfillment.type === 'pickup'
                    ? t('checkout.pickupLine', { store: storeNames[l.fulfillment.storeId] ?? '' })
                    : t('checkout.shipLine')}
                </span>
              </span>
              <span>{formatMoney(l.lineTotal, intlLocale)}</span>
            </li>
          ))}
        </ul>
        {cart.discounts.map((d) => (
          <p key={d.offerId} className="mt-2 flex justify-between gap-3 text-sm text-ok">
            <span>{d.title}</span>
            <span>−{formatMoney(d.amount, intlLocale)}</span>
          </p>
        ))}
        {hasShip && (
          <p className="mt-2 flex justify-between gap-3 text-sm" data-testid="checkout-delivery">
            <span>{chosen ? deliveryName(chosen.option, t) : t('delivery.title')}</span>
            <span>
              {!chosen
                ? t('delivery.unavailable')
                : chosen.fee.amount === 0
                  ? t('delivery.free')
                  : formatMoney(chosen.fee, intlLocale)}
            </span>
          </p>
        )}
        {shownTax && !shownTax.included && <TaxLine tax={shownTax} market={cart.market} as="p" />}
        <p className="mt-3 flex justify-between border-t border-line pt-3 font-semibold">
          <span>{t('order.total')}</span>
          <span data-testid="checkout-total">{formatMoney(total ?? cart.total, intlLocale)}</span>
        </p>
        {shownTax?.included && <TaxLine tax={shownTax} market={cart.market} as="p" />}
        <Button type="submit" disabled={pending} size="2xl" className="mt-5 w-full">
          {pending ? t('checkout.placing') : t('checkout.placeOrder')}
        </Button>
      </aside>
    </form>
  );
}
