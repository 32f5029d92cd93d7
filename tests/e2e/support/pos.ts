import { createHmac } from 'node:crypto';
import { E2E_POS_SECRET } from '../../../playwright.config';

/** The headers a till signs its request with (X-Aisle-Timestamp, X-Aisle-Signature). */
export function signedHeaders(body: string, secret = E2E_POS_SECRET, at = Math.floor(Date.now() / 1000)) {
  return {
    'content-type': 'application/json',
    'x-aisle-timestamp': String(at),
    'x-aisle-signature': createHmac('sha256', secret).update(`${at}.${body}`).digest('hex'),
  };
}
