import { AppError } from '@/lib/http/errors';
import type { Money } from '@/lib/money';

export type PaymentInput = { method: 'pay_at_pickup' } | { method: 'test_card'; cardNumber: string };
export type PaymentResult = { status: 'due_at_pickup' | 'authorized'; reference: string };

/** A way to pay. A real card processor implements the same interface. */
export interface PaymentProvider {
  readonly method: PaymentInput['method'];
  /**
   * Whether placing the order takes the shopper's money. Stock held without payment is bounded
   * per shopper and per address (lib/orders/reservation-limits.ts); a real card processor sets this.
   */
  readonly collectsPayment: boolean;
  /** Whether the method fits this order (pay at pickup needs every line picked up). */
  available(order: { hasShipLines: boolean }): boolean;
  authorize(input: PaymentInput, amount: Money, orderNumber: string): PaymentResult;
  /**
   * Gives up what `authorize` took (a cancelled order). Idempotent by the order number, as a
   * processor's void is by its reference: a repeat, or nothing to give up, is not an error.
   */
  void(orderNumber: string, amount: Money): Promise<{ voided: boolean }>;
}

export const payAtPickup: PaymentProvider = {
  method: 'pay_at_pickup',
  collectsPayment: false,
  available: ({ hasShipLines }) => !hasShipLines,
  authorize: (_input, _amount, orderNumber) => ({ status: 'due_at_pickup', reference: `till:${orderNumber}` }),
  // Nothing was taken: the till simply never asks for it.
  void: async () => ({ voided: false }),
};

/** The demo's clearly labelled test card: no money moves. 4242… approves, 4000 0000 0000 0002 declines. */
export const testCard: PaymentProvider = {
  method: 'test_card',
  // The demo card moves no money, so what it holds is bounded like pay at pickup.
  collectsPayment: false,
  available: () => true,
  authorize: (input, _amount, orderNumber) => {
    const digits = input.method === 'test_card' ? input.cardNumber.replace(/\D/g, '') : '';
    if (digits === '4000000000000002') throw new AppError('payment_declined', 'The test card was declined');
    if (digits !== '4242424242424242') {
      throw new AppError('invalid_request', 'Use the test card 4242 4242 4242 4242', {
        fields: {
          'payment.cardNumber': ['Use the test card 4242 4242 4242 4242'],
        },
      });
    }
    return { status: 'authorized', reference: `test:${orderNumber}` };
  },
  // The demo card holds no money; its authorisation is released by saying so.
  void: async () => ({ voided: true }),
};

export const paymentProviders: Record<PaymentInput['method'], PaymentProvider> = {
  pay_at_pickup: payAtPickup,
  test_card: testCard,
};

/** The methods whose orders hold stock without payment (bounded by lib/orders/reservation-limits.ts). */
export const unpaidPaymentMethods: string[] = Object.values(paymentProviders)
  .filter((p) => !p.collectsPayment)
  .map((p) => p.method);
