import { describe, expect, it } from 'vitest';
import { useTestCity } from '../support/fixtures';
import type { Viewer } from '../../server/src/core/access/viewer';
import { ADMIN, ok } from '../support/test-app';
import { buildFiguresCity } from './figures-city';

const INDICATORS = `communityId community { code } year population workerCount workersPer10k officeAreaM2 officeAreaPer1k serviceWindowCount
  fiscalAppropriation totalIncome fiscalDependency socialOrganizationCount socialOrganizationsPer10k councilMeetingCount councilAttendance
  averageAttendance averageResidentAttendance activityCount activityParticipants trainingHours trainingHoursPerWorker powerMismatchCount unfundedDutyCount`;
const OVERVIEW = `asOf serviceCenterId communityCount totalAreaKm2 compoundCount population households workerCount
  workersByEmploymentType { key count } partyOrganizationCount partyOrganizationsByKind { key count } partyMemberCount
  socialOrganizationCount socialOrganizationsByCategory { key count }`;

const env = useTestCity(buildFiguresCity);

const keyed = (pairs: Record<string, number>) => Object.entries(pairs).map(([key, count]) => ({ key, count }));

describe('overview', () => {
  it('counts the live city today', async () => {
    const { overview } = ok(await env.t.gql(`{ overview { ${OVERVIEW} } }`));
    expect(overview).toMatchObject({
      serviceCenterId: null,
      communityCount: 3,
      totalAreaKm2: 4,
      compoundCount: 4,
      population: 15000,
      households: 5000,
      workerCount: 6,
      workersByEmploymentType: keyed({ CAREER_ESTABLISHMENT: 2, REGISTERED: 2, GRID_WORKER: 2, OTHER: 0 }),
      partyOrganizationCount: 4,
      partyOrganizationsByKind: keyed({ COMMITTEE: 1, GENERAL_BRANCH: 1, BRANCH: 2 }),
      partyMemberCount: 3,
      socialOrganizationCount: 3,
      socialOrganizationsByCategory: keyed({
        ELDERLY_CARE: 1,
        CHILD_YOUTH: 0,
        VOLUNTEER: 1,
        CULTURE_SPORTS: 1,
        MEDIATION: 0,
        CHARITY: 0,
        OTHER: 0,
      }),
    });
    expect(overview.asOf).toBe(new Date().toISOString().slice(0, 10));
  });

  it('counts one centre: its communities and its own party committee', async () => {
    const { overview } = ok(await env.t.gql(`query($id: ID) { overview(serviceCenterId: $id) { ${OVERVIEW} } }`, { id: env.city.P }));
    expect(overview).toMatchObject({
      serviceCenterId: env.city.P,
      communityCount: 2,
      totalAreaKm2: 2,
      compoundCount: 3,
      population: 15000,
      households: 5000,
      workerCount: 4,
      workersByEmploymentType: keyed({ CAREER_ESTABLISHMENT: 1, REGISTERED: 2, GRID_WORKER: 1, OTHER: 0 }),
      partyOrganizationCount: 3,
      partyOrganizationsByKind: keyed({ COMMITTEE: 1, GENERAL_BRANCH: 0, BRANCH: 2 }),
      partyMemberCount: 2,
      socialOrganizationCount: 2,
    });
  });

  it('counts what existed at the end of asOf: created by then, not deleted by then', async () => {
    const conn = env.t.app.orm.em.getConnection();
    for (const table of [
      'community',
      'compound',
      'community_worker',
      'party_organization',
      'party_member',
      'social_organization',
      'service_center',
    ]) {
      await conn.execute(`update ${table} set created_at = '2026-01-01T08:00:00Z'`);
    }
    await conn.execute(`update community set created_at = '2026-06-01T08:00:00Z' where id = ?`, [env.city.B]);
    await conn.execute(`update community set deleted_at = '2026-07-01T08:00:00Z' where id = ?`, [env.city.D]);
    const at = async (asOf: string) => ok(await env.t.gql(`query($d: Date) { overview(asOf: $d) { ${OVERVIEW} } }`, { d: asOf })).overview;

    // 30 June: A, B (created 1 June), C and D (deleted 1 July); rows deleted today still existed then.
    expect(await at('2026-06-30')).toMatchObject({
      communityCount: 4,
      compoundCount: 6,
      population: 23000,
      workerCount: 8,
      partyOrganizationCount: 5,
      partyMemberCount: 4,
      socialOrganizationCount: 4,
    });
    // 31 May: B did not exist yet, nor anything counted through it.
    expect(await at('2026-05-31')).toMatchObject({ communityCount: 3, compoundCount: 5, population: 18000, workerCount: 7 });
    // At the end of the day D was deleted it is gone; the day before it was there.
    expect((await at('2026-07-01')).communityCount).toBe(3);
    expect((await at('2026-06-30')).communityCount).toBe(4);
    // The day a row is created counts it.
    expect((await at('2026-06-01')).communityCount).toBe(4);
    expect(await at('2025-12-31')).toMatchObject({
      communityCount: 0,
      compoundCount: 0,
      population: 0,
      workerCount: 0,
      partyMemberCount: 0,
    });
  });
});

