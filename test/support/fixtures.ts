import { afterAll, beforeAll } from 'vitest';
import { allRecords } from '../../server/src/core/declare';
import { ok, startTestApp, type TestApp } from './test-app';

/** A small, fixed city built through the public mutations: one record (or a few) of every type. */
export interface SmallCity {
  centers: string[];
  communities: string[];
  compounds: string[];
  workers: string[];
  partyOrgs: string[];
  socialOrgs: string[];
  dutyItems: string[];
  assignments: string[];
  budgetLines: string[];
  /** Every record created, by type name, in creation order (filled by the creations themselves). */
  ids: Record<string, string[]>;
}

async function createInto(ids: Record<string, string[]>, t: TestApp, type: string, input: Record<string, unknown>): Promise<string> {
  const data = ok(await t.gql(`mutation($input: ${type}CreateInput!) { create${type}(input: $input) { id } }`, { input }));
  const id = data[`create${type}`].id as string;
  (ids[type] ??= []).push(id);
  return id;
}

/**
 * Tests that walk every declared type (the role matrix, ownership, audit) need a record of
 * each: a type without one fails here by name instead of as a TypeError inside such a test.
 */
function assertEveryType(ids: Record<string, string[]>): void {
  const missing = allRecords().filter((d) => !ids[d.name]?.length);
  if (missing.length) {
    throw new Error(
      missing.map((d) => `${d.name} has no fixture rows: add a create${d.name} to buildSmallCity in test/support/fixtures.ts`).join('\n'),
    );
  }
}

