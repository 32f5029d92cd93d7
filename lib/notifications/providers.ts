import 'server-only';
import nodemailer from 'nodemailer';
import type { Env } from '@/lib/env';
import type { Deliverable, Sender } from './senders';

/** E-mail over SMTP (any provider: SES, Postmark, Mailgun, a company relay). */
export function smtpSender(url: string, from: string): Sender {
  // Bounded, so a send always ends well inside the outbox lease (lib/notifications/senders.ts).
  const transport = nodemailer.createTransport({
    url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    channel: 'email',
    async send(message: Deliverable) {
      await transport.sendMail({ from, to: message.to, subject: message.subject ?? '', text: message.body });
    },
  };
}

/** SMS through Twilio's Messages API, or any gateway that speaks it at `baseUrl`. */
export function twilioSender(opts: { accountSid: string; authToken: string; from: string; baseUrl: string }): Sender {
  const endpoint = new URL(`/2010-04-01/Accounts/${encodeURIComponent(opts.accountSid)}/Messages.json`, opts.baseUrl);
  const authorization = `Basic ${Buffer.from(`${opts.accountSid}:${opts.authToken}`).toString('base64')}`;
  return {
    channel: 'sms',
    async send(message: Deliverable) {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ To: message.to, From: opts.from, Body: message.body }),
        signal: AbortSignal.timeout(15_000),
      });
      if (!response.ok) {
        throw new Error(`SMS gateway answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
      }
    },
  };
}

/** The senders the environment configures; none (everything stays in the outbox) by default. */
export function sendersFromEnv(env: Env): Sender[] {
  const senders: Sender[] = [];
  if (env.AISLE_SMTP_URL) senders.push(smtpSender(env.AISLE_SMTP_URL, env.AISLE_EMAIL_FROM));
  if (env.TWILIO_ACCOUNT_SID && env.TWILIO_AUTH_TOKEN && env.TWILIO_FROM_NUMBER) {
    senders.push(
      twilioSender({
        accountSid: env.TWILIO_ACCOUNT_SID,
        authToken: env.TWILIO_AUTH_TOKEN,
        from: env.TWILIO_FROM_NUMBER,
        baseUrl: env.AISLE_TWILIO_API_URL,
      }),
    );
  }
  return senders;
}
