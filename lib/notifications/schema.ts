import { z } from 'zod';

export const outboxQuerySchema = z.object({ to: z.string().trim().max(254).optional() });

export const outboxMessageSchema = z.object({
  channel: z.enum(['email', 'sms']),
  to: z.string(),
  subject: z.string().nullable(),
  body: z.string(),
  kind: z.string(),
  createdAt: z.string(),
});
