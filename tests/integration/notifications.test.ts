import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox } from '@/lib/db/schema';
import { readEnv } from '@/lib/env';
import { enqueueMessages, listOutbox } from '@/lib/notifications/outbox';
import { sendersFromEnv } from '@/lib/notifications/providers';
import { deliverPending, MAX_DELIVERY_ATTEMPTS, retryDelayMs, type Deliverable } from '@/lib/notifications/senders';
import { DB_LABEL, useTestDb } from '../support/test-db';

const db = useTestDb({ seed: false, provide: false });
/** What reached the SMTP server and the SMS gateway. */
const mails: { to: string[]; data: string }[] = [];
const texts: { to: string; from: string; body: string; auth: string }[] = [];
let smtp: SMTPServer;
let gateway: http.Server;
let smtpPort = 0;
let gatewayUrl = '';
/** Numbers the fake gateway refuses, as a provider does for an unreachable handset. */
const refused = new Set<string>();

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
  gateway = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c));
    req.on('end', () => {
      const form = new URLSearchParams(raw);
      if (!req.url?.endsWith('/2010-04-01/Accounts/AC123/Messages.json') || refused.has(form.get('To')!)) {
        res.writeHead(400, { 'content-type': 'application/json' }).end('{"message":"unreachable"}');
        return;
      }
      texts.push({
        to: form.get('To')!,
        from: form.get('From')!,
        body: form.get('Body')!,
        auth: req.headers.authorization!,
      });
      res.writeHead(201, { 'content-type': 'application/json' }).end('{"sid":"SM1"}');
    });
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  gatewayUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(resolve));
  await new Promise<void>((resolve) => gateway.close(() => resolve()));
});

const configured = () =>
  sendersFromEnv(
    readEnv({
      NODE_ENV: 'test',
      AISLE_SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      AISLE_EMAIL_FROM: 'Aisle <orders@aisle.example>',
      TWILIO_ACCOUNT_SID: 'AC123',
      TWILIO_AUTH_TOKEN: 'token',
      TWILIO_FROM_NUMBER: '+15005550006',
      AISLE_TWILIO_API_URL: gatewayUrl,
    }),
  );

describe(`notification delivery (${DB_LABEL})`, () => {
  it('with no provider configured, messages stay in the outbox', async () => {
    expect(sendersFromEnv(readEnv({ NODE_ENV: 'test' }))).toEqual([]);
    expect(() => readEnv({ NODE_ENV: 'test', TWILIO_ACCOUNT_SID: 'AC123' })).toThrow(/TWILIO_AUTH_TOKEN/);
    const now = new Date();
    await enqueueMessages(db.db, [{ channel: 'email', to: 'kept@example.com', body: 'Hello', kind: 'test' }], now);
    const delivered: Deliverable[] = [];
    const emailOnly = [{ channel: 'email' as const, send: async (m: Deliverable) => void delivered.push(m) }];
    expect(await deliverPending(db.db, [], now)).toBe(0);
    expect((await listOutbox(db.db, { to: 'kept@example.com' })).map((m) => m.body)).toEqual(['Hello']);
    expect(await deliverPending(db.db, emailOnly, now)).toBe(1);
    expect(await deliverPending(db.db, emailOnly, now)).toBe(0);
    expect(delivered.map((m) => m.to)).toEqual(['kept@example.com']);
  });

  it('sends e-mail over SMTP and SMS through the gateway, each once, even with two instances at it', async () => {
    const now = new Date();
    await enqueueMessages(
      db.db,
      [
        ...Array.from({ length: 6 }, (_, i) => ({
          channel: 'email' as const,
          to: `shopper${i}@example.com`,
          subject: 'Your order is ready',
          body: `Order A-10${i} is ready for pickup.`,
          kind: 'pickup_ready',
        })),
        ...Array.from({ length: 6 }, (_, i) => ({
          channel: 'sms' as const,
          to: `+8210555500${i}0`,
          body: `Aisle code ${100000 + i}`,
          kind: 'otp',
        })),
      ],
      now,
    );
    const [a, b] = await Promise.all([
      deliverPending(db.db, configured(), now),
      deliverPending(db.db, configured(), now),
    ]);
    expect(a + b).toBe(12);
    expect(mails.map((m) => m.to[0]).sort()).toEqual(Array.from({ length: 6 }, (_, i) => `shopper${i}@example.com`));
    const first = mails.find((m) => m.to[0] === 'shopper0@example.com')!;
    expect(first.data).toContain('Subject: Your order is ready');
    expect(first.data).toContain('Order A-100 is ready for pickup.');
    expect(first.data).toMatch(/From: Aisle <orders@aisle\.example>/);
    expect(texts.map((t) => t.to).sort()).toEqual(Array.from({ length: 6 }, (_, i) => `+8210555500${i}0`));
    expect(texts[0]!.from).toBe('+15005550006');
    expect(texts[0]!.auth).toBe(`Basic ${Buffer.from('AC123:token').toString('base64')}`);
    const unsent = await db.db.select().from(outbox).where(eq(outbox.kind, 'otp'));
    expect(unsent.every((m) => m.sentAt !== null && m.attempts === 1)).toBe(true);
    expect(await deliverPending(db.db, configured(), now)).toBe(0);
  });

  it('leaves a message another instance is sending alone, and takes it over when that instance died', async () => {
    const now = new Date();
    await enqueueMessages(db.db, [{ channel: 'sms', to: '+821033330000', body: 'held', kind: 'otp' }], now);
    // An instance claimed it and never finished (killed mid-send).
    await db.db
      .update(outbox)
      .set({ leaseUntil: new Date(now.getTime() + 60_000), attempts: 1 })
      .where(eq(outbox.to, '+821033330000'));
    expect(await deliverPending(db.db, configured(), now)).toBe(0);
    expect(await deliverPending(db.db, configured(), new Date(now.getTime() + 3 * 60_000))).toBe(1);
    expect(texts.filter((t) => t.to === '+821033330000')).toHaveLength(1);
  });

  it('retries a refused message with backoff, and gives up after the last try without holding others back', async () => {
    refused.add('+821099990000');
    let now = new Date();
    await enqueueMessages(
      db.db,
      [
        { channel: 'sms', to: '+821099990000', body: 'never arrives', kind: 'otp' },
        { channel: 'sms', to: '+821011110000', body: 'arrives', kind: 'otp' },
      ],
      now,
    );
    expect(await deliverPending(db.db, configured(), now)).toBe(1);
    const row = async () => (await db.db.select().from(outbox).where(eq(outbox.to, '+821099990000')))[0]!;
    expect((await row()).lastError).toMatch(/answered 400/);
    // Not again before its time.
    expect(await deliverPending(db.db, configured(), new Date(now.getTime() + 1_000))).toBe(0);
    expect((await row()).attempts).toBe(1);
    for (let attempt = 1; attempt < MAX_DELIVERY_ATTEMPTS; attempt++) {
      now = new Date(now.getTime() + retryDelayMs(attempt));
      await deliverPending(db.db, configured(), now);
    }
    const given = await row();
    expect(given.attempts).toBe(MAX_DELIVERY_ATTEMPTS);
    expect(given.failedAt).not.toBeNull();
    expect(given.sentAt).toBeNull();
    await deliverPending(db.db, configured(), new Date(now.getTime() + 24 * 3_600_000));
    expect((await row()).attempts).toBe(MAX_DELIVERY_ATTEMPTS);
    expect(texts.filter((t) => t.to === '+821099990000')).toEqual([]);
  });
});
