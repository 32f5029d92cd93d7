import 'server-only';
import { createHmac } from 'node:crypto';
import { authSecret, readEnv } from '@/lib/env';
import { isGuestToken } from './guest-cookie';
import type { Caller } from '@/lib/http/route-auth';

/** Sent with every queued (offline) cart write: the owner it was made for. */
export const OWNER_HEADER = 'x-aisle-owner';

/**
 * A tag for whose cart this is, safe to put in the page: a keyed hash of the account id or of
 * the guest token (neither can be read back from it). `g.new` is a guest with no cart yet.
 */
export function ownerTag(caller: Pick<Caller, 'user' | 'guestToken'>, secret: string): string {
  const mac = (s: string) => createHmac('sha256', secret).update(`cart-owner\n${s}`).digest('base64url').slice(0, 22);
  if (caller.user) return `u.${mac(`user:${caller.user.id}`)}`;
  return caller.guestToken ? `g.${mac(`guest:${caller.guestToken}`)}` : 'g.new';
}

/**
 * A write queued offline for one owner is refused for any other: a shopper who signed out,
 * or in as someone else, never has another's queued changes applied to their cart. A new
 * guest's queue may create a guest cart, but not write into an account.
 */
export function ownerMatches(claimed: string | null, caller: Pick<Caller, 'user' | 'guestToken'>, secret: string) {
  if (claimed === null) return true;
  if (claimed === 'g.new') return caller.user === null;
  return claimed === ownerTag(caller, secret);
}

/** The tag for the page being rendered: the session's account, else the guest cookie (if well formed). */
export function pageOwnerTag(user: Caller['user'], guestCookie: string | null): string {
  return ownerTag({ user, guestToken: isGuestToken(guestCookie) ? guestCookie : null }, authSecret(readEnv()));
}
