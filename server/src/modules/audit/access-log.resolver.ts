import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../core/context';
import { allRecords, formatProblem, normaliseFormatted } from '../../core/declare';
import { badInput, forbidden, unauthenticated } from '../../core/errors';
import { AccessLogEntry } from './access-log-entry.entity';
import { AccessLogConnection, AccessLogFilter, type AccessLogEntryView } from './access-log.types';
import { newestFirst } from './log-page';
import { ACCESS_LOG_READERS } from '../auth/access-log-readers';

/** ACCESS_LOG_READERS (auditors) alone read the access log. */
function assertAccessLogReader(ctx: AppContext): void {
  if (ctx.viewer.kind === 'anonymous') throw unauthenticated();
  if (ctx.viewer.kind !== 'user' || !ACCESS_LOG_READERS.includes(ctx.viewer.role)) throw forbidden('Only AUDITOR reads the access log');
}

/** Every record, of every type that holds identity numbers (declared format cnIdNumber), holding this one; deleted ones too. */
async function holdersOf(em: EntityManager, idNumber: string): Promise<FilterQuery<AccessLogEntry>[]> {
  const problem = formatProblem('cnIdNumber', idNumber);
  if (problem) throw badInput([{ path: 'filter.idNumber', message: `身份证号有误 / not an identity number: ${problem}` }]);
  const value = normaliseFormatted('cnIdNumber', idNumber);
  const out: FilterQuery<AccessLogEntry>[] = [];
  for (const decl of allRecords()) {
    for (const attr of decl.attrs.filter((a) => a.format === 'cnIdNumber')) {
      const rows = (await em.find(decl.cls as never, { [attr.name]: value } as never, {
        fields: ['id'] as never,
        filters: false,
      })) as Array<{
        id: string;
      }>;
      if (rows.length) out.push({ recordType: decl.name, recordId: { $in: rows.map((r) => r.id) } });
    }
  }
  return out;
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
