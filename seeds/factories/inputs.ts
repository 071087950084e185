import { rng } from '../random';
import { idNumber, mobile, personName, pickGender } from './person';

/**
 * Deterministic GraphQL create inputs for tests: the same key gives the same input, and
 * any field can be overridden. Pass them as variables, e.g.
 * `mutation($input: CommunityCreateInput!) { createCommunity(input: $input) { id } }`.
 */
type Input = Record<string, unknown>;

const code = (prefix: string, key: string) => `${prefix}-${key.replace(/[^A-Za-z0-9-]/g, '') || 'X'}`.slice(0, 32);

export const serviceCenterInput = (key: string, overrides: Input = {}): Input => ({
  name: `测试${key}党群服务中心`,
  kind: 'PARTY_SERVICE_CENTER',
  legalForm: 'PUBLIC_INSTITUTION',
  ...overrides,
});

export function communityInput(key: string, serviceCenterId: string, overrides: Input = {}): Input {
  const r = rng(`input:community:${key}`);
  return {
    code: code('T', key),
    name: `测试${key}社区`,
    serviceCenterId,
    population: r.int(3000, 15000),
    households: r.int(1200, 5000),
    areaKm2: Math.round(r.between(0.3, 2) * 100) / 100,
    officeAreaM2: r.int(80, 800),
    serviceWindowCount: r.int(1, 6),
    facilityCondition: 'GOOD',
    ...overrides,
  };
}

export function workerInput(key: string, communityId: string, overrides: Input = {}): Input {
  const r = rng(`input:worker:${key}`);
  const gender = pickGender(r, 0.7);
  const birthYear = r.int(1970, 2000);
  return {
    communityId,
    name: personName(r, gender),
    gender,
    birthYear,
    phone: mobile(r),
    idNumber: idNumber(r, birthYear, gender),
    employmentType: 'REGISTERED',
    position: 'STAFF',
    monthlySalary: `${r.int(380, 520)}0.00`,
    hiredOn: `20${r.int(10, 24)}-0${r.int(1, 9)}-1${r.int(0, 9)}`,
    ...overrides,
  };
}

export const dutyItemInput = (key: string, overrides: Input = {}): Input => ({
  code: code('DT', key),
  title: `测试事项${key}`,
  category: 'ASSISTANCE',
  legalBasis: '《中华人民共和国城市居民委员会组织法》第三条',
  sourceDepartment: '民政局',
  responsibleLevel: 'COMMUNITY',
  requiredPower: 'NONE',
  fundingRequired: false,
  status: 'PUBLISHED',
  effectiveFrom: '2024-01-01',
  ...overrides,
});

export const budgetLineInput = (owner: { communityId: string } | { serviceCenterId: string }, overrides: Input = {}): Input => ({
  ...owner,
  fiscalYear: 2026,
  direction: 'EXPENDITURE',
  category: 'ACTIVITIES',
  amount: '12000.00',
  description: '测试支出',
  ...overrides,
});

export const councilMeetingInput = (communityId: string, overrides: Input = {}): Input => ({
  communityId,
  heldOn: '2026-03-15',
  topic: '测试议题',
  attendeeCount: 30,
  residentAttendeeCount: 20,
  ...overrides,
});
