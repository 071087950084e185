import type { Viewer } from '../../server/src/core/access/viewer';
import { ok, type TestApp } from '../support/test-app';
import { sql } from '../support/sql';

/** The publication fields the tests read, files and figures included. */
export const PUBLICATION = `id year serviceCenterId scopeName revision title asOf dataAsOf publishedAt
  thresholds { name value } supersedesId supersededById superseded
  files { format mimeType fileName byteSize sha256 content }
  figures { key label labelEn value display withheld }`;

export const PUBLISH = `mutation($y: Int!, $s: ID, $th: ReportThresholdsInput) {
  publishReport(year: $y, serviceCenterId: $s, thresholds: $th) { ${PUBLICATION} } }`;

export const COMPARE = `query($id: ID!) { publishedReportComparison(id: $id) {
  asOf figureCount changedCount generatedAt publishedReport { id revision }
  changes { key label labelEn before { value display withheld } after { value display withheld } } } }`;

export interface FileOut {
  format: string;
  mimeType: string;
  fileName: string;
  byteSize: number;
  sha256: string;
  content: string;
}

export interface PublicationOut {
  id: string;
  revision: number;
  supersedesId: string | null;
  supersededById: string | null;
  superseded: boolean;
  files: FileOut[];
  figures: Array<{ key: string; label: string; value: string | null; display: string; withheld: boolean }>;
  [field: string]: unknown;
}

export const publish = async (t: TestApp, vars: Record<string, unknown>, viewer?: Viewer): Promise<PublicationOut> =>
  ok(await t.gql(PUBLISH, vars, viewer)).publishReport as PublicationOut;

/** What publishing writes, counted in SQL: a refused publication must leave every count as it was. */
export async function writtenRows(t: TestApp): Promise<Record<string, number>> {
  const [row] = await sql(
    t.url,
    `select (select count(*)::int from published_report) as reports, (select count(*)::int from published_report_file) as files,
      (select count(*)::int from audit_entry where action = 'REPORT_PUBLISHED') as audits`,
  );
  return row;
}
