import { describe, expect, it } from 'vitest';
import { localePath, openGraphLocale, splitLocale, URL_LOCALES } from '@/lib/i18n/locale-path';
import { routeLocale } from '@/lib/i18n/locale-route';
import { DEFAULT_LOCALE, LOCALES } from '@/lib/i18n/translate';
import { isPersonal, offlineFallbackUrl, OFFLINE_URLS } from '@/lib/pwa/cache-policy';

const other = LOCALES.find((l) => l !== DEFAULT_LOCALE)!;

describe('localePath', () => {
  it('prefixes every locale but the default, keeping the query and the fragment', () => {
    expect(localePath('en', '/p/x?color=Black')).toBe('/p/x?color=Black');
    expect(localePath('ko', '/p/x?color=Black')).toBe('/ko/p/x?color=Black');
    expect(localePath('ko', '/')).toBe('/ko');
    expect(localePath('ko', '/?q=1')).toBe('/ko?q=1');
    expect(localePath('ko', '/#main')).toBe('/ko#main');
    expect(localePath('ko', '/search?q=%EC%9E%AC%ED%82%B7')).toBe('/ko/search?q=%EC%9E%AC%ED%82%B7');
  });

  it('moves an address from one locale to another instead of stacking prefixes', () => {
    expect(localePath('ko', '/ko/p/x')).toBe('/ko/p/x');
    expect(localePath('en', '/ko/p/x?size=M')).toBe('/p/x?size=M');
    expect(localePath('en', '/ko')).toBe('/');
    for (const l of LOCALES) expect(localePath(l, localePath(other, '/c/knitwear'))).toBe(localePath(l, '/c/knitwear'));
  });

  it('leaves what is not one of our paths alone', () => {
    for (const href of ['https://example.com/x', '//evil.example/x', '#results', 'tel:+8221234', 'mailto:a@b.c']) {
      expect(localePath('ko', href)).toBe(href);
    }
  });

  it('reads a prefix only when it is a whole segment naming a locale other than the default', () => {
    expect(splitLocale('/ko/p/x')).toEqual({ locale: 'ko', path: '/p/x' });
    expect(splitLocale('/ko')).toEqual({ locale: 'ko', path: '/' });
    expect(splitLocale('/ko?x=1')).toEqual({ locale: 'ko', path: '/?x=1' });
    expect(splitLocale('/kor/p')).toEqual({ locale: null, path: '/kor/p' });
    expect(splitLocale('/en/p/x')).toEqual({ locale: null, path: '/en/p/x' });
    expect(splitLocale('/fr/p/x')).toEqual({ locale: null, path: '/fr/p/x' });
    expect(splitLocale('/p/ko')).toEqual({ locale: null, path: '/p/ko' });
  });

  it('lists every locale once, the default first, with its Open Graph form', () => {
    expect(URL_LOCALES[0]).toBe(DEFAULT_LOCALE);
    expect([...URL_LOCALES].sort()).toEqual([...LOCALES].sort());
    expect(openGraphLocale('ko')).toBe('ko_KR');
    expect(openGraphLocale('en')).toBe('en_US');
  });
});

describe('routeLocale (the proxy’s decision)', () => {
  const asked = (over: Partial<Parameters<typeof routeLocale>[0]>) =>
    routeLocale({
      method: 'GET',
      pathname: '/p/x',
      search: '',
      cookie: undefined,
      acceptLanguage: null,
      fetchMode: 'navigate',
      ...over,
    });

  it('serves a prefixed address in its locale, whatever the cookie and the browser say', () => {
    expect(asked({ pathname: '/ko/p/x', cookie: 'en', acceptLanguage: 'en' })).toEqual({
      kind: 'serve',
      path: '/p/x',
      locale: 'ko',
    });
    expect(asked({ pathname: '/ko' })).toEqual({ kind: 'serve', path: '/', locale: 'ko' });
  });

  it('redirects a first visit to an unprefixed page to the chosen locale, else the browser’s, query kept', () => {
    expect(asked({ cookie: 'ko', search: '?color=Black' })).toEqual({
      kind: 'redirect',
      to: '/ko/p/x?color=Black',
      status: 307,
    });
    expect(asked({ acceptLanguage: 'ko-KR,ko;q=0.9,en;q=0.8' })).toEqual({
      kind: 'redirect',
      to: '/ko/p/x',
      status: 307,
    });
    expect(asked({ pathname: '/', acceptLanguage: 'ko' })).toEqual({ kind: 'redirect', to: '/ko', status: 307 });
    // The shopper chose English: the browser's Korean no longer moves them.
    expect(asked({ cookie: 'en', acceptLanguage: 'ko' })).toEqual({ kind: 'serve', path: '/p/x', locale: 'en' });
    // A crawler (no Sec-Fetch-Mode, no languages) gets the page at the address it asked for.
    expect(asked({ fetchMode: null })).toEqual({ kind: 'serve', path: '/p/x', locale: 'en' });
  });

  it('never redirects what is not a browser opening a page: router fetches, precaches, posts', () => {
    for (const over of [{ fetchMode: 'cors' }, { fetchMode: 'same-origin' }, { method: 'POST' }]) {
      expect(asked({ cookie: 'ko', ...over }), JSON.stringify(over)).toEqual({
        kind: 'serve',
        path: '/p/x',
        locale: 'en',
      });
    }
  });

  it('sends the default locale’s prefix to the unprefixed address, and keeps one-address pages as they were', () => {
    expect(asked({ pathname: '/en/p/x', search: '?size=M' })).toEqual({
      kind: 'redirect',
      to: '/p/x?size=M',
      status: 308,
    });
    expect(asked({ pathname: '/en' })).toEqual({ kind: 'redirect', to: '/', status: 308 });
    expect(asked({ pathname: '/enrol' })).toEqual({ kind: 'serve', path: '/enrol', locale: 'en' });
    expect(asked({ pathname: '/staff/sign-in', cookie: 'ko' })).toEqual({
      kind: 'serve',
      path: '/staff/sign-in',
      locale: null,
    });
  });

  it('names nothing under a prefix in front of the API or the build', () => {
    expect(asked({ pathname: '/ko/api/cart' })).toEqual({ kind: 'not_found', locale: 'ko' });
    expect(asked({ pathname: '/ko/_next/static/x.js' })).toEqual({ kind: 'not_found', locale: 'ko' });
  });
});

describe('the service worker under locale addresses', () => {
  it('treats a prefixed personal page as personal', () => {
    for (const path of ['/ko/cart', '/ko/account/orders', '/ko/checkout', '/ko/orders/x', '/ko/bag/from-store']) {
      expect(isPersonal(path), path).toBe(true);
    }
    expect(isPersonal('/ko/p/x')).toBe(false);
    expect(isPersonal('/ko/offline/bag')).toBe(false);
  });

  it('precaches the offline pages at every locale’s address and answers each address in its locale', () => {
    for (const l of LOCALES) {
      expect(OFFLINE_URLS).toContain(localePath(l, '/offline'));
      expect(OFFLINE_URLS).toContain(localePath(l, '/offline/bag'));
    }
    expect(offlineFallbackUrl('/ko/cart', 'en')).toBe('/ko/offline/bag');
    expect(offlineFallbackUrl('/ko/p/x', 'en')).toBe('/ko/offline');
    expect(offlineFallbackUrl('/cart', 'ko')).toBe('/ko/offline/bag');
    expect(offlineFallbackUrl('/p/x', 'en')).toBe('/offline');
    expect(offlineFallbackUrl('/p/x', 'fr')).toBe('/offline');
  });
});
