import { eq } from 'drizzle-orm';
import { signUp } from '@/lib/auth/accounts';
import type { SessionUser } from '@/lib/auth/schema';
import type { Db } from '@/lib/db';
import { users } from '@/lib/db/schema';

/** An account signed up the real way, as the session user route handlers would see; optionally with a phone. */
export async function makeUser(db: Db, email: string, phone: string | null = null): Promise<SessionUser> {
  const { userId } = await signUp(db, { email, password: 'correct horse battery', name: email }, new Date());
  if (phone) await db.update(users).set({ phone }).where(eq(users.id, userId!));
  return { id: userId!, email, name: email, phone };
}
