import 'server-only';
import { createHmac, randomBytes } from 'node:crypto';

/** Standard Webhooks' secret prefix: its libraries take `whsec_` + base64 of the key bytes. */
const SECRET_PREFIX = 'whsec_';

/** A new signing secret: 32 random bytes, as Standard Webhooks libraries expect it. */
export function newWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString('base64')}`;
}

/**
 * The three Standard Webhooks headers for one try of one event: `webhook-id` (the event's id, the
 * same on every try), `webhook-timestamp` (this try's unix seconds) and `webhook-signature`
 * (`v1,` + base64 HMAC-SHA256 of "{id}.{timestamp}.{body}" under the secret's decoded bytes).
 * Signed with node:crypto: the few lines the specification asks for, with no runtime dependency;
 * the tests verify every delivery with the `standardwebhooks` package itself.
 */
export function signatureHeaders(
  secret: string,
  message: { id: string; body: string; at: Date },
): Record<'webhook-id' | 'webhook-timestamp' | 'webhook-signature', string> {
  const key = Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');
  const timestamp = String(Math.floor(message.at.getTime() / 1000));
  const signature = createHmac('sha256', key).update(`${message.id}.${timestamp}.${message.body}`).digest('base64');
  return { 'webhook-id': message.id, 'webhook-timestamp': timestamp, 'webhook-signature': `v1,${signature}` };
}
