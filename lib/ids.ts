import { createHash, randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

function base32(bytes: Uint8Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[(bytes[i] ?? 0) % 32];
  return out;
}

/** A new random id such as `prd_4k9x…` (16 characters after the prefix, 80 bits). */
export function newId(prefix: string): string {
  return `${prefix}_${base32(randomBytes(16), 16)}`;
}

/** The same id for the same key: lets the seed be re-run without duplicating rows. */
export function stableId(prefix: string, key: string): string {
  return `${prefix}_${base32(createHash('sha256').update(key).digest(), 16)}`;
}
