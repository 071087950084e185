import { ok, type TestApp } from '../support/test-app';

/**
 * A small city with numbers chosen by hand, built through the public mutations.
 * The expected figures in the tests are worked out from the comments here, not
 * computed by code. Year of the activity figures: 2026.
 *
 * Centres: P (party service centre, no powers), S (sub-district office: MANAGEMENT, APPROVAL).
 * Communities: A (P, pop 10000), B (P, pop 5000), C (S, pop unknown), D (S, soft-deleted).
 */
export interface FiguresCity {
  P: string;
  S: string;
  A: string;
  B: string;
  C: string;
  D: string;
  assignments: Record<string, string>;
  ids: Record<string, string[]>;
}

async function make(t: TestApp, type: string, input: Record<string, unknown>): Promise<string> {
  return ok(await t.gql(`mutation($input: ${type}CreateInput!) { create${type}(input: $input) { id } }`, { input }))[`create${type}`].id;
}

export async function remove(t: TestApp, type: string, id: string): Promise<void> {
  ok(await t.gql(`mutation($id: ID!) { delete${type}(id: $id) }`, { id }));
}

export async function buildFiguresCity(t: TestApp): Promise<FiguresCity> {
  const ids: Record<string, string[]> = {};
  const m = async (type: string, input: Record<string, unknown>) => {
    const id = await make(t, type, input);
    (ids[type] ??= []).push(id);
    return id;
  };
  const P = await m('ServiceCenter', { name: '甲党群服务中心', kind: 'PARTY_SERVICE_CENTER', legalForm: 'PUBLIC_INSTITUTION', powers: [] });
  const S = await m('ServiceCenter', {
    name: '乙街道办事处',
    kind: 'SUB_DISTRICT_OFFICE',
    legalForm: 'GOVERNMENT_AGENCY',
    powers: ['MANAGEMENT', 'APPROVAL'],
  });
  const A = await m('Community', {
    code: 'F-A',
    name: '安居社区',
    serviceCenterId: P,
    population: 10000,
    areaKm2: 1.5,
    households: 3000,
    officeAreaM2: 250,
    serviceWindowCount: 4,
  });
  const B = await m('Community', {
    code: 'F-B',
    name: '北苑社区',
    serviceCenterId: P,
    population: 5000,
    areaKm2: 0.5,
    households: 2000,
    officeAreaM2: 100,
    serviceWindowCount: 2,
  });
  const C = await m('Community', {
    code: 'F-C',
    name: '城南社区',
    serviceCenterId: S,
    population: null,
    areaKm2: 2.0,
    officeAreaM2: 300,
    serviceWindowCount: 3,
  });
  const D = await m('Community', { code: 'F-D', name: '东关社区', serviceCenterId: S, population: 8000, areaKm2: 1.0, households: 2500 });

  // Compounds: A 2 live + 1 deleted, B 1, C 1, D 1 (its community is deleted).
  await m('Compound', { communityId: A, name: 'A1小区' });
  await m('Compound', { communityId: A, name: 'A2小区' });
  const deletedCompound = await m('Compound', { communityId: A, name: 'A3小区' });
  await m('Compound', { communityId: B, name: 'B1小区' });
  await m('Compound', { communityId: C, name: 'C1小区' });
  const compoundD = await m('Compound', { communityId: D, name: 'D1小区' });

  // Workers. Live ACTIVE: A w1 w2 w3, B w6, C w7 w8. w4 LEFT, w5 deleted, w9 in deleted D.
  const w = async (community: string, name: string, employmentType: string, status = 'ACTIVE') =>
    m('CommunityWorker', { communityId: community, name, employmentType, status });
  const w1 = await w(A, '工一', 'CAREER_ESTABLISHMENT');
  const w2 = await w(A, '工二', 'REGISTERED');
  await w(A, '工三', 'GRID_WORKER');
  const w4 = await w(A, '工四', 'REGISTERED', 'LEFT');
  const w5 = await w(A, '工五', 'OTHER');
  const w6 = await w(B, '工六', 'REGISTERED');
  const w7 = await w(C, '工七', 'CAREER_ESTABLISHMENT');
  await w(C, '工八', 'GRID_WORKER');
  const w9 = await w(D, '工九', 'REGISTERED');

  // Training in 2026 by active workers: A 16 + 8 = 24, B 5.5, C 0 (its 12 h record is deleted).
  const tr = (workerId: string, hours: number, completedOn: string) =>
    m('TrainingRecord', { workerId, course: '培训', hours, completedOn });
  await tr(w1, 16, '2026-03-01');
  await tr(w1, 4, '2025-12-31');
  await tr(w2, 8, '2026-06-01');
  await tr(w4, 10, '2026-02-01');
  await tr(w6, 5.5, '2026-04-01');
  const deletedTraining = await tr(w7, 12, '2026-05-01');

  // Party: P committee, A branch (2 members + 1 deleted), B branch, C general branch (1 member), D branch.
  await m('PartyOrganization', { name: '甲党委', kind: 'COMMITTEE', serviceCenterId: P });
  const branchA = await m('PartyOrganization', { name: '安居党支部', kind: 'BRANCH', communityId: A });
  await m('PartyOrganization', { name: '北苑党支部', kind: 'BRANCH', communityId: B });
  const gbC = await m('PartyOrganization', { name: '城南党总支', kind: 'GENERAL_BRANCH', communityId: C });
  const branchD = await m('PartyOrganization', { name: '东关党支部', kind: 'BRANCH', communityId: D });
  await m('PartyMember', { organizationId: branchA, name: '党员一', status: 'FULL' });
  await m('PartyMember', { organizationId: branchA, name: '党员二', status: 'PROBATIONARY' });
  const deletedMember = await m('PartyMember', { organizationId: branchA, name: '党员三', status: 'FULL' });
  await m('PartyMember', { organizationId: gbC, name: '党员四', status: 'FULL' });

  // Social organisations: A volunteer + elderly care (+1 deleted), C culture and sports.
  const so = (communityId: string, name: string, category: string) =>
    m('SocialOrganization', { communityId, name, category, registration: 'FILED', stage: 'GROWING' });
  await so(A, '志愿队', 'VOLUNTEER');
  await so(A, '助老队', 'ELDERLY_CARE');
  const deletedOrg = await so(A, '已撤销队', 'CHARITY');
  await so(C, '舞蹈队', 'CULTURE_SPORTS');

  // Council meetings 2026: A 30 + 10 (avg 20), B 8; A's 2025 meeting does not count.
  const meet = (communityId: string, heldOn: string, attendeeCount: number) =>
    m('CouncilMeeting', { communityId, heldOn, topic: '议事', attendeeCount, residentAttendeeCount: attendeeCount - 2 });
  await meet(A, '2026-02-01', 30);
  await meet(A, '2026-09-01', 10);
  await meet(A, '2025-09-01', 99);
  await meet(B, '2026-03-01', 8);

  // Activities 2026: A 100 + 50, B 40 (+1 deleted of 500).
  const act = (communityId: string, participantCount: number) =>
    m('CommunityActivity', { communityId, title: '活动', category: 'CULTURE', heldOn: '2026-05-01', participantCount });
  await act(A, 100);
  await act(A, 50);
  await act(B, 40);
  const deletedActivity = await act(B, 500);

  // Duty items and assignments (see the findings tests for what each one shows).
  const item = (code: string, requiredPower: string, fundingRequired: boolean, status = 'PUBLISHED') =>
    m('DutyItem', {
      code,
      title: `事项${code}`,
      category: 'MANAGEMENT',
      legalBasis: '依据',
      responsibleLevel: 'COMMUNITY',
      requiredPower,
      fundingRequired,
      status,
    });
  const D1 = await item('D1', 'APPROVAL', true);
  const D2 = await item('D2', 'NONE', true);
  const D3 = await item('D3', 'MANAGEMENT', false);
  const D4 = await item('D4', 'ENFORCEMENT', false, 'REPEALED');
  const D5 = await item('D5', 'APPROVAL', true, 'DRAFT');
  const assign = (dutyItemId: string, owner: Record<string, string>, assignedOn = '2026-01-10', status = 'ACTIVE') =>
    m('DutyAssignment', { dutyItemId, ...owner, assignedOn, status });
  const a = {
    a1: await assign(D1, { communityId: A }), // mismatch (P lacks APPROVAL) and unfunded
    a2: await assign(D2, { communityId: B }), // funded by an approved 2026 line
    a3: await assign(D3, { communityId: C }), // S holds MANAGEMENT, no funding needed
    a4: await assign(D1, { communityId: C }), // S holds APPROVAL; unfunded
    a5: await assign(D3, { serviceCenterId: P }), // the centre itself lacks MANAGEMENT
    a6: await assign(D1, { communityId: B }, '2026-01-10', 'WITHDRAWN'),
    a7: await assign(D4, { communityId: A }), // repealed item
    a8: await assign(D2, { communityId: A }, '2027-02-01'), // after 2026
    a9: await assign(D1, { communityId: B }), // deleted below
    a10: await assign(D2, { communityId: B }), // only a PLANNED line: unfunded
    a11: await assign(D5, { communityId: A }), // a draft item: not on the published list, not a finding
  };

  // Budget 2026. A: fiscal 95000.10 approved + donation 4999.90 spent (+ fiscal 5000.00 planned), staff 50000.05.
  // B: fiscal 20000.00, duty funding 3000.00 for a2, 500.00 planned for a10. P itself: transfer 10000.00.
  const line = (
    owner: Record<string, string>,
    fiscalYear: number,
    direction: string,
    kind: string,
    amount: string,
    status: string,
    extra: Record<string, unknown> = {},
  ) =>
    m('BudgetLine', { ...owner, fiscalYear, direction, [direction === 'INCOME' ? 'source' : 'category']: kind, amount, status, ...extra });
  await line({ communityId: A }, 2026, 'INCOME', 'FISCAL_APPROPRIATION', '95000.10', 'APPROVED');
  await line({ communityId: A }, 2026, 'INCOME', 'SOCIAL_DONATION', '4999.90', 'SPENT');
  await line({ communityId: A }, 2026, 'INCOME', 'FISCAL_APPROPRIATION', '5000.00', 'PLANNED');
  await line({ communityId: A }, 2026, 'EXPENDITURE', 'STAFF', '50000.05', 'APPROVED');
  await line({ communityId: B }, 2026, 'INCOME', 'FISCAL_APPROPRIATION', '20000.00', 'APPROVED');
  await line({ communityId: B }, 2026, 'EXPENDITURE', 'DUTY_FUNDING', '3000.00', 'APPROVED', { dutyAssignmentId: a.a2 });
  await line({ communityId: B }, 2026, 'EXPENDITURE', 'DUTY_FUNDING', '500.00', 'PLANNED', { dutyAssignmentId: a.a10 });
  await line({ serviceCenterId: P }, 2026, 'INCOME', 'HIGHER_LEVEL_TRANSFER', '10000.00', 'APPROVED');
  await line({ communityId: A }, 2025, 'INCOME', 'FISCAL_APPROPRIATION', '1.00', 'APPROVED');
  const deletedLine = await line({ communityId: A }, 2026, 'INCOME', 'FISCAL_APPROPRIATION', '77777.00', 'APPROVED');
  // 2024: amounts whose float sums are wrong (0.1 + 0.2, three times 999999999999.99).
  await line({ communityId: C }, 2024, 'INCOME', 'OTHER', '0.10', 'APPROVED');
  await line({ communityId: C }, 2024, 'INCOME', 'OTHER', '0.20', 'APPROVED');
  for (let i = 0; i < 3; i++) await line({ communityId: C }, 2024, 'EXPENDITURE', 'OTHER', '999999999999.99', 'APPROVED');

  for (const [type, id] of [
    ['Compound', deletedCompound],
    ['CommunityWorker', w5],
    ['TrainingRecord', deletedTraining],
    ['PartyMember', deletedMember],
    ['SocialOrganization', deletedOrg],
    ['CommunityActivity', deletedActivity],
    ['DutyAssignment', a.a9],
    ['BudgetLine', deletedLine],
    // D goes with everything in it (a community with live children cannot be deleted).
    ['Compound', compoundD],
    ['CommunityWorker', w9],
    ['PartyOrganization', branchD],
    ['Community', D],
  ] as const) {
    await remove(t, type, id);
  }
  return { P, S, A, B, C, D, assignments: a, ids };
}
