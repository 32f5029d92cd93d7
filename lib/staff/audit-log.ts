import 'server-only';
import { and, desc, eq, lt, or } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { staffAuditLog } from '@/lib/db/schema';
import type { AuditEntry } from './schema';

/** A page of the audit log, newest first, optionally of one store or one member; `next` pages on. */
export async function listAudit(
  db: Db,
  query: { storeId?: string; staffId?: string; after?: string; limit: number },
): Promise<{ entries: AuditEntry[]; next: string | null }> {
  const [cursor] = query.after
    ? await db
        .select({ at: staffAuditLog.at, id: staffAuditLog.id })
        .from(staffAuditLog)
        .where(eq(staffAuditLog.id, query.after))
    : [];
  if (query.after && !cursor) return { entries: [], next: null };
  const rows = await db
    .select()
    .from(staffAuditLog)
    .where(
      and(
        query.storeId ? eq(staffAuditLog.storeId, query.storeId) : undefined,
        query.staffId ? eq(staffAuditLog.staffId, query.staffId) : undefined,
        cursor
          ? or(lt(staffAuditLog.at, cursor.at), and(eq(staffAuditLog.at, cursor.at), lt(staffAuditLog.id, cursor.id)))
          : undefined,
      ),
    )
    .orderBy(desc(staffAuditLog.at), desc(staffAuditLog.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  return {
    entries: page.map((r) => ({ ...r, at: r.at.toISOString() })),
    next: rows.length > query.limit ? page.at(-1)!.id : null,
  };
}
