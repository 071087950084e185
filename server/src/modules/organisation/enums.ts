import { defineEnum } from '../../core/declare';

export const PartyOrgKind = defineEnum(
  'PartyOrgKind',
  { zh: '党组织类型', en: 'Party organisation kind' },
  {
    COMMITTEE: ['党委', 'Party committee'],
    GENERAL_BRANCH: ['党总支', 'General branch'],
    BRANCH: ['党支部', 'Branch'],
  },
);

export const MemberStatus = defineEnum(
  'MemberStatus',
  { zh: '党员状态', en: 'Member status' },
  {
    FULL: ['正式党员', 'Full member'],
    PROBATIONARY: ['预备党员', 'Probationary member'],
  },
);

export const SocialOrgCategory = defineEnum(
  'SocialOrgCategory',
  { zh: '社会组织类别', en: 'Social organisation category' },
  {
    ELDERLY_CARE: ['养老服务', 'Elderly care'],
    CHILD_YOUTH: ['青少年儿童', 'Children and youth'],
    VOLUNTEER: ['志愿服务', 'Volunteer'],
    CULTURE_SPORTS: ['文体', 'Culture and sports'],
    MEDIATION: ['调解', 'Mediation'],
    CHARITY: ['公益慈善', 'Charity'],
    OTHER: ['其他', 'Other'],
  },
);

export const Registration = defineEnum(
  'Registration',
  { zh: '登记状态', en: 'Registration' },
  {
    REGISTERED: ['登记', 'Registered'],
    FILED: ['备案', 'Filed'],
    UNREGISTERED: ['未登记', 'Unregistered'],
  },
);

export const OrgStage = defineEnum(
  'OrgStage',
  { zh: '发展阶段', en: 'Stage' },
  {
    INCUBATING: ['孵化期', 'Incubating'],
    GROWING: ['成长期', 'Growing'],
    MATURE: ['成熟期', 'Mature'],
  },
);
