import { route } from '@/lib/http/route';
import { listAudit } from '@/lib/staff/audit-log';
import { staffContract } from '@/lib/staff/contract';

export const GET = route(staffContract.audit, async ({ db, query }) => listAudit(db, query));
