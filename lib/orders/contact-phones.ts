import 'server-only';
import { requirePhone } from '@/lib/phone/normalize';
import type { CheckoutBody } from './schema';

/**
 * The checkout's phones as E.164, read with the bag's market's region (090-1234-5678 is
 * +819012345678 in JP), so the order stores what the shopper meant. A phone that is no number
 * there is refused here, naming its field, rather than read again as a Korean one.
 */
export function phonesInRegion(body: CheckoutBody, region: string): CheckoutBody {
  const contactPhone = body.contact.phone ? requirePhone(body.contact.phone, 'contact.phone', region) : undefined;
  const collector =
    body.collector.type === 'someone_else' && body.collector.phone
      ? { ...body.collector, phone: requirePhone(body.collector.phone, 'collector.phone', region) }
      : body.collector;
  return { ...body, contact: { ...body.contact, ...(contactPhone ? { phone: contactPhone } : {}) }, collector };
}
