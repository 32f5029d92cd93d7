import type { z } from 'zod';

import type { KeyScope } from '@/lib/integrations/scopes';

/** Staff roles, lowest first: admin > manager > associate (lib/staff/caller.ts ranks them). */
export type StaffRole = 'associate' | 'manager' | 'admin';
export type { KeyScope };

/**
 * Who may call a route: anyone without a lookup (`none`), any shopper (a guest or a signed-in
 * user, looked up), a signed-in user, store staff of at least a role, or an API key with a scope.
 * `staff:enrolling` is any staff session, an admin's before TOTP enrolment too: only the
 * enrolment routes (and sign-out) declare it; every other staff route refuses such an admin.
 */
export type Auth = 'none' | 'shopper' | 'user' | `staff:${StaffRole}` | 'staff:enrolling' | `key:${KeyScope}`;

/** What an operation may declare: an `Auth` that route() enforces, or a till's signature (signedPosRoute). */
export type DeclaredAuth = Auth | 'till';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type HeaderDoc = { name: string; description: string; required?: boolean };
/** Status → response body schema (null for no body; a 4xx or 5xx without one is the error shape). */
export type Responses = Record<number, { description: string; schema: z.ZodType | null }>;

type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;
export type OperationInput<Q, B, P> = { query: Infer<Q>; body: Infer<B>; params: Infer<P> };

/**
 * An auth that depends on the request (a phone code to link needs the account, one to sign in
 * does not): every value it may take, declared for the document, and how the request picks one.
 */
export type AuthByInput<A extends Auth, Q, B, P> = {
  accepts: readonly A[];
  of(input: OperationInput<Q, B, P>): A;
};

/**
 * One route's whole contract, declared once: what the wrapper validates and enforces
 * (params, query, body, auth, caching) and what the OpenAPI document says about it.
 */
export type Operation<
  Q extends z.ZodObject | undefined = z.ZodObject | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
  P extends z.ZodObject | undefined = z.ZodObject | undefined,
  A extends DeclaredAuth = DeclaredAuth,
  D extends false | undefined = false | undefined,
> = {
  method: Method;
  /** OpenAPI path, e.g. /api/products/{handle}: the route file's path, `[x]` written `{x}`. */
  path: `/api/${string}`;
  summary: string;
  tags: string[];
  /** Who may call: one auth, or (for an `Auth`) one picked by the input. */
  auth: A | ([Extract<A, Auth>] extends [never] ? never : AuthByInput<Extract<A, Auth>, Q, B, P>);
  /** The 401 message, for routes that need a signed-in user. */
  signIn?: string;
  params?: P;
  query?: Q;
  body?: B;
  /** The largest body this route reads, when it is not the usual 64 KB (a bulk feed). */
  maxBodyBytes?: number;
  /** A form-encoded body instead of JSON (next-auth's callbacks, which route() does not serve). */
  form?: z.ZodObject;
  /**
   * An `application/x-ndjson` body instead of JSON, handed over line by line as it arrives
   * (`ctx.lines`), so a large import is never held whole: each line is one `line`, checked by the
   * handler (a bad line is that line's error, not the request's).
   */
  ndjson?: { line: z.ZodType; maxBytes: number; maxLineBytes: number };
  headers?: HeaderDoc[];
  responses: Responses;
  /** `private` (the default) for anything that depends on who asks; `public` for shared catalog reads. */
  cache?: 'private' | 'public';
  /** `false` for the few routes that must answer without the database (it may be down). */
  db?: D;
};

/** Declares an operation; the types of its schemas carry through to the handler's context. */
export function operation<
  Q extends z.ZodObject | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  P extends z.ZodObject | undefined = undefined,
  A extends DeclaredAuth = DeclaredAuth,
  D extends false | undefined = undefined,
>(spec: Operation<Q, B, P, A, D>): Operation<Q, B, P, A, D> {
  return spec;
}

/** Every auth an operation admits a caller by: its one auth, or all an input-dependent one may pick. */
export function acceptedAuths(op: Pick<Operation, 'auth'>): readonly DeclaredAuth[] {
  return typeof op.auth === 'string' ? [op.auth] : op.auth.accepts;
}
