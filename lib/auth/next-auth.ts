import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { getDb } from '@/lib/db';
import { authSecret, readEnv, secureCookies } from '@/lib/env';
import { logAuthError } from './auth-logger';
import { sessionCookieName } from './cookies';
import { passwordCredentials, phoneCredentials } from './credentials';
import { AppError } from '@/lib/http/errors';
import { verifyChallenge } from '@/lib/phone/challenges';
import { signInRequester } from '@/lib/phone/requester';
import {
  authenticate,
  createAuthSession,
  findOrCreatePhoneAccount,
  revokeAuthSession,
  rotateAuthSession,
  SESSION_TTL_MS,
} from './accounts';
import { safeCallback } from './safe-callback';

class CodeLocked extends CredentialsSignin {
  code = 'code_locked';
}

/** next-auth, configured lazily so the environment is read per request, not at import. */
export const { handlers, auth, unstable_update } = NextAuth(() => {
  const env = readEnv();
  const secure = secureCookies(env);
  return {
    secret: authSecret(env),
    trustHost: true,
    session: { strategy: 'jwt', maxAge: SESSION_TTL_MS / 1000 },
    pages: { signIn: '/account/sign-in' },
    logger: { error: (error: Error) => logAuthError(error) },
    cookies: {
      sessionToken: {
        name: sessionCookieName(env),
        options: { httpOnly: true, sameSite: 'lax', path: '/', secure },
      },
    },
    providers: [
      Credentials({
        id: 'password',
        name: 'E-mail and password',
        credentials: { email: { type: 'email' }, password: { type: 'password' } },
        async authorize(credentials) {
          const input = passwordCredentials(credentials);
          if (!input) return null;
          const db = await getDb();
          const now = new Date();
          // Attempts are counted per e-mail and address before this runs (lib/auth/sign-in-limits.ts).
          const user = await authenticate(db, input.email, input.password);
          if (!user) return null;
          return { ...user, sid: await createAuthSession(db, user.id, now) };
        },
      }),
      Credentials({
        id: 'phone',
        name: 'Phone and one-time code',
        credentials: { phone: { type: 'tel' }, code: { type: 'text' }, name: { type: 'text' } },
        async authorize(credentials, request) {
          const input = phoneCredentials(credentials);
          if (!input) return null;
          const { phone } = input;
          const db = await getDb();
          const now = new Date();
          // Attempts are counted per phone and address before this runs (lib/auth/sign-in-limits.ts).
          try {
            const user = await verifyChallenge(
              db,
              { phone, purpose: 'sign_in', requester: signInRequester(request) },
              input.code,
              { now, secret: authSecret(env) },
              (tx) => findOrCreatePhoneAccount(tx, phone, input.name, now),
            );
            return { ...user, email: user.email ?? undefined, sid: await createAuthSession(db, user.id, now) };
          } catch (error) {
            if (error instanceof AppError && error.code === 'code_invalid') return null;
            if (error instanceof AppError && error.code === 'code_locked') throw new CodeLocked();
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      // Only the site itself, resolved as a browser resolves it (backslashes, tabs and `//host` included).
      redirect: ({ url, baseUrl }) => safeCallback(url, '/', new URL(baseUrl).origin),
      async jwt({ token, user, trigger, session }) {
        // A sign-in always carries a new server session id: the token rotates with it.
        if (user?.sid && user.id) return { ...token, uid: user.id, sid: user.sid };
        if (trigger === 'update' && (session as { rotate?: unknown } | undefined)?.rotate && token.sid) {
          const sid = await rotateAuthSession(await getDb(), token.sid, new Date());
          return sid ? { ...token, sid } : null;
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, sid: token.sid, user: { ...session.user, id: token.uid ?? '' } };
      },
    },
    events: {
      async signOut(message) {
        const sid = 'token' in message ? message.token?.sid : undefined;
        if (sid) await revokeAuthSession(await getDb(), sid, new Date());
      },
    },
  };
});
