import type { CenterKey } from './context';

/** How residents take part: drives council attendance, activities and training. */
export type Engagement = 'strong' | 'normal' | 'thin';

export interface CommunityProfile {
  code: string;
  name: string;
  center: CenterKey;
  created: string;
  areaKm2: number;
  address: string;
  /** null: not recorded, a deliberate data gap the report and the 数据完整性 page name. */
  officeAreaM2: number | null;
  windows: number;
  activityM2: number;
  builtYear: number;
  condition: 'GOOD' | 'AGING' | 'POOR';
  /** [name, households, property manager or null (no property management)] */
  compounds: Array<[string, number, string | null]>;
  /** Compounds removed from the register (soft-deleted) and when. */
  removedCompounds?: Array<[string, number, string]>;
  /** Residents per household. */
  householdSize: number;
  workers: number;
  partyMembers: number;
  socialOrgs: number;
  engagement: Engagement;
  /** Income besides fiscal appropriation. */
  otherIncome?: Array<'SOCIAL_DONATION' | 'SERVICE_REVENUE' | 'HIGHER_LEVEL_TRANSFER'>;
  /** Duty items assigned besides the common set (codes). */
  extraDuties?: string[];
  /** Funding-required duties with no expenditure line at all (费未随事转). */
  unfunded?: string[];
  /** Funding-required duties whose 2026 line is only PLANNED, never approved. */
  plannedOnly?: string[];
}

