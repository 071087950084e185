import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import type { AppContext } from '../../core/context';
import { isUuid } from '../../core/crud/filter';
import type { FieldProblem } from '../../core/declare';
import { badInput } from '../../core/errors';
import { writeAudit } from '../audit';
import { REPORT_PUBLISHERS, requireRole } from '../auth';
import { ServiceCenter } from '../community';
import { thresholdsFor } from '../figures/report/build-report';
import type { Report } from '../figures/report/report.type';
import { bytesOf, sha256Hex } from './file-content';
import { PublishedReportFile } from './published-report-file.entity';
import { CITY_SCOPE, PublishedReport } from './published-report.entity';
import { renderAsAnonymous, type PublicationRequest } from './render-publication';
import { NO_FILTERS } from './views';

/** The request's problems, each at its argument: a year that has begun, a live centre. */
async function problemsOf(ctx: AppContext, req: PublicationRequest): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const thisYear = new Date().getUTCFullYear();
  // A year not yet begun has no data: publishing it would table a report of zeros.
  if (!Number.isInteger(req.year) || req.year < 2000 || req.year > thisYear)
    problems.push({ path: 'year', message: `must be between 2000 and ${thisYear} (a year that has begun)` });
  if (req.serviceCenterId !== null) {
    if (!isUuid(req.serviceCenterId)) problems.push({ path: 'serviceCenterId', message: 'not an id' });
    else if (!(await ctx.em.count(ServiceCenter, { id: req.serviceCenterId })))
      problems.push({ path: 'serviceCenterId', message: 'no service centre (服务中心) with this id' });
  }
  return problems;
}

/** `check()`, or null with its BAD_USER_INPUT fields added to `problems`: every bad argument is named at once. */
function orProblems<T>(check: () => T, problems: FieldProblem[]): T | null {
  try {
    return check();
  } catch (e) {
    if (!(e instanceof GraphQLError) || e.extensions.code !== 'BAD_USER_INPUT') throw e;
    problems.push(...(e.extensions.fields as FieldProblem[]));
    return null;
  }
}

/** report-2026.docx → report-2026-city-r2.docx: a download says which publication it is. */
const publishedName = (r: Report, scope: string, revision: number) =>
  r.fileName.replace(/(\.[^.]+)$/, `-${scope === CITY_SCOPE ? 'city' : scope.slice(0, 8)}-r${revision}$1`);

/**
 * Takes the next revision of a year and scope. The advisory lock (held until commit) makes
 * publishers of one year and scope wait for each other, so each reads the revision the
 * previous one wrote; the unique keys are the backstop.
 */
async function nextRevision(em: EntityManager, year: number, scope: string): Promise<{ revision: number; supersedesId: string | null }> {
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`published_report:${year}:${scope}`]);
  const [latest] = await em.find(PublishedReport, { year, scope }, { ...NO_FILTERS, orderBy: { revision: 'desc' }, limit: 1 });
  return { revision: (latest?.revision ?? 0) + 1, supersedesId: latest?.id ?? null };
}

/**
 * publishReport: renders the report as the anonymous caller would get it (read-only, before
 * anything is written), then stores the publication, its files and its audit entry in one
 * transaction. A refusal (role, input) comes before any work and writes nothing.
 */
export async function publish(ctx: AppContext, req: PublicationRequest): Promise<PublishedReport> {
  requireRole(ctx, [...REPORT_PUBLISHERS], 'publish reports');
  const problems = await problemsOf(ctx, req);
  const thresholds = orProblems(() => thresholdsFor(req.thresholds), problems);
  if (problems.length || !thresholds) throw badInput(problems);
  const rendered = await renderAsAnonymous(ctx, req);
  const scope = req.serviceCenterId ?? CITY_SCOPE;
  return ctx.em.transactional(async (em) => {
    const { revision, supersedesId } = await nextRevision(em, req.year, scope);
    const report = em.create(PublishedReport, {
      year: req.year,
      scope,
      scopeName: rendered.data.scopeName,
      revision,
      supersedesId,
      title: rendered.reports[0].title,
      asOf: rendered.data.asOf,
      dataAsOf: rendered.dataAsOf,
      thresholds: Object.entries(thresholds).map(([name, value]) => ({ name, value })),
      figures: rendered.data as unknown as Record<string, unknown>,
    });
    const files = rendered.reports.map((r) => {
      const content = bytesOf(r.format, r.content);
      return em.create(PublishedReportFile, {
        report,
        format: r.format,
        mimeType: r.mimeType,
        fileName: publishedName(r, scope, revision),
        content,
        byteSize: content.length,
        sha256: sha256Hex(content),
      });
    });
    await em.flush();
    await writeAudit(em, ctx.viewer, {
      action: 'REPORT_PUBLISHED',
      recordType: 'PublishedReport',
      recordId: report.id,
      version: revision,
      changes: [
        { field: 'year', before: null, after: req.year },
        { field: 'serviceCenterId', before: null, after: req.serviceCenterId },
        { field: 'revision', before: null, after: revision },
        { field: 'supersedesId', before: null, after: supersedesId },
        { field: 'thresholds', before: null, after: thresholds },
        ...files.map((f) => ({ field: `sha256.${f.format}`, before: null, after: f.sha256 })),
      ],
    });
    return report;
  });
}
