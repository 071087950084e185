import { idSpace } from '../ids';
import type { Day } from '../time';

/** Ids of the demo data set: ids('community', 'DH-001') is the same on every run. */
export const ids = idSpace('demo');

/** The demo describes the district as of this day: nothing happens after it. */
export const DEMO_TODAY: Day = '2026-11-20';
export const FISCAL_YEARS = [2024, 2025, 2026] as const;
/** Reviews are written in January for the year before. */
export const REVIEW_YEARS = [2023, 2024, 2025] as const;

export type CenterKey = 'JB' | 'HG';

export interface CenterProfile {
  key: CenterKey;
  name: string;
  kind: 'PARTY_SERVICE_CENTER' | 'SUB_DISTRICT_OFFICE';
  legalForm: 'PUBLIC_INSTITUTION' | 'GOVERNMENT_AGENCY';
  powers: string[];
  created: string;
  partyCommittee: string;
  partyMembers: number;
  /** Who approves this centre's and its communities' budget lines. */
  approver: string;
}

/**
 * The first centre (by name, creation and community codes) is the party service centre,
 * a class-I public institution holding no administrative power: the mismatch the
 * research report describes.
 */
export const CENTERS: CenterProfile[] = [
  {
    key: 'JB',
    name: '东湖区江北党群服务中心',
    kind: 'PARTY_SERVICE_CENTER',
    legalForm: 'PUBLIC_INSTITUTION',
    powers: [],
    created: '2015-03-02',
    partyCommittee: '中共东湖区江北党群服务中心委员会',
    partyMembers: 14,
    approver: '周敏（江北党群服务中心财务室）',
  },
  {
    key: 'HG',
    name: '东湖区湖光街道办事处',
    kind: 'SUB_DISTRICT_OFFICE',
    legalForm: 'GOVERNMENT_AGENCY',
    powers: ['MANAGEMENT', 'APPROVAL'],
    created: '2015-03-02',
    partyCommittee: '中共东湖区湖光街道工作委员会',
    partyMembers: 18,
    approver: '陈立新（湖光街道财政所）',
  },
];

export const DISTRICT_APPROVER = '刘洋（东湖区财政局）';

export const centerId = (key: CenterKey) => ids('service_center', key);