/** Twelve communities, six under each centre, with the problems of the research report. */
export const COMMUNITIES: CommunityProfile[] = [
  {
    code: 'DH-001',
    name: '江滨社区',
    center: 'JB',
    created: '2015-03-10',
    areaKm2: 1.32,
    address: '东湖区江北滨江大道188号',
    officeAreaM2: 650,
    windows: 6,
    activityM2: 900,
    builtYear: 2016,
    condition: 'GOOD',
    compounds: [
      ['滨江花园', 1860, '东湖城市物业服务有限公司'],
      ['江岸名邸', 1420, '万联物业服务有限公司'],
      ['江滨一村', 980, null],
      ['航运小区', 760, '江北物业管理有限公司'],
    ],
    householdSize: 2.7,
    workers: 18,
    partyMembers: 126,
    socialOrgs: 7,
    engagement: 'strong',
    otherIncome: ['SOCIAL_DONATION'],
    extraDuties: ['MZ-010'],
  },
  {
    code: 'DH-002',
    name: '望江社区',
    center: 'JB',
    created: '2015-03-10',
    areaKm2: 0.96,
    address: '东湖区江北望江路56号',
    officeAreaM2: 280,
    windows: 3,
    activityM2: 260,
    builtYear: 2003,
    condition: 'AGING',
    compounds: [
      ['望江苑', 1320, '江北物业管理有限公司'],
      ['望江新村', 1050, null],
      ['电力宿舍', 420, null],
    ],
    householdSize: 2.6,
    workers: 12,
    partyMembers: 88,
    socialOrgs: 3,
    engagement: 'normal',
    extraDuties: ['ZJ-002'],
    unfunded: ['MZ-006'],
  },
  {
    code: 'DH-003',
    name: '码头社区',
    center: 'JB',
    created: '2015-03-10',
    areaKm2: 0.74,
    address: '东湖区江北码头街12号',
    officeAreaM2: 85,
    windows: 1,
    activityM2: 30,
    builtYear: 1988,
    condition: 'POOR',
    compounds: [
      ['码头新村', 1480, null],
      ['港务局宿舍', 860, null],
      ['轮渡巷散居楼', 390, '无物业（社区兜底管理）'],
    ],
    removedCompounds: [['港务局三号宿舍', 210, '2025-06-10']],
    householdSize: 2.3,
    workers: 8,
    partyMembers: 64,
    socialOrgs: 0,
    engagement: 'thin',
    extraDuties: ['ZF-003'],
    unfunded: ['MZ-004', 'YJ-001'],
    plannedOnly: ['WJ-002'],
  },
  {
    code: 'DH-004',
    name: '柳岸社区',
    center: 'JB',
    created: '2017-09-01',
    areaKm2: 0.88,
    address: '东湖区江北柳岸路9号',
    officeAreaM2: 150,
    windows: 2,
    activityM2: 80,
    builtYear: 1998,
    condition: 'AGING',
    compounds: [
      ['柳岸小区', 1260, '安居物业服务有限公司'],
      ['纺织厂宿舍', 740, null],
    ],
    householdSize: 2.4,
    workers: 10,
    partyMembers: 71,
    socialOrgs: 1,
    engagement: 'thin',
    unfunded: ['MZ-006'],
    plannedOnly: ['MZ-008'],
  },
  {
    code: 'DH-005',
    name: '新港社区',
    center: 'JB',
    created: '2018-03-15',
    areaKm2: 1.65,
    address: '东湖区江北新港大道301号',
    officeAreaM2: 420,
    windows: 4,
    activityM2: 380,
    builtYear: 2018,
    condition: 'GOOD',
    compounds: [
      ['新港城一期', 2100, '锦程物业服务有限公司'],
      ['新港城二期', 1880, '锦程物业服务有限公司'],
      ['港城公寓', 960, '华庭物业服务有限公司'],
    ],
    householdSize: 2.8,
    workers: 11,
    partyMembers: 52,
    socialOrgs: 1,
    engagement: 'thin',
    plannedOnly: ['RS-001'],
  },
  {
    code: 'DH-006',
    name: '翠苑社区',
    center: 'JB',
    created: '2025-04-01',
    areaKm2: 0.58,
    address: '东湖区江北翠苑路2号（临时办公点）',
    // Works from a temporary office whose area nobody has measured yet: the demo's data gap
    // (the report says "1个社区未填报办公用房面积" and leaves it out of 每千人办公用房面积).
    officeAreaM2: null,
    windows: 2,
    activityM2: 40,
    builtYear: 2024,
    condition: 'GOOD',
    compounds: [
      ['翠苑新城', 1520, '东湖城市物业服务有限公司'],
      ['翠苑安置小区', 880, '东湖城市物业服务有限公司'],
    ],
    householdSize: 2.9,
    workers: 8,
    partyMembers: 23,
    socialOrgs: 0,
    engagement: 'normal',
    extraDuties: ['ZJ-002'],
    unfunded: ['MZ-004', 'WJ-002'],
  },
  {
    code: 'DH-007',
    name: '湖光社区',
    center: 'HG',
    created: '2015-03-12',
    areaKm2: 1.48,
    address: '东湖区湖光路1号',
    officeAreaM2: 820,
    windows: 8,
    activityM2: 1200,
    builtYear: 2017,
    condition: 'GOOD',
    compounds: [
      ['湖光花园', 2200, '湖光物业管理有限公司'],
      ['湖光里', 1340, '湖光物业管理有限公司'],
      ['教师新村', 680, '安居物业服务有限公司'],
      ['湖畔人家', 1120, '万联物业服务有限公司'],
      ['卫校宿舍', 310, null],
    ],
    householdSize: 2.7,
    workers: 20,
    partyMembers: 158,
    socialOrgs: 10,
    engagement: 'strong',
    otherIncome: ['SOCIAL_DONATION', 'SERVICE_REVENUE', 'HIGHER_LEVEL_TRANSFER'],
  },
  {
    code: 'DH-008',
    name: '东湖社区',
    center: 'HG',
    created: '2015-03-12',
    areaKm2: 1.21,
    address: '东湖区东湖北路66号',
    officeAreaM2: 680,
    windows: 6,
    activityM2: 860,
    builtYear: 2014,
    condition: 'GOOD',
    compounds: [
      ['东湖名苑', 1680, '东湖城市物业服务有限公司'],
      ['东湖一村', 1240, null],
      ['东湖二村', 1190, '湖光物业管理有限公司'],
    ],
    householdSize: 2.6,
    workers: 16,
    partyMembers: 134,
    socialOrgs: 8,
    engagement: 'strong',
    otherIncome: ['SOCIAL_DONATION'],
  },
  {
    code: 'DH-009',
    name: '梧桐社区',
    center: 'HG',
    created: '2016-05-20',
    areaKm2: 0.92,
    address: '东湖区梧桐街88号',
    officeAreaM2: 310,
    windows: 3,
    activityM2: 240,
    builtYear: 2006,
    condition: 'AGING',
    compounds: [
      ['梧桐苑', 1380, '华庭物业服务有限公司'],
      ['机械厂宿舍', 920, null],
      ['梧桐雅居', 640, '万联物业服务有限公司'],
    ],
    householdSize: 2.5,
    workers: 13,
    partyMembers: 97,
    socialOrgs: 4,
    engagement: 'normal',
    plannedOnly: ['YJ-001'],
  },
  {
    code: 'DH-010',
    name: '长青社区',
    center: 'HG',
    created: '2016-05-20',
    areaKm2: 0.69,
    address: '东湖区长青路23号',
    officeAreaM2: 160,
    windows: 2,
    activityM2: 90,
    builtYear: 1995,
    condition: 'AGING',
    compounds: [
      ['长青小区', 1460, null],
      ['粮食局宿舍', 520, null],
    ],
    householdSize: 2.35,
    workers: 10,
    partyMembers: 83,
    socialOrgs: 1,
    engagement: 'thin',
    extraDuties: ['ZF-002'],
    unfunded: ['MZ-004'],
  },
  {
    code: 'DH-011',
    name: '书院社区',
    center: 'HG',
    created: '2019-08-01',
    areaKm2: 0.53,
    address: '东湖区书院街5号',
    officeAreaM2: 90,
    windows: 1,
    activityM2: 45,
    builtYear: 1985,
    condition: 'POOR',
    compounds: [
      ['书院街片区', 780, null],
      ['文庙巷小区', 560, '无物业（社区兜底管理）'],
    ],
    householdSize: 2.3,
    workers: 9,
    partyMembers: 76,
    socialOrgs: 2,
    engagement: 'normal',
    unfunded: ['YJ-001', 'MZ-006'],
  },
  {
    code: 'DH-012',
    name: '锦绣社区',
    center: 'HG',
    created: '2020-07-01',
    areaKm2: 1.12,
    address: '东湖区锦绣大道199号',
    officeAreaM2: 520,
    windows: 5,
    activityM2: 640,
    builtYear: 2020,
    condition: 'GOOD',
    compounds: [
      ['锦绣华庭', 1960, '华庭物业服务有限公司'],
      ['锦绣天地', 1540, '华庭物业服务有限公司'],
      ['锦绣公馆', 720, '锦程物业服务有限公司'],
    ],
    householdSize: 2.9,
    workers: 14,
    partyMembers: 61,
    socialOrgs: 5,
    engagement: 'thin',
  },
];

export const shortName = (p: CommunityProfile) => p.name.replace(/社区$/, '');
