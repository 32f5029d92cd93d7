import 'server-only';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Webhook secrets are kept sealed (AES-256-GCM under a key derived from AUTH_SECRET): the server
 * must read them back to sign, so a hash will not do, and a copy of the database alone (a backup,
 * a replica, a leaked dump) then cannot forge events to the retailer. Changing AUTH_SECRET makes
 * the sealed secrets unreadable: their deliveries fail saying so, and the webhooks must be made again.
 */
const VERSION = 'v1';

function keyFrom(authSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', authSecret, '', 'aisle webhook secrets v1', 32));
}

export function sealSecret(secret: string, authSecret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFrom(authSecret), iv);
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [VERSION, iv, sealed, cipher.getAuthTag()]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

export class UnreadableSecretError extends Error {
  constructor() {
    super('The webhook secret cannot be unsealed (AUTH_SECRET changed?): make the webhook again');
    this.name = 'UnreadableSecretError';
  }
}

export function unsealSecret(sealed: string, authSecret: string): string {
  const [version, iv, data, tag] = sealed.split('.');
  if (version !== VERSION || !iv || !data || !tag) throw new UnreadableSecretError();
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFrom(authSecret), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new UnreadableSecretError();
  }
}
