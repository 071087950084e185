// Published reports: each publication of the report as anonymous readers got it, its files and hashes, and what changed since.
import { PublishedReportComparisonResolver } from './comparison.resolver';
import { PublishedReportFile } from './published-report-file.entity';
import { PublishedReportFileResolver } from './published-report-file.resolver';
import { PublishedReport } from './published-report.entity';
import { PublishedReportsResolver } from './published-reports.resolver';

export { PublishedReport } from './published-report.entity';
export { PublishedReportFile } from './published-report-file.entity';
export const publicationEntities = [PublishedReport, PublishedReportFile];
export const publicationResolvers = [PublishedReportsResolver, PublishedReportFileResolver, PublishedReportComparisonResolver];
