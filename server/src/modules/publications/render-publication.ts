import type { AppContext } from '../../core/context';
import { appError } from '../../core/errors';
import { disclosureOf } from '../figures/disclosure';
import { todayUtc } from '../figures/overview';
import { renderReport } from '../figures/report/build-report';
import { reportData, type ReportData } from '../figures/report/report-data';
import { ReportFormat, type Report, type ReportThresholdsInput } from '../figures/report/report.type';
import { anonymousContext } from './anonymous-context';

export interface PublicationRequest {
  year: number;
  serviceCenterId: string | null;
  thresholds: ReportThresholdsInput;
}

export interface RenderedPublication {
  /** The figures every format was rendered from. */
  data: ReportData;
  /** One report per ReportFormat, exactly as `report(format)` gives it to an anonymous caller. */
  reports: Report[];
  /** When the figures were read: unchanged from then until every format was rendered. */
  dataAsOf: Date;
}

/** Tries before giving up when the data keep changing under the rendering (each try reads everything twice). */
const ATTEMPTS = 3;

const read = (anon: AppContext, req: PublicationRequest) =>
  reportData(anon.em, anon.access, disclosureOf(anon), req.year, req.serviceCenterId, todayUtc());

/**
 * The report in every format, as the anonymous caller would get it from `report`, and the
 * figures it was made from. Each format is rendered by renderReport, the second half of
 * buildReport, from the one read of the figures, so a publication is byte for byte what that
 * query answers on the same data. The figure statements each run in a transaction of their
 * own, so one snapshot cannot hold them all: the figures are read again after the rendering,
 * and only when both reads agree are the files known to say what the data said (a write in
 * between means a fresh try). Nothing is written here.
 */
export async function renderAsAnonymous(ctx: AppContext, req: PublicationRequest): Promise<RenderedPublication> {
  const anon = anonymousContext(ctx);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const dataAsOf = new Date();
    const before = await read(anon, req);
    const reports = await Promise.all(Object.values(ReportFormat).map((format) => renderReport(before, { ...req, format })));
    const after = await read(anon, req);
    if (JSON.stringify(before) === JSON.stringify(after)) return { data: after, reports, dataAsOf };
  }
  throw appError(
    'CONFLICT',
    'The data kept changing while the report was being rendered: nothing was published. Publish again in a moment.',
  );
}
