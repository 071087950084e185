import { defineEnum } from '../../core/declare';

export const DutyCategory = defineEnum(
  'DutyCategory',
  { zh: '事项类别', en: 'Duty category' },
  {
    ADMINISTRATIVE_APPROVAL: ['审批', 'Administrative approval'],
    MANAGEMENT: ['管理', 'Management'],
    ENFORCEMENT: ['执法', 'Enforcement'],
    PUBLIC_SERVICE: ['公共服务', 'Public service'],
    ASSISTANCE: ['协助办理', 'Assistance'],
    SELF_GOVERNANCE: ['居民自治', 'Resident self-governance'],
  },
);

export const ResponsibleLevel = defineEnum(
  'ResponsibleLevel',
  { zh: '责任层级', en: 'Responsible level' },
  {
    CITY_DEPARTMENT: ['市级部门', 'City department'],
    SERVICE_CENTER: ['服务中心/街道', 'Service centre'],
    COMMUNITY: ['社区', 'Community'],
  },
);

export const RequiredPower = defineEnum(
  'RequiredPower',
  { zh: '所需权力', en: 'Required power' },
  {
    NONE: ['无', 'None'],
    MANAGEMENT: ['管理权', 'Management power'],
    APPROVAL: ['审批权', 'Approval power'],
    ENFORCEMENT: ['执法权', 'Enforcement power'],
  },
);

export const DutyStatus = defineEnum(
  'DutyStatus',
  { zh: '事项状态', en: 'Duty status' },
  {
    DRAFT: ['草稿', 'Draft'],
    PUBLISHED: ['已发布', 'Published'],
    REPEALED: ['已废止', 'Repealed'],
  },
);

export const AssignmentStatus = defineEnum(
  'AssignmentStatus',
  { zh: '承接状态', en: 'Assignment status' },
  {
    ACTIVE: ['有效', 'Active'],
    WITHDRAWN: ['已收回', 'Withdrawn'],
  },
);
