import { defineEnum } from '../../core/declare';

export const ServiceCenterKind = defineEnum(
  'ServiceCenterKind',
  { zh: '服务中心类型', en: 'Service centre kind' },
  {
    PARTY_SERVICE_CENTER: ['党群服务中心', 'Party service centre'],
    SUB_DISTRICT_OFFICE: ['街道办事处', 'Sub-district office'],
  },
);

export const LegalForm = defineEnum(
  'LegalForm',
  { zh: '机构性质', en: 'Legal form' },
  {
    PUBLIC_INSTITUTION: ['公益一类事业单位', 'Public institution (class I)'],
    GOVERNMENT_AGENCY: ['行政机关', 'Government agency'],
  },
);

export const Power = defineEnum(
  'Power',
  { zh: '行政权力', en: 'Administrative power' },
  {
    MANAGEMENT: ['管理权', 'Management power'],
    APPROVAL: ['审批权', 'Approval power'],
    ENFORCEMENT: ['执法权', 'Enforcement power'],
  },
);

export const FacilityCondition = defineEnum(
  'FacilityCondition',
  { zh: '设施状况', en: 'Facility condition' },
  {
    GOOD: ['良好', 'Good'],
    AGING: ['老化', 'Aging'],
    POOR: ['较差', 'Poor'],
  },
);
