import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../core/context';
import { forbidden, unauthenticated } from '../../core/errors';
import { AuditEntry } from './audit-entry.entity';
import { AuditLogConnection, AuditLogFilter } from './audit.types';
import { viewEntry } from './mask';
import { newestFirst } from './log-page';

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
    const where = whereOf(filter);
    const page = await newestFirst(ctx.em, AuditEntry, where, first, after);
    const nodes = await Promise.all(page.rows.map((e) => viewEntry(ctx, e)));
    return {
      nodes,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: nodes.at(-1)?.id ?? null },
      get totalCount() {
        return page.total();
      },
    };
  }
}
