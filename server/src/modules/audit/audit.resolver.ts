import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../core/context';
import { badInput, forbidden, unauthenticated } from '../../core/errors';
import { MAX_PAGE } from '../../core/crud/list';
import { AuditEntry } from './audit-entry.entity';
import { AuditLogConnection, AuditLogFilter } from './audit.types';
import { viewEntry } from './mask';

/** Only AUDITOR and ADMIN read the whole log (domain.md). */
export function assertAuditReader(ctx: AppContext): void {
  if (ctx.viewer.kind === 'anonymous') throw unauthenticated();
  if (ctx.viewer.kind !== 'user' || (ctx.viewer.role !== 'ADMIN' && ctx.viewer.role !== 'AUDITOR'))
    throw forbidden('Only AUDITOR and ADMIN read the audit log');
}

function whereOf(filter: AuditLogFilter | null | undefined): FilterQuery<AuditEntry> {
  const f = filter ?? {};
  const parts: FilterQuery<AuditEntry>[] = [];
  if (f.recordType) parts.push({ recordType: f.recordType });
  if (f.recordId) parts.push({ recordId: f.recordId });
  if (f.actorId) parts.push({ actorId: f.actorId });
  if (f.actions?.length) parts.push({ action: { $in: f.actions } });
  if (f.from) parts.push({ at: { $gte: f.from } });
  if (f.to) parts.push({ at: { $lt: f.to } });
  return parts.length ? { $and: parts } : {};
}

// The audit log has no soft delete: the `live` filter does not apply (filters: false).
@Resolver()
export class AuditResolver {
  @Query(() => AuditLogConnection, { description: 'The audit log (审计日志), newest first: AUDITOR and ADMIN only' })
  async auditLog(
    @Ctx() ctx: AppContext,
    @Arg('filter', () => AuditLogFilter, { nullable: true, description: 'Which entries (筛选)' }) filter?: AuditLogFilter,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 0 to 500, default 50 (每页条数)' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page (游标分页)' }) after?: string,
  ): Promise<AuditLogConnection> {
    assertAuditReader(ctx);
    const size = first ?? 50;
    if (size < 0 || size > MAX_PAGE) throw badInput([{ path: 'first', message: `must be between 0 and ${MAX_PAGE}` }]);
    if (after != null && !/^\d+$/.test(after))
      throw badInput([{ path: 'after', message: 'not a cursor of the audit log: take endCursor from the previous page' }]);
    const where = whereOf(filter);
    const page = after ? { $and: [where, { id: { $lt: after } }] } : where;
    const rows = await ctx.em.find(AuditEntry, page as FilterQuery<AuditEntry>, {
      orderBy: { id: 'DESC' },
      limit: size + 1,
      filters: false,
    });
    const nodes = await Promise.all(rows.slice(0, size).map((e) => viewEntry(ctx, e)));
    return {
      nodes,
      pageInfo: { hasNextPage: rows.length > size, endCursor: nodes.at(-1)?.id ?? null },
      get totalCount() {
        return ctx.em.count(AuditEntry, where, { filters: false });
      },
    };
  }
}
