import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../core/context';
import { identityHolders, identityNumberArg } from '../../core/crud/identity-holders';
import { forbidden, unauthenticated } from '../../core/errors';
import { AccessLogEntry } from './access-log-entry.entity';
import { AccessLogConnection, AccessLogFilter, type AccessLogEntryView } from './access-log.types';
import { newestFirst } from './log-page';
import { ACCESS_LOG_READERS } from '../auth/access-log-readers';

/** ACCESS_LOG_READERS (auditors) alone read the access log. */
function assertAccessLogReader(ctx: AppContext): void {
  if (ctx.viewer.kind === 'anonymous') throw unauthenticated();
  if (ctx.viewer.kind !== 'user' || !ACCESS_LOG_READERS.includes(ctx.viewer.role)) throw forbidden('Only AUDITOR reads the access log');
}

/** Every record, of any type, holding this identity number (deleted ones too): what an entry about that person names. */
async function holdersOf(em: EntityManager, idNumber: string): Promise<FilterQuery<AccessLogEntry>[]> {
  const holders = await identityHolders(em, identityNumberArg(idNumber, 'filter.idNumber'));
  return holders.map(({ decl, rows }) => ({ recordType: decl.name, recordId: { $in: rows.map((r) => r.id) } }));
}

async function whereOf(em: EntityManager, filter: AccessLogFilter | null | undefined): Promise<FilterQuery<AccessLogEntry>> {
  const f = filter ?? {};
  const parts: FilterQuery<AccessLogEntry>[] = [];
  if (f.idNumber != null) {
    const holders = await holdersOf(em, f.idNumber);
    // Nobody holds it: no entry can be about it.
    parts.push(holders.length ? { $or: holders } : { id: { $lt: '0' } });
  }
  if (f.recordType) parts.push({ recordType: f.recordType });
  if (f.recordId) parts.push({ recordId: f.recordId });
  if (f.field) parts.push({ field: f.field });
  if (f.actorId) parts.push({ actorId: f.actorId });
  if (f.purposes?.length) parts.push({ purpose: { $in: f.purposes } });
  if (f.from) parts.push({ at: { $gte: f.from } });
  if (f.to) parts.push({ at: { $lt: f.to } });
  return parts.length ? { $and: parts } : {};
}

@Resolver()
export class AccessLogResolver {
  @Query(() => AccessLogConnection, {
    description: 'Who read which personal field in clear, when and why (个人信息访问日志), newest first: AUDITOR only',
  })
  async accessLog(
    @Ctx() ctx: AppContext,
    @Arg('filter', () => AccessLogFilter, { nullable: true, description: 'Which entries (筛选)' }) filter?: AccessLogFilter,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 0 to 500, default 50 (每页条数)' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page (游标分页)' }) after?: string,
  ): Promise<AccessLogConnection> {
    assertAccessLogReader(ctx);
    const page = await newestFirst(ctx.em, AccessLogEntry, await whereOf(ctx.em, filter), first, after);
    const nodes: AccessLogEntryView[] = page.rows.map((e) => ({
      ...e,
      actorId: e.actorId ?? null,
      actorName: e.actorName ?? null,

      requestId: e.requestId ?? null,
    }));
    return {
      nodes,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: nodes.at(-1)?.id ?? null },
      get totalCount() {
        return page.total();
      },
    };
  }
}
