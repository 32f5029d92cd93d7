import 'server-only';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * A store's till secret at rest: AES-256-GCM under a key derived (HKDF-SHA256) from the app's
 * AUTH_SECRET. An HMAC is checked with the secret itself, so it is kept recoverable, but a copy
 * of the database alone (a backup, a replica) does not give it away.
 */
const keyOf = (authSecret: string) =>
  Buffer.from(hkdfSync('sha256', authSecret, 'aisle', 'aisle pos store secret v1', 32));

export function sealSecret(secret: string, authSecret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(authSecret), iv);
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), sealed]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

/** The secret, or null when it was sealed under another AUTH_SECRET (then `pos:secret` issues a new one). */
export function openSecret(sealed: string, authSecret: string): string | null {
  const [version, iv, tag, data] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || !data) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyOf(authSecret), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
