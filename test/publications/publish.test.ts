import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../server/src/core/access/viewer';
import { buildFiguresCity } from '../figures/figures-city';
import { useTestCity } from '../support/fixtures';
import { sql } from '../support/sql';
import { ADMIN, ANONYMOUS, ok, userViewer } from '../support/test-app';
import { PUBLICATION, PUBLISH, publish, writtenRows, type FileOut, type PublicationOut } from './operations';

/**
 * Issue 18, published versions: ADMIN publishes the report of a year and scope; the server keeps
 * every format as the anonymous caller would get it, the figures it was made from and a SHA-256 of
 * each file; publications are listed, downloaded unchanged, superseded, and never changed.
 */
const env = useTestCity(buildFiguresCity);
const bytes = (f: FileOut) => Buffer.from(f.content, f.format === 'DOCX' ? 'base64' : 'utf8');
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const REPORT = `query($y: Int!, $s: ID, $f: ReportFormat) { report(year: $y, serviceCenterId: $s, format: $f) { content fileName } }`;
const reportAs = async (viewer: Viewer, format: string, s?: string) =>
  ok(await env.t.gql(REPORT, { y: 2026, f: format, s }, viewer)).report as { content: string };
const one = async (id: string, viewer: Viewer = ANONYMOUS) =>
  ok(await env.t.gql(`query($id: ID!) { publishedReport(id: $id) { ${PUBLICATION} } }`, { id }, viewer)).publishedReport as PublicationOut;

let first: PublicationOut;

describe('publishReport', () => {
  it('stores every format as the anonymous caller gets it, with the SHA-256 of each file', async () => {
    first = await publish(env.t, { y: 2026 });
    expect(first).toMatchObject({
      year: 2026,
      serviceCenterId: null,
      scopeName: '全市',
      revision: 1,
      supersedesId: null,
      superseded: false,
    });
    expect(first.title).toBe('关于全市城市社区建设发展情况的报告(2026年度)');
    expect(first.files.map((f) => f.format)).toEqual(['DOCX', 'HTML', 'MARKDOWN']);
    for (const f of first.files) {
      expect(f.sha256).toBe(sha256(bytes(f)));
      expect(f.byteSize).toBe(bytes(f).length);
      // Byte for byte what report(format) answers an anonymous caller, never the publisher's own view.
      expect(f.content).toBe((await reportAs(ANONYMOUS, f.format)).content);
    }
    expect(first.files.find((f) => f.format === 'DOCX')).toMatchObject({
      fileName: 'report-2026-city-r1.docx',
      mimeType: expect.stringContaining('word'),
    });
    const markdown = first.files.find((f) => f.format === 'MARKDOWN')!.content;
    expect(markdown).not.toBe((await reportAs(ADMIN, 'MARKDOWN')).content);
    // 北苑社区 has one active worker: withheld from anonymous readers, so from the publication.
    expect(markdown).toContain('| F-B | 北苑社区 | 5000 | * | * |');
    expect(first.thresholds).toContainEqual({ name: 'minWorkersPer10k', value: 18 });
  });

  it('keeps the figures it printed, withheld ones as withheld', async () => {
    const figure = (key: string) => first.figures.find((f) => f.key === key);
    expect(figure('overview.population')).toMatchObject({ value: '15000', display: '15000', withheld: false });
    expect(figure(`community.${env.city.A}.workersPer10k`)).toMatchObject({ value: '3', display: '3' });
    expect(figure(`community.${env.city.B}.workerCount`)).toMatchObject({ value: null, display: '*', withheld: true });
    expect(figure('budget.income.FISCAL_APPROPRIATION')?.label).toBe('全市 · 经费 · 财政拨款(元)');
  });

  it('lists publications to every caller and serves them unchanged after the data change', async () => {
    const list = ok(await env.t.gql('{ publishedReports { id revision files { format sha256 } } }', {}, ANONYMOUS)).publishedReports;
    expect(list).toEqual([{ id: first.id, revision: 1, files: first.files.map((f) => ({ format: f.format, sha256: f.sha256 })) }]);
    ok(await env.t.gql(`mutation { updateCommunity(id: "${env.city.A}", input: { population: 12000 }) { id } }`));
    const again = await one(first.id);
    expect(again.files).toEqual(first.files);
    expect(again.figures).toEqual(first.figures);
    // The database holds exactly the bytes hashed (PostgreSQL's own sha256 of the stored content).
    const stored = await sql(t().url, "select format, encode(sha256(content), 'hex') = sha256 as same from published_report_file");
    expect(stored).toHaveLength(3);
    expect(stored.every((r) => r.same)).toBe(true);
    const word = ok(
      await env.t.gql(
        `query($id: ID!) { publishedReport(id: $id) { file(format: DOCX) { content sha256 } } }`,
        { id: first.id },
        ANONYMOUS,
      ),
    ).publishedReport.file;
    expect(word.content).toBe(first.files.find((f) => f.format === 'DOCX')!.content);
  });

  it('supersedes the previous publication of the same year and scope, which stays downloadable', async () => {
    const second = await publish(env.t, { y: 2026, th: { minWorkersPer10k: 3 } });
    expect(second).toMatchObject({ revision: 2, supersedesId: first.id, superseded: false });
    expect(second.files.find((f) => f.format === 'MARKDOWN')!.content).toContain('1个社区每万人拥有社区工作者少于3人:安居社区(2.5人)');
    const old = await one(first.id);
    expect(old).toMatchObject({ superseded: true, supersededById: second.id });
    expect(old.files).toEqual(first.files);
    const current = ok(await env.t.gql('{ publishedReports(current: true) { id } }')).publishedReports;
    expect(current).toEqual([{ id: second.id }]);
    // A centre's report is a chain of its own.
    const centre = await publish(env.t, { y: 2026, s: env.city.P });
    expect(centre).toMatchObject({ serviceCenterId: env.city.P, scopeName: '甲党群服务中心', revision: 1, supersedesId: null });
    const ofCentre = ok(await env.t.gql(`{ publishedReports(serviceCenterId: "${env.city.P}") { id } }`)).publishedReports;
    expect(ofCentre).toEqual([{ id: centre.id }]);
  });

  it('gives two publishers at once consecutive revisions, the later superseding the earlier', async () => {
    const both = await Promise.all([publish(env.t, { y: 2026, s: env.city.S }), publish(env.t, { y: 2026, s: env.city.S })]);
    const [r1, r2] = both.sort((a, b) => a.revision - b.revision);
    expect([r1.revision, r2.revision]).toEqual([1, 2]);
    expect(r2.supersedesId).toBe(r1.id);
  });

  it('is audited, and the database refuses to change or delete a publication', async () => {
    const log = ok(
      await env.t.gql(
        '{ auditLog(filter: { actions: ["REPORT_PUBLISHED"] }) { nodes { recordType recordId version changes { field after } } } }',
      ),
    ).auditLog.nodes;
    const entry = log.find((e: { recordId: string }) => e.recordId === first.id);
    expect(entry).toMatchObject({ recordType: 'PublishedReport', version: 1 });
    expect(entry.changes).toContainEqual({ field: 'sha256.DOCX', after: JSON.stringify(first.files[0].sha256) });
    await expect(sql(t().url, "update published_report set title = 'x'")).rejects.toThrow(/never changed or deleted/);
    await expect(sql(t().url, 'delete from published_report_file')).rejects.toThrow(/never changed or deleted/);
  });
});