describe('communityIndicators', () => {
  it('computes every indicator per community from hand-computed inputs', async () => {
    const rows = ok(await env.t.gql(`{ communityIndicators(year: 2026) { ${INDICATORS} } }`)).communityIndicators;
    expect(rows.map((r: any) => r.community.code)).toEqual(['F-A', 'F-B', 'F-C']);
    const [a, b, c] = rows;
    expect(a).toMatchObject({
      communityId: env.city.A,
      year: 2026,
      population: 10000,
      workerCount: 3,
      workersPer10k: 3,
      officeAreaM2: 250,
      officeAreaPer1k: 25,
      serviceWindowCount: 4,
      fiscalAppropriation: '95000.10',
      totalIncome: '100000.00',
      socialOrganizationCount: 2,
      socialOrganizationsPer10k: 2,
      councilMeetingCount: 2,
      councilAttendance: 40,
      averageAttendance: 20,
      averageResidentAttendance: 18,
      activityCount: 2,
      activityParticipants: 150,
      trainingHours: 24,
      trainingHoursPerWorker: 8,
      powerMismatchCount: 1,
      unfundedDutyCount: 1,
    });
    expect(a.fiscalDependency).toBeCloseTo(0.950001, 9);
    expect(b).toMatchObject({
      population: 5000,
      workerCount: 1,
      workersPer10k: 2,
      officeAreaPer1k: 20,
      serviceWindowCount: 2,
      fiscalAppropriation: '20000.00',
      totalIncome: '20000.00',
      fiscalDependency: 1,
      socialOrganizationCount: 0,
      socialOrganizationsPer10k: 0,
      councilMeetingCount: 1,
      averageAttendance: 8,
      averageResidentAttendance: 6,
      activityCount: 1,
      activityParticipants: 40,
      trainingHours: 5.5,
      trainingHoursPerWorker: 5.5,
      powerMismatchCount: 0,
      unfundedDutyCount: 1,
    });
    // C: no population, no income, no meetings: ratios are null, never 0 or NaN.
    expect(c).toMatchObject({
      population: null,
      workerCount: 2,
      workersPer10k: null,
      officeAreaM2: 300,
      officeAreaPer1k: null,
      fiscalAppropriation: '0.00',
      totalIncome: '0.00',
      fiscalDependency: null,
      socialOrganizationCount: 1,
      socialOrganizationsPer10k: null,
      councilMeetingCount: 0,
      averageAttendance: null,
      averageResidentAttendance: null,
      trainingHours: 0,
      trainingHoursPerWorker: 0,
      powerMismatchCount: 0,
      unfundedDutyCount: 1,
    });
  });

  it('gives null, not zero, for a population of 0 and for a community without workers', async () => {
    ok(await env.t.gql('mutation($id: ID!) { updateCommunity(id: $id, input: { population: 0 }) { id } }', { id: env.city.C }));
    const e = ok(
      await env.t.gql(`mutation($i: CommunityCreateInput!) { createCommunity(input: $i) { id } }`, {
        i: { code: 'F-E', name: '空社区', serviceCenterId: env.city.S, population: 100 },
      }),
    ).createCommunity.id;
    const rows = ok(
      await env.t.gql(`{ communityIndicators(year: 2026, filter: { code: { in: ["F-C", "F-E"] } }) { ${INDICATORS} } }`),
    ).communityIndicators;
    expect(rows[0]).toMatchObject({ population: 0, workersPer10k: null, officeAreaPer1k: null, socialOrganizationsPer10k: null });
    expect(rows[1]).toMatchObject({
      communityId: e,
      workerCount: 0,
      workersPer10k: 0,
      trainingHoursPerWorker: null,
      averageAttendance: null,
      fiscalDependency: null,
    });
    ok(await env.t.gql('mutation($id: ID!) { deleteCommunity(id: $id) }', { id: e }));
    ok(await env.t.gql('mutation($id: ID!) { updateCommunity(id: $id, input: { population: null }) { id } }', { id: env.city.C }));
  });

  it('selects communities with the generated filter, relation filters included', async () => {
    const q = `query($f: CommunityFilter) { communityIndicators(year: 2026, filter: $f) { communityId } }`;
    const ids = async (f: unknown) => ok(await env.t.gql(q, { f })).communityIndicators.map((r: any) => r.communityId);
    expect(await ids({ serviceCenter: { kind: { eq: 'PARTY_SERVICE_CENTER' } } })).toEqual([env.city.A, env.city.B]);
    expect(await ids({ population: { isNull: true } })).toEqual([env.city.C]);
    expect(await ids({ code: { eq: 'F-D' } })).toEqual([]);
    const bad = await env.t.gql(q, { f: { nosuch: { eq: 1 } } });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('sums a centre (with its own lines and duties) and the city', async () => {
    const fields = `serviceCenterId communityCount population workerCount workersPer10k officeAreaPer1k serviceWindowCount fiscalAppropriation totalIncome
      fiscalDependency socialOrganizationCount councilMeetingCount averageAttendance averageResidentAttendance activityCount activityParticipants trainingHours
      trainingHoursPerWorker powerMismatchCount unfundedDutyCount`;
    const data = ok(
      await env.t.gql(
        `query($p: ID!) { centerIndicators(year: 2026, serviceCenterId: $p) { ${fields} serviceCenter { name } } cityIndicators(year: 2026) { ${fields} } }`,
        { p: env.city.P },
      ),
    );
    expect(data.centerIndicators).toMatchObject({
      serviceCenterId: env.city.P,
      serviceCenter: { name: '甲党群服务中心' },
      communityCount: 2,
      population: 15000,
      workerCount: 4,
      workersPer10k: (4 * 10000) / 15000,
      officeAreaPer1k: (350 * 1000) / 15000,
      serviceWindowCount: 6,
      fiscalAppropriation: '115000.10',
      totalIncome: '130000.00',
      councilMeetingCount: 3,
      averageAttendance: 16,
      averageResidentAttendance: 14,
      activityParticipants: 190,
      trainingHours: 29.5,
      trainingHoursPerWorker: 29.5 / 4,
      powerMismatchCount: 2,
      unfundedDutyCount: 2,
    });
    expect(data.centerIndicators.fiscalDependency).toBeCloseTo(115000.1 / 130000, 9);
    expect(data.cityIndicators).toMatchObject({
      serviceCenterId: null,
      communityCount: 3,
      population: 15000,
      workerCount: 6,
      // C has no population: its 2 workers and 300 m² are left out of the ratios with it (the report says so), not divided by A's and B's residents.
      workersPer10k: (4 * 10000) / 15000,
      officeAreaPer1k: (350 * 1000) / 15000,
      serviceWindowCount: 9,
      fiscalAppropriation: '115000.10',
      totalIncome: '130000.00',
      socialOrganizationCount: 3,
      councilMeetingCount: 3,
      activityCount: 3,
      trainingHours: 29.5,
      trainingHoursPerWorker: 29.5 / 6,
      powerMismatchCount: 2,
      unfundedDutyCount: 3,
    });
  });
});

describe('dutyFindings', () => {
  it('reports power mismatches and unfunded duties with the records and reasons', async () => {
    const { dutyFindings } = ok(
      await env.t.gql(`{ dutyFindings(year: 2026) {
      powerMismatches { assignmentId assignment { id } dutyItem { code } communityId community { code } serviceCenter { name } requiredPower centerPowers reasonZh reasonEn reason }
      unfundedDuties { assignmentId dutyItem { code } community { code } serviceCenter { name } reasonZh reasonEn } } }`),
    );
    const pm = dutyFindings.powerMismatches;
    expect(pm.map((f: any) => f.assignmentId).sort()).toEqual([env.city.assignments.a1, env.city.assignments.a5].sort());
    const a1 = pm.find((f: any) => f.assignmentId === env.city.assignments.a1);
    expect(a1).toMatchObject({
      assignment: { id: env.city.assignments.a1 },
      dutyItem: { code: 'D1' },
      community: { code: 'F-A' },
      serviceCenter: { name: '甲党群服务中心' },
      requiredPower: 'APPROVAL',
      centerPowers: [],
    });
    expect(a1.reasonZh).toContain('审批权');
    expect(a1.reasonZh).toContain('安居社区');
    expect(a1.reasonEn).toContain('approval power');
    const a5 = pm.find((f: any) => f.assignmentId === env.city.assignments.a5);
    expect(a5).toMatchObject({ communityId: null, community: null, requiredPower: 'MANAGEMENT' });
    expect(dutyFindings.unfundedDuties.map((f: any) => f.assignmentId).sort()).toEqual(
      [env.city.assignments.a1, env.city.assignments.a4, env.city.assignments.a10].sort(),
    );
  });

  it('counts an assignment for a year only once assigned, and funding only for that year', async () => {
    const { dutyFindings } = ok(
      await env.t.gql(`{ dutyFindings(year: 2027) { powerMismatches { assignmentId } unfundedDuties { assignmentId } } }`),
    );
    // a8 (assigned 2027) joins; a2's 2026 funding does not cover 2027.
    expect(dutyFindings.unfundedDuties.map((f: any) => f.assignmentId).sort()).toEqual(
      [env.city.assignments.a1, env.city.assignments.a2, env.city.assignments.a4, env.city.assignments.a8, env.city.assignments.a10].sort(),
    );
    const scoped = ok(
      await env.t.gql(`query($s: ID) { dutyFindings(year: 2026, serviceCenterId: $s) { unfundedDuties { assignmentId } } }`, {
        s: env.city.S,
      }),
    );
    expect(scoped.dutyFindings.unfundedDuties.map((f: any) => f.assignmentId)).toEqual([env.city.assignments.a4]);
  });
});

describe('computed in SQL', () => {
  it('answers each figure with one aggregate statement (plus one per linked type), loading no detail rows', async () => {
    const run = async (query: string, viewer: Viewer = { kind: 'anonymous' }) => {
      env.t.queries.length = 0;
      ok(await env.t.gql(query, {}, viewer));
      return env.t.queries.filter((q) => /\bselect\b/i.test(q) && !q.includes('set_config'));
    };
    expect(await run('{ overview { communityCount } }')).toHaveLength(1);
    expect(await run('{ cityIndicators(year: 2026) { workersPer10k } }')).toHaveLength(1);
    const indicators = await run(
      '{ communityIndicators(year: 2026, filter: { population: { gte: 1 } }) { community { name } workersPer10k } }',
    );
    expect(indicators).toHaveLength(2);
    expect(indicators[1]).toMatch(/from "community"/);
    // Grouping by community and source is for those who may read the lines' community and source (anonymous callers may not).
    expect(
      await run('{ budgetSummary(year: 2026, groupBy: [COMMUNITY, SOURCE]) { rows { income } totals { income } } }', ADMIN),
    ).toHaveLength(1);
    const findings = await run(
      '{ dutyFindings(year: 2026) { powerMismatches { dutyItem { code } community { code } } unfundedDuties { dutyItem { code } } } }',
    );
    expect(findings).toHaveLength(3);
    for (const q of [...indicators, ...findings])
      expect(q).not.toMatch(/from "(community_worker|budget_line|council_meeting)" as "?\w+"? where/);
  });
});
