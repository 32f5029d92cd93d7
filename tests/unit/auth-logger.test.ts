import { CredentialsSignin, MissingCSRF } from '@auth/core/errors';
import { describe, expect, it } from 'vitest';
import { logAuthError } from '@/lib/auth/auth-logger';

/** What the production build's minifier makes of a class name: `error.name` is no longer the class's. */
function minified<T extends Error>(error: T): T {
  Object.defineProperty(error, 'name', { value: 'e' });
  return error;
}

class CodeLocked extends CredentialsSignin {
  code = 'code_locked';
}

function logged(error: Error): string[] {
  const lines: string[] = [];
  logAuthError(error, (...args) => lines.push(args.map((a) => (a instanceof Error ? a.stack : String(a))).join(' ')));
  return lines.flatMap((line) => line.split('\n'));
}

describe('auth logger', () => {
  it.each([
    ['a wrong password', () => new CredentialsSignin(), 'credentials'],
    ['a locked code', () => new CodeLocked(), 'code_locked'],
    ['a wrong password, minified', () => minified(new CredentialsSignin()), 'credentials'],
    ['a locked code, minified', () => minified(new CodeLocked()), 'code_locked'],
    ['a missing CSRF token, minified', () => minified(new MissingCSRF('CSRF token was missing')), 'MissingCSRF'],
  ])('%s is one line with its reason, no stack', (_, make, reason) => {
    const lines = logged(make());
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('[auth]');
    expect(lines[0]).toContain(reason);
    expect(lines[0]).not.toMatch(/\bat\s/);
  });

  it('a real failure keeps its stack', () => {
    const lines = logged(minified(new TypeError('database unreachable')));
    expect(lines[0]).toContain('database unreachable');
    expect(lines.some((line) => /^\s+at\s/.test(line))).toBe(true);
  });
});
