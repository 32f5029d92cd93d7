import type { z } from 'zod';
import { operation, type DeclaredAuth, type Operation } from '@/lib/http/operation';

type Documented = 'method' | 'path' | 'summary' | 'tags' | 'responses';

/** An operation for a route built in a test: what the test sets, and a stand-in for what only the document reads. */
export function testOperation<
  Q extends z.ZodObject | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  P extends z.ZodObject | undefined = undefined,
  A extends DeclaredAuth = DeclaredAuth,
  D extends false | undefined = undefined,
>(spec: Omit<Operation<Q, B, P, A, D>, Documented> & Partial<Pick<Operation, Documented>>): Operation<Q, B, P, A, D> {
  return operation<Q, B, P, A, D>({
    method: 'post',
    path: '/api/test',
    summary: 'A route built by a test',
    tags: ['test'],
    responses: { 200: { description: 'OK', schema: null } },
    ...spec,
  });
}
