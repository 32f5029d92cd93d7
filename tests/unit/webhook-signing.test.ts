import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '@/lib/http/openapi-document';
import { operations } from '@/lib/http/contract';
import { EVENT_TYPES } from '@/lib/integrations/event-types';
import { retryDelayMs } from '@/lib/webhooks/deliver';
import { webhookEvents } from '@/lib/webhooks/openapi';
import { sealSecret, unsealSecret, UnreadableSecretError } from '@/lib/webhooks/seal';
import { newWebhookSecret, signatureHeaders } from '@/lib/webhooks/sign';
import { checkWebhookUrl } from '@/lib/webhooks/webhook-url';

const AUTH = 'an-auth-secret-of-at-least-thirty-two-characters';

describe('webhook signatures (Standard Webhooks)', () => {
  it('verify with the standardwebhooks package, and sign exactly as its Webhook.sign does', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    const body = JSON.stringify({ id: 'evt_1', type: 'order.created', data: { orderId: 'ord_1', note: 'ü ☃' } });
    const at = new Date();
    const headers = signatureHeaders(secret, { id: 'evt_1', body, at });
    expect(headers['webhook-id']).toBe('evt_1');
    expect(headers['webhook-timestamp']).toBe(String(Math.floor(at.getTime() / 1000)));
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(headers['webhook-signature']).toBe(new Webhook(secret).sign('evt_1', at, body));
  });

  it('do not verify for another body, id, secret or a stale timestamp', () => {
    const secret = newWebhookSecret();
    const body = '{"id":"evt_1"}';
    const headers = signatureHeaders(secret, { id: 'evt_1', body, at: new Date() });
    expect(() => new Webhook(secret).verify('{"id":"evt_2"}', headers)).toThrow();
    expect(() => new Webhook(secret).verify(body, { ...headers, 'webhook-id': 'evt_2' })).toThrow();
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow();
    const stale = signatureHeaders(secret, { id: 'evt_1', body, at: new Date(Date.now() - 10 * 60_000) });
    expect(() => new Webhook(secret).verify(body, stale)).toThrow();
  });
});

describe('webhook secrets at rest', () => {
  it('are sealed (not readable in the column) and unsealed only with the same AUTH secret', () => {
    const secret = newWebhookSecret();
    const sealed = sealSecret(secret, AUTH);
    expect(sealed).not.toContain(secret.slice(6));
    expect(sealSecret(secret, AUTH)).not.toBe(sealed);
    expect(unsealSecret(sealed, AUTH)).toBe(secret);
    expect(() => unsealSecret(sealed, `${AUTH}-rotated`)).toThrow(UnreadableSecretError);
    const [version, iv, data, tag] = sealed.split('.');
    const flipped = Buffer.from(data!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    const tampered = [version, iv, flipped.toString('base64url'), tag].join('.');
    expect(() => unsealSecret(tampered, AUTH)).toThrow(UnreadableSecretError);
  });
});

describe('webhook URLs', () => {
  const ok = (url: string, production = false) => checkWebhookUrl(url, { production });
  it('are https, or http to this machine outside production', () => {
    expect(ok('https://hooks.example.com/a')).toBe('https://hooks.example.com/a');
    expect(ok('https://hooks.example.com/a', true)).toBe('https://hooks.example.com/a');
    expect(ok('http://localhost:3001/in')).toBe('http://localhost:3001/in');
    expect(ok('http://127.0.0.1:3001/in')).toBe('http://127.0.0.1:3001/in');
    expect(ok('https://127.0.0.1:3001/in')).toBe('https://127.0.0.1:3001/in');
    expect(ok('https://203.0.113.7/in', true)).toBe('https://203.0.113.7/in');
    for (const [url, production] of [
      ['http://127.0.0.1:3001/in', true],
      ['http://localhost/in', true],
      ['http://hooks.example.com/a', false],
      ['http://127.0.0.1.example.com/a', false],
      ['ftp://hooks.example.com/a', false],
      ['https://user:pw@hooks.example.com/a', false],
      ['hooks.example.com/a', false],
      ['https://169.254.169.254/latest/meta-data', true],
      ['https://10.1.2.3/in', true],
      ['https://[::1]/in', true],
      ['https://[::ffff:127.0.0.1]/in', true],
      ['https://localhost/in', true],
    ] as const) {
      expect(() => ok(url, production), url).toThrow();
    }
  });
});

describe('webhook retries', () => {
  it('back off exponentially with jitter, at most 6 hours apart', () => {
    expect(retryDelayMs(1, () => 0)).toBe(15_000);
    expect(retryDelayMs(1, () => 1)).toBe(30_000);
    expect(retryDelayMs(2, () => 1)).toBe(120_000);
    expect(retryDelayMs(3, () => 0.5)).toBe(360_000);
    expect(retryDelayMs(20, () => 1)).toBe(6 * 3_600_000);
    const delays = Array.from({ length: 8 }, (_, i) => retryDelayMs(i + 1, () => 0.5));
    expect(delays).toEqual([...delays].sort((a, b) => a - b));
  });
});

describe('OpenAPI webhooks', () => {
  it('document every event type, with the Standard Webhooks headers and a body schema', () => {
    const doc = buildOpenApiDocument(operations, { version: 'test' }, webhookEvents) as {
      webhooks: Record<string, { post: { parameters: { name: string }[]; requestBody: unknown } }>;
    };
    expect(Object.keys(doc.webhooks).sort()).toEqual([...EVENT_TYPES].sort());
    for (const [type, { post }] of Object.entries(doc.webhooks)) {
      expect(
        post.parameters.map((p) => p.name),
        type,
      ).toEqual(['webhook-id', 'webhook-timestamp', 'webhook-signature']);
      expect(JSON.stringify(post.requestBody), type).toContain(type);
    }
    // No personal data in any order event's schema.
    expect(JSON.stringify(doc.webhooks)).not.toMatch(/"(email|phone|shippingAddress|collectorName)"/);
  });
});
