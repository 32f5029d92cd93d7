import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '@/lib/security/csp';
import { parseSecurityContacts, securityTxt } from '@/lib/security/security-txt';

const directives = (policy: string) =>
  Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('contentSecurityPolicy', () => {
  it('runs scripts by nonce only, never eval in production, and forbids framing', () => {
    const d = directives(contentSecurityPolicy({ nonce: 'abc123', dev: false }));
    expect(d['script-src']).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(d['frame-ancestors']).toEqual(["'none'"]);
    expect(d['object-src']).toEqual(["'none'"]);
    expect(d['base-uri']).toEqual(["'self'"]);
    expect(d['connect-src']).toEqual(["'self'"]);
  });

  it('allows eval and the dev server socket only in development', () => {
    const d = directives(contentSecurityPolicy({ nonce: 'n', dev: true }));
    expect(d['script-src']).toContain("'unsafe-eval'");
    expect(d['connect-src']).toContain('ws:');
  });

  it('lets the configured map tiles load, and nothing else from outside', () => {
    const withTiles = directives(
      contentSecurityPolicy({ nonce: 'n', dev: false, tileUrl: 'https://tiles.example.org/{z}/{x}/{y}.png' }),
    );
    expect(withTiles['img-src']).toEqual(["'self'", 'data:', 'blob:', 'https://tiles.example.org']);
    const broken = directives(contentSecurityPolicy({ nonce: 'n', dev: false, tileUrl: 'not a url' }));
    expect(broken['img-src']).toEqual(["'self'", 'data:', 'blob:']);
  });
});

describe('securityTxt', () => {
  it('lists the shop’s contacts with an expiry, languages and its canonical address (RFC 9116)', () => {
    const text = securityTxt({
      contacts: parseSecurityContacts('mailto:security@shop.example, https://shop.example/security, ftp://no, x'),
      publicUrl: 'https://shop.example',
      now: new Date('2026-11-29T12:00:00.250Z'),
    });
    expect(text).toBe(
      [
        'Contact: mailto:security@shop.example',
        'Contact: https://shop.example/security',
        'Expires: 2027-05-28T12:00:00Z',
        'Preferred-Languages: en, ko',
        'Canonical: https://shop.example/.well-known/security.txt',
        '',
      ].join('\n'),
    );
  });

  it('is absent until a contact is set', () => {
    expect(securityTxt({ contacts: parseSecurityContacts(undefined), publicUrl: 'x', now: new Date() })).toBeNull();
  });
});
