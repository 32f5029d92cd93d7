import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getDb } from '@/lib/db';
import { devOutboxEnabled, readEnv } from '@/lib/env';
import { listOutbox } from '@/lib/notifications/outbox';
import { Button } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Outbox (development)', robots: { index: false } };

/** Development only: every e-mail and text the shop would have sent. Not translated: a developer tool. */
export default async function DevOutboxPage({ searchParams }: { searchParams: Promise<{ to?: string }> }) {
  if (!devOutboxEnabled(readEnv())) notFound();
  const { to } = await searchParams;
  const messages = await listOutbox(await getDb(), { to: to || undefined, limit: 200 });
  return (
    <div className="mx-auto max-w-4xl px-4 py-8 sm:px-6">
      <h1 className="text-3xl font-semibold tracking-tight">Outbox</h1>
      <p className="mt-1 text-sm text-muted">Messages written by the development sender instead of being delivered.</p>
      <form className="mt-4 flex gap-2" method="get">
        <label className="flex-1">
          <span className="sr-only">Recipient</span>
          <input
            name="to"
            defaultValue={to}
            placeholder="e-mail or +82…"
            className="w-full rounded-lg border border-line bg-white px-3 py-2"
          />
        </label>
        <Button type="submit" size="md-wide">
          Filter
        </Button>
      </form>
      <ul className="mt-6 space-y-3">
        {messages.map((m, i) => (
          <li key={i} className="rounded-lg border border-line bg-white p-4 text-sm">
            <p className="text-xs text-muted">
              {m.channel.toUpperCase()} · {m.kind} · to {m.to} · {m.createdAt.toISOString()}
            </p>
            {m.subject && <p className="mt-1 font-medium">{m.subject}</p>}
            <p className="mt-1">{m.body}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
