import { accountContract } from '@/lib/auth/contract';
import { route } from '@/lib/http/route';
import { unlinkPhone } from '@/lib/phone/link-phone';

/** Unlinks the account's phone: its in-store orders leave the order history. Repeats are harmless. */
export const DELETE = route(accountContract.unlinkPhone, async ({ db, caller }) => {
  await unlinkPhone(db, caller.user.id);
  return { phone: null };
});
