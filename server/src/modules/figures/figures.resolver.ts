import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../core/context';
import { scopedFilter } from '../../core/crud/filter';
import { recordOf } from '../../core/declare';
import { badInput } from '../../core/errors';
import { typesOf } from '../../core/graphql/record-types';
import { DateScalar } from '../../core/scalars';
import { disclosureOf } from './disclosure';
import { BudgetLine } from '../budget/budget-line.entity';
import { Community } from '../community/community.entity';
import { budgetSummary } from './budget-summary';
import { BudgetGroup, BudgetSummary } from './budget-summary.type';
import { dutyFindings } from './duty-findings';
import { DutyFindings } from './duty-findings.type';
import { areaIndicators, communityIndicatorRows } from './indicators';
import { AreaIndicators, CommunityIndicators } from './indicators.type';
import { overview, todayUtc } from './overview';
import { Overview } from './overview.type';
import { buildReport } from './report/build-report';
import { Report, ReportFormat, ReportThresholdsInput } from './report/report.type';
import { idsWhere, sql, type Columns } from './sql';
import { isUuid } from '../../core/crud/filter';

const checkYear = (year: number) => {
  if (year < 2000 || year > 2100) throw badInput([{ path: 'year', message: 'must be between 2000 and 2100' }]);
};
const checkId = (id: string | null | undefined, path: string) => {
  if (id != null && !isUuid(id)) throw badInput([{ path, message: 'not an id' }]);
};

/**
 * The figures of domain.md: counts and summaries, PUBLIC to every caller. Each is
 * computed in PostgreSQL (aggregates and joins), never by loading rows into Node.
 */
@Resolver()
export class FiguresResolver {
  @Query(() => Overview, {
    description: 'Basic situation (基本情况) of the city or one service centre, as it stood on asOf (default today, UTC)',
  })
  async overview(
    @Ctx() ctx: AppContext,
    @Arg('serviceCenterId', () => ID, { nullable: true, description: 'One centre (服务中心); omitted: the whole city' })
    serviceCenterId?: string | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Count what existed on this date (统计日期)' }) asOf?: string | null,
  ): Promise<Overview> {
    checkId(serviceCenterId, 'serviceCenterId');
    return overview(ctx.em, disclosureOf(ctx), serviceCenterId ?? null, asOf ?? todayUtc());
  }

  @Query(() => [CommunityIndicators], {
    description: 'Indicators of each community matching the filter for a year (社区指标), ordered by code',
  })
  async communityIndicators(
    @Ctx() ctx: AppContext,
    @Arg('year', () => Int, { description: 'Year (年度)' }) year: number,
    @Arg('filter', () => typesOf(recordOf(Community)).filter, { nullable: true, description: 'Which communities (社区筛选)' })
    filter?: Record<string, unknown> | null,
  ): Promise<CommunityIndicators[]> {
    checkYear(year);
    const decl = recordOf(Community);
    // The list rules: the caller's field guard, and its row scope on the communities and on every relation filtered through.
    const where = scopedFilter(ctx.access, decl, filter);
    const selected = Object.keys(where).length
      ? (c: Columns<Community>) => sql`${c.id} in (${idsWhere(ctx.em, decl, where)})`
      : () => sql`true`;
    return communityIndicatorRows(ctx.em, disclosureOf(ctx), year, selected);
  }

  @Query(() => AreaIndicators, {
    description: 'Indicators of a service centre: its communities, its own budget lines and duties (中心指标)',
  })
  async centerIndicators(
    @Ctx() ctx: AppContext,
    @Arg('year', () => Int, { description: 'Year (年度)' }) year: number,
    @Arg('serviceCenterId', () => ID, { description: 'The service centre (服务中心)' }) serviceCenterId: string,
  ): Promise<AreaIndicators> {
    checkYear(year);
    checkId(serviceCenterId, 'serviceCenterId');
    return areaIndicators(ctx.em, disclosureOf(ctx), year, serviceCenterId);
  }

  @Query(() => AreaIndicators, { description: 'Indicators of the whole city (全市指标)' })
  async cityIndicators(
    @Ctx() ctx: AppContext,
    @Arg('year', () => Int, { description: 'Year (年度)' }) year: number,
  ): Promise<AreaIndicators> {
    checkYear(year);
    return areaIndicators(ctx.em, disclosureOf(ctx), year, null);
  }

  @Query(() => BudgetSummary, {
    description: 'Budget lines of a fiscal year summed by the chosen keys (经费汇总), with balance and fiscal dependency; exact decimals',
  })
  async budgetSummary(
    @Ctx() ctx: AppContext,
    @Arg('year', () => Int, { description: 'Year (年度)' }) year: number,
    @Arg('groupBy', () => [BudgetGroup], { description: 'Keys to group by, in order (分组)' }) groupBy: BudgetGroup[],
    @Arg('filter', () => typesOf(recordOf(BudgetLine)).filter, {
      nullable: true,
      description:
        'Which lines (经费明细筛选): fields you may not read are refused, and if you may not read budget lines one by one, only the grouping keys may narrow the summary',
    })
    filter?: Record<string, unknown> | null,
  ): Promise<BudgetSummary> {
    checkYear(year);
    return budgetSummary(ctx.em, ctx.access, disclosureOf(ctx), { year, groupBy, filter, asked: true });
  }

  @Query(() => DutyFindings, { description: 'Power mismatches and unfunded duties of a year (权责不匹配、费未随事转)' })
  async dutyFindings(
    @Ctx() ctx: AppContext,
    @Arg('year', () => Int, { description: 'Year (年度)' }) year: number,
    @Arg('serviceCenterId', () => ID, { nullable: true, description: 'Only this centre and its communities (服务中心)' })
    serviceCenterId?: string | null,
  ): Promise<DutyFindings> {
    checkYear(year);
    checkId(serviceCenterId, 'serviceCenterId');
    return dutyFindings(ctx.em, disclosureOf(ctx), year, serviceCenterId ?? null);
  }

  @Query(() => Report, { description: 'The community-building report (社区建设发展情况报告) generated from the data, in Chinese' })
  async report(
    @Ctx() ctx: AppContext,
    @Arg('year', () => Int, { description: 'Year (年度)' }) year: number,
    @Arg('serviceCenterId', () => ID, { nullable: true, description: 'One centre (服务中心); omitted: the whole city' })
    serviceCenterId?: string | null,
    @Arg('format', () => ReportFormat, {
      defaultValue: ReportFormat.MARKDOWN,
      description: 'Markdown, printable HTML or Word (.docx, base64) (格式)',
    })
    format: ReportFormat = ReportFormat.MARKDOWN,
    @Arg('thresholds', () => ReportThresholdsInput, {
      nullable: true,
      description: 'Override the configured thresholds for this report (阈值)',
    })
    thresholds?: ReportThresholdsInput | null,
  ): Promise<Report> {
    checkYear(year);
    checkId(serviceCenterId, 'serviceCenterId');
    return buildReport(ctx, { year, serviceCenterId: serviceCenterId ?? null, format, thresholds: thresholds ?? {} });
  }
}
