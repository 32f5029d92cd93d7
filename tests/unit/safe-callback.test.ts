import { describe, expect, it } from 'vitest';
import { safeCallback } from '@/lib/auth/safe-callback';

const ORIGIN = 'http://aisle.test';
const FALLBACK = `${ORIGIN}/account`;
/** Where a browser on the site goes when handed the answer (`location.assign` resolves it against the page). */
const lands = (value: string | null | undefined) => new URL(safeCallback(value, '/account', ORIGIN), ORIGIN).href;

describe('safeCallback', () => {
  it.each([
    ['/\\evil.example/x'],
    ['/\t/evil.example/x'],
    ['/\n/evil.example/x'],
    ['\t//evil.example/x'],
    // What the sign-in page hands over after decoding `?callbackUrl=/%5Cevil…` / `/%09/evil…`.
    [decodeURIComponent('/%5Cevil.example/x')],
    [decodeURIComponent('/%09/evil.example/x')],
    ['//evil.example/x'],
    ['\\\\evil.example/x'],
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    ['data:text/html,hi'],
    ['https://evil.example/x'],
    ['http://aisle.test.evil.example/x'],
    ['http://aisle.test@evil.example/x'],
    ['https://aisle.test/x'],
    ['http://aisle.test:8080/x'],
    [''],
    [null],
    [undefined],
    [['/account', '//evil.example/x']],
  ])('refuses %j', (value) => {
    expect(lands(value as string)).toBe(FALLBACK);
  });

  it.each([
    ['/account/orders', `${ORIGIN}/account/orders`],
    ['/p/linen-shirt?size=m#reviews', `${ORIGIN}/p/linen-shirt?size=m#reviews`],
    ['http://aisle.test/bag', `${ORIGIN}/bag`],
    ['/%5Cencoded-stays-a-path', `${ORIGIN}/%5Cencoded-stays-a-path`],
  ])('keeps the same-origin %j', (value, expected) => {
    expect(lands(value)).toBe(expected);
  });

  it('answers an absolute URL, so a path that normalises to `//host` is not re-read as scheme-relative', () => {
    for (const value of ['/./\\/evil.example', '/%2F%2Fevil.example', '/..//evil.example', '/a/..//evil.example']) {
      const answer = safeCallback(value, '/account', ORIGIN);
      expect(answer.startsWith(`${ORIGIN}/`), answer).toBe(true);
      expect(new URL(answer, ORIGIN).origin).toBe(ORIGIN);
    }
  });
});
