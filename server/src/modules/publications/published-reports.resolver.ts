import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../core/context';
import { isUuid } from '../../core/crud/filter';
import { MAX_PAGE } from '../../core/crud/list';
import { appError, badInput } from '../../core/errors';
import type { ReportData } from '../figures/report/report-data';
import { ReportFormat, ReportThresholdsInput } from '../figures/report/report.type';
import { figureValues } from './figure-values';
import { publish } from './publish';
import { PublishedReport } from './published-report.entity';
import { FigureValueView, PublishedReportFileView, PublishedReportView } from './published-report.type';
import { filesOf, NO_FILTERS, viewsOf } from './views';

const checkId = (id: string | null | undefined, path: string) => {
  if (id != null && !isUuid(id)) throw badInput([{ path, message: 'not an id' }]);
};

/** A publication by id, or null. */
export async function findPublication(ctx: AppContext, id: string): Promise<PublishedReport | null> {
  checkId(id, 'id');
  return ctx.em.findOne(PublishedReport, { id }, NO_FILTERS);
}

/**
 * Published reports (报告发布): public to every caller, since each says only what anonymous
 * callers were told when it was made; publishing is for REPORT_PUBLISHERS (ADMIN).
 */
@Resolver(() => PublishedReportView)
export class PublishedReportsResolver {
  @Mutation(() => PublishedReportView, {
    description:
      'Publish the report of a year and scope (发布报告, ADMIN): rendered in every format as an anonymous reader would get it, stored with its figures and SHA-256 hashes, audited; it supersedes the previous publication of the same year and scope',
  })
  async publishReport(
    @Ctx() ctx: AppContext,
    @Arg('year', () => Int, { description: 'Year (年度), one that has begun' }) year: number,
    @Arg('serviceCenterId', () => ID, { nullable: true, description: 'One centre (服务中心); omitted: the whole city' })
    serviceCenterId?: string | null,
    @Arg('thresholds', () => ReportThresholdsInput, {
      nullable: true,
      description: 'Override the configured thresholds for this publication (阈值)',
    })
    thresholds?: ReportThresholdsInput | null,
  ): Promise<PublishedReportView> {
    const row = await publish(ctx, { year, serviceCenterId: serviceCenterId ?? null, thresholds: thresholds ?? {} });
    return (await viewsOf(ctx.em, [row]))[0];
  }

  @Query(() => [PublishedReportView], { description: 'Published reports (已发布报告), newest first' })
  async publishedReports(
    @Ctx() ctx: AppContext,
    @Arg('year', () => Int, { nullable: true, description: 'Only this year (年度)' }) year?: number | null,
    @Arg('serviceCenterId', () => ID, { nullable: true, description: 'Only reports of this centre (服务中心); omitted: every scope' })
    serviceCenterId?: string | null,
    @Arg('current', () => Boolean, {
      nullable: true,
      description: 'true: only those not superseded; false: only superseded ones (是否现行)',
    })
    current?: boolean | null,
    @Arg('first', () => Int, { defaultValue: 100, description: 'At most this many, 0 to 500 (条数)' }) first = 100,
  ): Promise<PublishedReportView[]> {
    checkId(serviceCenterId, 'serviceCenterId');
    if (first < 0 || first > MAX_PAGE) throw badInput([{ path: 'first', message: `must be between 0 and ${MAX_PAGE}` }]);
    const where: FilterQuery<PublishedReport> = {};
    if (year != null) where.year = year;
    if (serviceCenterId) where.scope = serviceCenterId;
    const qb = ctx.em.createQueryBuilder(PublishedReport, 'p').select('*').where(where);
    // Superseded is a fact about the later row (it names this one), so it is asked of the table itself.
    const later = 'exists (select 1 from published_report s where s.supersedes_id = p.id)';
    if (current === true) qb.andWhere(`not ${later}`);
    if (current === false) qb.andWhere(later);
    const rows = await qb.orderBy({ publishedAt: 'desc', id: 'desc' }).limit(first).getResultList();
    return viewsOf(ctx.em, rows);
  }

  @Query(() => PublishedReportView, { nullable: true, description: 'One published report (发布版本), or null' })
  async publishedReport(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID, { description: 'Id of the publication (标识)' }) id: string,
  ): Promise<PublishedReportView | null> {
    const row = await findPublication(ctx, id);
    return row ? (await viewsOf(ctx.em, [row]))[0] : null;
  }

  @FieldResolver(() => [PublishedReportFileView], { description: 'The stored files, one per format (各格式文件)' })
  files(@Root() r: PublishedReportView, @Ctx() ctx: AppContext): Promise<PublishedReportFileView[]> {
    return filesOf(ctx).load(r.id);
  }

  @FieldResolver(() => PublishedReportFileView, { description: 'The stored file of one format (指定格式的文件)' })
  async file(
    @Root() r: PublishedReportView,
    @Ctx() ctx: AppContext,
    @Arg('format', () => ReportFormat, { description: 'Markdown, HTML or Word (格式)' }) format: ReportFormat,
  ): Promise<PublishedReportFileView> {
    const file = (await filesOf(ctx).load(r.id)).find((f) => f.format === format);
    // Every publication stores every format that existed when it was made; a later format is not in older ones.
    if (!file) throw appError('NOT_FOUND', `Publication ${r.id} has no ${format} file`, { type: 'PublishedReportFile', id: r.id });
    return file;
  }

  @FieldResolver(() => [FigureValueView], {
    description: 'Every number the report printed, from the figures stored with it (报告中的数字)',
  })
  figures(@Root() r: PublishedReportView): FigureValueView[] {
    return figureValues(r.data as unknown as ReportData);
  }
}
