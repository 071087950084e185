import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { AppContext } from '../../core/context';
import type { ReportFormat } from '../figures/report/report.type';
import { PublishedReportFile } from './published-report-file.entity';
import { CITY_SCOPE, PublishedReport } from './published-report.entity';
import type { PublishedReportFileView, PublishedReportView } from './published-report.type';

/** The tables have no soft delete: MikroORM's `live` filter (deletedAt) does not apply to them. */
export const NO_FILTERS = { filters: false } as const;

export const serviceCenterIdOf = (r: Pick<PublishedReport, 'scope'>) => (r.scope === CITY_SCOPE ? null : r.scope);

/** Publications as the API shows them, each with the one that superseded it (one statement for the lot). */
export async function viewsOf(em: EntityManager, rows: PublishedReport[]): Promise<PublishedReportView[]> {
  const ids = rows.map((r) => r.id);
  const later = ids.length
    ? await em.find(PublishedReport, { supersedesId: { $in: ids } }, { ...NO_FILTERS, fields: ['id', 'supersedesId'] })
    : [];
  const supersededBy = new Map(later.map((r) => [r.supersedesId!, r.id]));
  return rows.map((r) => ({
    id: r.id,
    year: r.year,
    serviceCenterId: serviceCenterIdOf(r),
    scopeName: r.scopeName,
    revision: r.revision,
    title: r.title,
    asOf: r.asOf,
    dataAsOf: r.dataAsOf,
    publishedAt: r.publishedAt,
    thresholds: r.thresholds,
    supersedesId: r.supersedesId ?? null,
    supersededById: supersededBy.get(r.id) ?? null,
    superseded: supersededBy.has(r.id),
    data: r.figures,
  }));
}

const fileView = (f: PublishedReportFile): PublishedReportFileView => ({
  id: f.id,
  format: f.format as ReportFormat,
  mimeType: f.mimeType,
  fileName: f.fileName,
  byteSize: f.byteSize,
  sha256: f.sha256,
});

const loaders = new WeakMap<AppContext, DataLoader<string, PublishedReportFileView[]>>();

/** Per request: the files of many publications in one statement, without their content. */
export function filesOf(ctx: AppContext): DataLoader<string, PublishedReportFileView[]> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (reportIds: readonly string[]) => {
      const files = await ctx.em.find(
        PublishedReportFile,
        { report: { $in: [...reportIds] } },
        // content is lazy: a list of files carries hashes, not files.
        { ...NO_FILTERS, orderBy: { format: 'asc' } },
      );
      return reportIds.map((id) => files.filter((f) => f.report.id === id).map(fileView));
    });
    loaders.set(ctx, loader);
  }
  return loader;
}