describe('publishReport refusals write nothing', () => {
  const refused = async (vars: Record<string, unknown>, viewer: Viewer) => {
    const before = await writtenRows(t());
    const res = await env.t.gql(PUBLISH, vars, viewer);
    expect(res.data?.publishReport ?? null).toBeNull();
    expect(await writtenRows(t())).toEqual(before);
    return res.errors?.[0];
  };
  const partner: Viewer = {
    kind: 'partner',
    keyId: '00000000-0000-4000-8000-0000000000aa',
    name: 'p',
    scopes: ['budget'],
    allowedDocuments: null,
  };

  it('to every role but ADMIN, which permissions say', async () => {
    const may = async (viewer: Viewer) =>
      ok(await env.t.gql('{ permissions { canPublishReports } }', {}, viewer)).permissions.canPublishReports;
    expect(await may(ADMIN)).toBe(true);
    for (const viewer of [ANONYMOUS, userViewer('CENTER_ADMIN', { serviceCenterId: env.city.P }), userViewer('AUDITOR'), partner])
      expect(await may(viewer)).toBe(false);
    expect((await refused({ y: 2026 }, ANONYMOUS))?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const viewer of [userViewer('CENTER_ADMIN', { serviceCenterId: env.city.P }), userViewer('AUDITOR'), partner])
      expect((await refused({ y: 2026 }, viewer))?.extensions?.code).toBe('FORBIDDEN');
  });

  it('for bad input, naming the argument', async () => {
    const fields = async (vars: Record<string, unknown>) => (await refused(vars, ADMIN))?.extensions?.fields;
    expect(await fields({ y: 1999 })).toEqual([{ path: 'year', message: expect.any(String) }]);
    expect(await fields({ y: new Date().getUTCFullYear() + 1 })).toEqual([{ path: 'year', message: expect.stringContaining('begun') }]);
    expect(await fields({ y: 2026, s: 'x' })).toEqual([{ path: 'serviceCenterId', message: 'not an id' }]);
    expect(await fields({ y: 2026, s: '00000000-0000-4000-8000-000000000099' })).toEqual([
      { path: 'serviceCenterId', message: expect.stringContaining('no service centre') },
    ]);
    expect(await fields({ y: 2026, th: { minWorkersPer10k: -1 } })).toEqual([
      { path: 'thresholds.minWorkersPer10k', message: expect.any(String) },
    ]);
    // Every bad argument at once.
    expect(await fields({ y: 1999, th: { minWorkersPer10k: -1 } })).toEqual([
      { path: 'year', message: expect.any(String) },
      { path: 'thresholds.minWorkersPer10k', message: expect.any(String) },
    ]);
  });

  it('and lookups answer by the contract', async () => {
    expect(ok(await env.t.gql('{ publishedReport(id: "00000000-0000-4000-8000-000000000099") { id } }')).publishedReport).toBeNull();
    const bad = await env.t.gql('{ publishedReport(id: "nope") { id } }');
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'id', message: 'not an id' }] });
    const missing = await env.t.gql('{ publishedReportComparison(id: "00000000-0000-4000-8000-000000000099") { changedCount } }');
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

const t = () => env.t;
