import { describe, expect, it } from 'vitest';
import { recordOf } from '../../server/src/core/declare';
import { useTestCity } from '../support/fixtures';
import { ANONYMOUS, ok, userViewer } from '../support/test-app';
import type { Viewer } from '../../server/src/core/access/viewer';
import { buildFiguresCity } from './figures-city';

// dataCompleteness on the hand-made city: C (centre S's only live community) has no population, no
// households, no 2026 council meetings and no 2026 budget lines; A and B have every input.
const env = useTestCity(buildFiguresCity);

const QUERY = `query($y: Int!, $s: ID) { dataCompleteness(year: $y, serviceCenterId: $s) {
  year serviceCenterId communityCount
  checks { kind recordType field communityCount wholeCentres { serviceCenterId name } }
  gaps { kind communityId communityCode communityName recordType recordId display field }
} }`;
const ask = async (viewer?: Viewer, year = 2026, s: string | null = null) =>
  ok(await env.t.gql(QUERY, { y: year, s }, viewer)).dataCompleteness;

const found = (c: { checks: Array<{ kind: string; recordType: string; field: string; communityCount: number }> }) =>
  c.checks.filter((x) => x.communityCount > 0).map((x) => `${x.kind} ${x.recordType}.${x.field}`);

describe('dataCompleteness', () => {
  it('names each declared input a community lacks: empty fields and the year’s missing records', async () => {
    const c = await ask();
    expect(c).toMatchObject({ year: 2026, serviceCenterId: null, communityCount: 3 });
    // Every declared check is made for ADMIN, in declaration order, found or not.
    expect(c.checks.filter((x: any) => x.kind === 'EMPTY_FIELD').map((x: any) => x.field)).toEqual(
      recordOf('Community')
        .attrs.filter((a) => a.requiredForFigures)
        .map((a) => a.name),
    );
    expect(found(c).sort()).toEqual(
      [
        'EMPTY_FIELD Community.population',
        'EMPTY_FIELD Community.households',
        'NO_RECORDS CouncilMeeting.heldOn',
        'NO_RECORDS BudgetLine.fiscalYear',
      ].sort(),
    );
    expect(c.gaps.every((g: any) => g.communityId === env.city.C && g.communityCode === 'F-C' && g.communityName === '城南社区')).toBe(
      true,
    );
    expect(c.gaps.find((g: any) => g.field === 'population')).toMatchObject({
      kind: 'EMPTY_FIELD',
      recordType: 'Community',
      recordId: env.city.C,
    });
    expect(c.gaps.find((g: any) => g.recordType === 'CouncilMeeting')).toMatchObject({ kind: 'NO_RECORDS', recordId: null });
    // S's only live community has none: "a centre without council meetings recorded".
    const meetings = c.checks.find((x: any) => x.recordType === 'CouncilMeeting');
    expect(meetings.wholeCentres).toEqual([{ serviceCenterId: env.city.S, name: '乙街道办事处' }]);
    expect(c.checks.find((x: any) => x.field === 'population').wholeCentres).toEqual([
      { serviceCenterId: env.city.S, name: '乙街道办事处' },
    ]);
  });

  it('checks one centre, and a year before any community existed only for fields', async () => {
    const p = await ask(undefined, 2026, env.city.P);
    expect(p).toMatchObject({ serviceCenterId: env.city.P, communityCount: 2, gaps: [] });
    const early = await ask(undefined, 2000);
    expect(early.gaps.map((g: any) => g.kind)).toEqual(['EMPTY_FIELD', 'EMPTY_FIELD']);
  });

  it('makes a yearly check only for callers who may read its reference and date in every row', async () => {
    // Budget lines are INTERNAL: an anonymous caller is told nothing about them, not even that a community has none.
    const anonymous = await ask(ANONYMOUS);
    expect(anonymous.checks.some((x: any) => x.recordType === 'BudgetLine')).toBe(false);
    expect(found(anonymous)).toContain('NO_RECORDS CouncilMeeting.heldOn');
    expect(found(anonymous)).toContain('EMPTY_FIELD Community.population');
    const staff = await ask(userViewer('COMMUNITY_STAFF', { communityId: env.city.A }));
    expect(found(staff)).toContain('NO_RECORDS BudgetLine.fiscalYear');
  });

  it('checks a flagged field of another type per record, attributed through its owner reference', async () => {
    // The generic path, exercised by flagging compounds' households for this test only: no compound has any.
    const households = recordOf('Compound').attrs.find((a) => a.name === 'households')!;
    households.requiredForFigures = true;
    try {
      const c = await ask();
      const compounds = c.gaps.filter((g: any) => g.recordType === 'Compound');
      expect(compounds.map((g: any) => g.display).sort()).toEqual(['A1小区', 'A2小区', 'B1小区', 'C1小区']);
      expect(compounds.every((g: any) => g.recordId && g.field === 'households')).toBe(true);
      expect(c.checks.find((x: any) => x.recordType === 'Compound')).toMatchObject({ communityCount: 3 });
    } finally {
      households.requiredForFigures = undefined;
    }
  });

  it('refuses a bad year or centre id, saying which', async () => {
    const bad = await env.t.gql(QUERY, { y: 1999, s: null });
    expect(bad.errors?.[0].extensions?.fields).toEqual([{ path: 'year', message: 'must be between 2000 and 2100' }]);
    const id = await env.t.gql(QUERY, { y: 2026, s: 'S' });
    expect(id.errors?.[0].extensions?.fields).toEqual([{ path: 'serviceCenterId', message: 'not an id' }]);
  });
});

describe('the report states the gaps instead of silent zeros', () => {
  const report = async (format = 'MARKDOWN', viewer?: Viewer) =>
    ok(await env.t.gql('query($f: ReportFormat) { report(year: 2026, format: $f) { content } }', { f: format }, viewer)).report
      .content as string;

  it('says beside each sum and ratio how many communities were left out, and lists the gaps by community', async () => {
    const md = await report();
    // Beside the sums and ratios, in the sentences that print them.
    expect(md).toContain('管辖人口1.50万人(15000人,5000户)');
    expect(md).toContain('1个社区未填报管辖人口,管辖人口合计未计入该社区');
    expect(md).toContain('人均4.92学时。1个社区未填报管辖人口,每万人社区工作者、每千人办公用房面积和每万人社会组织未计入该社区。');
    expect(md).toContain('费未随事转3项。1个社区未录入2026年经费明细,上述经费合计和财政依赖度不含该社区。');
    // All of it in one paragraph with the communities named, and by community in the appendix.
    expect(md).toContain('数据完整性方面,截至');
    expect(md).toContain('1个社区未填报管辖人口(城南社区),相关指标未计入该社区');
    expect(md).toContain('1个社区未录入2026年居民议事会议(城南社区),其中乙街道办事处下辖社区均未录入,无法区分未开展与未录入');
    expect(md).toContain('## 附表 各社区数据缺口');
    expect(md).toMatch(/\| F-C \| 城南社区 \| 管辖人口、户数、.*2026年居民议事会议\(未录入\)/);
    // An anonymous reader is not told about budget lines it may not read.
    const anonymous = await report('MARKDOWN', ANONYMOUS);
    expect(anonymous).toContain('1个社区未录入2026年居民议事会议');
    expect(anonymous).not.toContain('经费明细');
  });
});
