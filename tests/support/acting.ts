import { AsyncLocalStorage } from 'node:async_hooks';
import type { SessionUser } from '@/lib/auth/schema';

/**
 * Who is signed in for a call the test client makes. Integration tests call route handlers
 * outside a Next request, where next-auth cannot read its cookie; the client runs each call
 * inside `actingAs`, and the mock of `@/lib/auth/session` (tests/support/session-mock.ts) answers
 * from here. Outside a client call the real lookup runs. End-to-end tests cover the real sign-in.
 */
type Acting = { user: SessionUser | null };
const KEY = Symbol.for('aisle.test.acting');
const holder = globalThis as { [KEY]?: AsyncLocalStorage<Acting> };
const storage = (holder[KEY] ??= new AsyncLocalStorage<Acting>());

export function actingAs<T>(user: SessionUser | null, work: () => T): T {
  return storage.run({ user }, work);
}

/** The user of the client call in progress (null: a guest), or undefined outside one. */
export function actingUser(): SessionUser | null | undefined {
  return storage.getStore()?.user;
}

/** How many times a route asked to rotate the caller's session (a phone linked). */
export const sessionRotations = { count: 0 };

/** The server session id a client call's user holds (routes that keep it while revoking the others). */
export const actingSession = { id: null as string | null };