export async function buildSmallCity(t: TestApp, prefix = 'T'): Promise<SmallCity> {
  const ids: Record<string, string[]> = {};
  const create = (app: TestApp, type: string, input: Record<string, unknown>) => createInto(ids, app, type, input);
  const c1 = await create(t, 'ServiceCenter', {
    name: `${prefix}东湖党群服务中心`,
    kind: 'PARTY_SERVICE_CENTER',
    legalForm: 'PUBLIC_INSTITUTION',
  });
  const c2 = await create(t, 'ServiceCenter', {
    name: `${prefix}西山街道办事处`,
    kind: 'SUB_DISTRICT_OFFICE',
    legalForm: 'GOVERNMENT_AGENCY',
    powers: ['MANAGEMENT', 'APPROVAL'],
  });
  const communities = [
    await create(t, 'Community', {
      code: `${prefix}-001`,
      name: `${prefix}东湖社区`,
      serviceCenterId: c1,
      population: 12000,
      areaKm2: 1.5,
      households: 4000,
      officeAreaM2: 300,
      facilityCondition: 'AGING',
    }),
    await create(t, 'Community', { code: `${prefix}-002`, name: `${prefix}南苑社区`, serviceCenterId: c1, population: 8000, areaKm2: 0.8 }),
    await create(t, 'Community', { code: `${prefix}-003`, name: `${prefix}西山社区`, serviceCenterId: c2, population: null }),
  ];
  const compounds = [
    await create(t, 'Compound', { communityId: communities[0], name: '湖景小区', households: 800, population: 2400 }),
    await create(t, 'Compound', { communityId: communities[1], name: '南苑新村', households: 500 }),
  ];
  const workers = [
    await create(t, 'CommunityWorker', {
      communityId: communities[0],
      name: '张伟',
      employmentType: 'CAREER_ESTABLISHMENT',
      position: 'SECRETARY',
      phone: '13800000001',
      idNumber: '11010119800101103X',
      monthlySalary: '6800.50',
    }),
    await create(t, 'CommunityWorker', { communityId: communities[0], name: '李娜', employmentType: 'GRID_WORKER' }),
    await create(t, 'CommunityWorker', {
      communityId: communities[1],
      name: '王芳',
      employmentType: 'REGISTERED',
      socialWorkCertificate: true,
    }),
  ];
  await create(t, 'TrainingRecord', { workerId: workers[0], course: '社区治理实务', hours: 16, completedOn: '2026-03-01' });
  await create(t, 'PerformanceReview', { workerId: workers[0], year: 2025, score: 92, grade: 'EXCELLENT', comments: '表现突出' });
  const partyOrgs = [await create(t, 'PartyOrganization', { name: '东湖党委', kind: 'COMMITTEE', serviceCenterId: c1 })];
  partyOrgs.push(
    await create(t, 'PartyOrganization', {
      name: '东湖社区党支部',
      kind: 'BRANCH',
      communityId: communities[0],
      parentId: partyOrgs[0],
      secretaryId: workers[0],
    }),
  );
  await create(t, 'PartyMember', { organizationId: partyOrgs[1], name: '赵强', status: 'FULL', phone: '13900000002' });
  const socialOrgs = [
    await create(t, 'SocialOrganization', { communityId: communities[0], name: '夕阳红志愿队', category: 'VOLUNTEER', memberCount: 30 }),
  ];
  const dutyItems = [
    await create(t, 'DutyItem', {
      code: `${prefix}-D1`,
      title: '最低生活保障审核',
      category: 'ADMINISTRATIVE_APPROVAL',
      legalBasis: '《社会救助暂行办法》第十一条',
      responsibleLevel: 'SERVICE_CENTER',
      requiredPower: 'APPROVAL',
      fundingRequired: true,
      status: 'PUBLISHED',
    }),
    await create(t, 'DutyItem', {
      code: `${prefix}-D2`,
      title: '居民议事协商',
      category: 'SELF_GOVERNANCE',
      responsibleLevel: 'COMMUNITY',
      status: 'DRAFT',
    }),
  ];
  const assignments = [
    await create(t, 'DutyAssignment', { dutyItemId: dutyItems[0], serviceCenterId: c1, assignedOn: '2025-01-01' }),
    await create(t, 'DutyAssignment', {
      dutyItemId: dutyItems[0],
      communityId: communities[0],
      assignedOn: '2025-02-01',
      accountableWorkerId: workers[0],
    }),
  ];
  const budgetLines = [
    await create(t, 'BudgetLine', {
      communityId: communities[0],
      fiscalYear: 2026,
      direction: 'INCOME',
      source: 'FISCAL_APPROPRIATION',
      amount: '100000.10',
      status: 'APPROVED',
    }),
    await create(t, 'BudgetLine', {
      communityId: communities[0],
      fiscalYear: 2026,
      direction: 'EXPENDITURE',
      category: 'DUTY_FUNDING',
      amount: '2500.05',
      dutyAssignmentId: assignments[1],
      status: 'APPROVED',
    }),
    await create(t, 'BudgetLine', {
      serviceCenterId: c1,
      fiscalYear: 2025,
      direction: 'INCOME',
      source: 'SOCIAL_DONATION',
      amount: '0.01',
    }),
  ];
  await create(t, 'CouncilMeeting', {
    communityId: communities[0],
    heldOn: '2026-04-10',
    topic: '加装电梯',
    attendeeCount: 40,
    residentAttendeeCount: 25,
  });
  await create(t, 'CommunityActivity', {
    communityId: communities[0],
    organizerId: socialOrgs[0],
    title: '重阳敬老',
    category: 'VOLUNTEER',
    heldOn: '2026-10-11',
    participantCount: 120,
  });
  assertEveryType(ids);
  return { centers: [c1, c2], communities, compounds, workers, partyOrgs, socialOrgs, dutyItems, assignments, budgetLines, ids };
}

/**
 * The usual test file setup: its own database with a city built into it by
 * `build`, closed after the file. Read `env.t` and `env.city` inside tests.
 */
export function useTestCity<C>(build: (t: TestApp) => Promise<C>): { t: TestApp; city: C } {
  const env = {} as { t: TestApp; city: C };
  beforeAll(async () => {
    env.t = await startTestApp();
    env.city = await build(env.t);
  });
  afterAll(() => env.t?.close());
  return env;
}

/** useTestCity with the small city of every record type. */
export const useSmallCity = () => useTestCity((t) => buildSmallCity(t));
