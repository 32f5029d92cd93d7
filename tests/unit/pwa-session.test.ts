import { describe, expect, it } from 'vitest';
import { answerEndsSession, isPersonal, leftToBrowser, ownerInHtml, sessionEnded } from '@/lib/pwa/cache-policy';

describe('how the service worker tells that a session ended', () => {
  it("reads the page's owner tag from the shell's first element", () => {
    const tag = 'u.AbCdEfGhIjKlMnOpQrStUv';
    expect(ownerInHtml(`<html><body><div data-aisle-owner="${tag}" aria-live="polite">`)).toBe(tag);
    expect(ownerInHtml('<body><div data-aisle-owner="g.new">')).toBe('g.new');
    expect(ownerInHtml('<body><div data-aisle-own')).toBeNull();
    expect(ownerInHtml('<div data-aisle-owner="javascript:alert(1)">')).toBeNull();
  });

  it("an account's pages followed by anyone else's mean its session ended; a guest's do not", () => {
    const a = 'u.AAAAAAAAAAAAAAAAAAAAAA';
    expect(sessionEnded(a, 'g.new')).toBe(true);
    expect(sessionEnded(a, 'g.BBBBBBBBBBBBBBBBBBBBBB')).toBe(true);
    expect(sessionEnded(a, 'u.CCCCCCCCCCCCCCCCCCCCCC')).toBe(true);
    expect(sessionEnded(a, a)).toBe(false);
    expect(sessionEnded(null, 'g.new')).toBe(false);
    expect(sessionEnded('g.new', a)).toBe(false);
    expect(sessionEnded('g.new', 'g.BBBBBBBBBBBBBBBBBBBBBB')).toBe(false);
  });

  it('a sign-out, or a 401 from an account API, ends the session; other refusals do not', () => {
    expect(answerEndsSession('POST', '/api/auth/signout', 200)).toBe(true);
    expect(answerEndsSession('POST', '/api/auth/signout', 302)).toBe(true);
    expect(answerEndsSession('GET', '/api/auth/signout', 200)).toBe(false);
    expect(answerEndsSession('POST', '/api/auth/signout', 403)).toBe(false);
    expect(answerEndsSession('GET', '/api/account/export', 401)).toBe(true);
    expect(answerEndsSession('GET', '/api/orders', 401)).toBe(true);
    expect(answerEndsSession('DELETE', '/api/account', 200)).toBe(true);
    expect(answerEndsSession('DELETE', '/api/account', 422)).toBe(false);
    expect(answerEndsSession('GET', '/api/orders', 200)).toBe(false);
    expect(answerEndsSession('POST', '/api/cart/lines', 409)).toBe(false);
    expect(answerEndsSession('GET', '/api/products', 401)).toBe(false);
    expect(isPersonal('/api/auth/signout')).toBe(true);
    // A store's hand-off link: its token must not stay in the page cache.
    expect(isPersonal('/bag/from-store')).toBe(true);
    expect(isPersonal('/staff/stores/x/pickups')).toBe(true);
  });

  it('leaves the cart event stream to the browser: never cached, never answered through the worker', () => {
    // Personal, so no cache may keep it; and matched by no route, so the worker does not even proxy it.
    expect(isPersonal('/api/cart/events')).toBe(true);
    expect(leftToBrowser('/api/cart/events')).toBe(true);
    expect(leftToBrowser('/api/somewhere', 'text/event-stream')).toBe(true);
    // The bag itself still goes through the worker, which watches its answers for a session's end.
    expect(leftToBrowser('/api/cart', 'application/json')).toBe(false);
    expect(leftToBrowser('/api/cart/lines')).toBe(false);
    expect(leftToBrowser('/api/cart/events/x')).toBe(false);
  });
});
