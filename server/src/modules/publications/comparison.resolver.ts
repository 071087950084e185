import { GraphQLError } from 'graphql';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../core/context';
import { notFound } from '../../core/errors';
import { disclosureOf } from '../figures/disclosure';
import { todayUtc } from '../figures/overview';
import { comparableFigures, type ComparableFigures, type ReportData } from '../figures/report/report-data';
import { anonymousContext } from './anonymous-context';
import { compareFigures } from './compare-figures';
import { PublishedReportComparison } from './comparison.type';
import { figureValues } from './figure-values';
import { findPublication } from './published-reports.resolver';
import { serviceCenterIdOf, viewsOf } from './views';

/** Today's figures of the publication's year and scope, as anonymous callers get them; null when its centre is gone. */
async function todaysFigures(ctx: AppContext, year: number, serviceCenterId: string | null): Promise<ComparableFigures | null> {
  const anon = anonymousContext(ctx);
  try {
    return await comparableFigures(anon.em, anon.access, disclosureOf(anon), year, serviceCenterId, todayUtc());
  } catch (e) {
    // A deleted centre: every number of its publication is gone, which is what the comparison then says.
    if (e instanceof GraphQLError && e.extensions.code === 'NOT_FOUND') return null;
    throw e;
  }
}

@Resolver()
export class PublishedReportComparisonResolver {
  @Query(() => PublishedReportComparison, {
    description:
      'What changed since a report was published (发布以来的变化): its numbers against today’s data of the same year and scope, both as anonymous readers are told them',
  })
  async publishedReportComparison(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID, { description: 'Id of the publication (标识)' }) id: string,
  ): Promise<PublishedReportComparison> {
    const row = await findPublication(ctx, id);
    if (!row) throw notFound('PublishedReport', id);
    const today = await todaysFigures(ctx, row.year, serviceCenterIdOf(row));
    const before = figureValues(row.figures as unknown as ReportData);
    const changes = compareFigures(before, today ? figureValues(today) : []);
    return {
      publishedReport: (await viewsOf(ctx.em, [row]))[0],
      asOf: today?.asOf ?? null,
      figureCount: before.length,
      changedCount: changes.length,
      changes,
      generatedAt: new Date(),
    };
  }
}
