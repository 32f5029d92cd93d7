import { AppError } from './errors';

const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Text PostgreSQL cannot store (NUL) or that is not Unicode (an unpaired surrogate) is refused
 * at the edge, naming the field, before any schema or query sees it. Iterative: a body may
 * nest thousands deep.
 */
export function assertStorableText(value: unknown, where: 'query' | 'body' | 'params'): void {
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }];
  while (stack.length > 0) {
    const { value: v, path } = stack.pop()!;
    if (typeof v === 'string') {
      if (UNSTORABLE.test(v)) {
        throw new AppError('invalid_request', 'Text may not contain NUL characters or unpaired surrogates', {
          fields: {
            [path || where]: ['Contains a NUL character or an unpaired surrogate'],
          },
        });
      }
    } else if (v && typeof v === 'object') {
      for (const [key, child] of Object.entries(v)) {
        const childPath = path ? `${path}.${key}` : key;
        stack.push({ value: key, path: childPath }, { value: child, path: childPath });
      }
    }
  }
}
