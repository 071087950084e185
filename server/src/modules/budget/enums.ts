import { defineEnum } from '../../core/declare';

export const Direction = defineEnum(
  'Direction',
  { zh: '收支方向', en: 'Direction' },
  {
    INCOME: ['收入', 'Income'],
    EXPENDITURE: ['支出', 'Expenditure'],
  },
);

export const IncomeSource = defineEnum(
  'IncomeSource',
  { zh: '收入来源', en: 'Income source' },
  {
    FISCAL_APPROPRIATION: ['财政拨款', 'Fiscal appropriation'],
    HIGHER_LEVEL_TRANSFER: ['上级补助', 'Higher-level transfer'],
    SOCIAL_DONATION: ['社会捐赠', 'Social donation'],
    SERVICE_REVENUE: ['服务收入', 'Service revenue'],
    OTHER: ['其他', 'Other'],
  },
);

export const ExpenditureCategory = defineEnum(
  'ExpenditureCategory',
  { zh: '支出类别', en: 'Expenditure category' },
  {
    STAFF: ['人员经费', 'Staff'],
    OFFICE_FACILITIES: ['办公设施', 'Office and facilities'],
    ACTIVITIES: ['活动经费', 'Activities'],
    TRAINING: ['培训经费', 'Training'],
    SOCIAL_ORG_SUPPORT: ['社会组织扶持', 'Social organisation support'],
    DUTY_FUNDING: ['事项经费', 'Duty funding'],
    OTHER: ['其他', 'Other'],
  },
);

export const BudgetStatus = defineEnum(
  'BudgetStatus',
  { zh: '预算状态', en: 'Budget status' },
  {
    PLANNED: ['计划', 'Planned'],
    APPROVED: ['已批准', 'Approved'],
    SPENT: ['已支出', 'Spent'],
  },
);
