import { defineEnum } from '../../core/declare';

export const Gender = defineEnum('Gender', { zh: '性别', en: 'Gender' }, { MALE: ['男', 'Male'], FEMALE: ['女', 'Female'] });

export const EmploymentType = defineEnum(
  'EmploymentType',
  { zh: '用工类型', en: 'Employment type' },
  {
    CAREER_ESTABLISHMENT: ['事业编制', 'Career establishment'],
    REGISTERED: ['在册社区工作者', 'Registered community worker'],
    GRID_WORKER: ['网格员', 'Grid worker'],
    OTHER: ['其他', 'Other'],
  },
);

export const Position = defineEnum(
  'Position',
  { zh: '职务', en: 'Position' },
  {
    SECRETARY: ['书记', 'Party secretary'],
    DIRECTOR: ['主任', 'Director'],
    DEPUTY: ['副主任', 'Deputy director'],
    COMMITTEE_MEMBER: ['委员', 'Committee member'],
    STAFF: ['工作人员', 'Staff'],
  },
);

export const Education = defineEnum(
  'Education',
  { zh: '学历', en: 'Education' },
  {
    JUNIOR_SECONDARY: ['初中及以下', 'Junior secondary or below'],
    SENIOR_SECONDARY: ['高中/中专', 'Senior secondary'],
    JUNIOR_COLLEGE: ['大专', 'Junior college'],
    BACHELOR: ['本科', 'Bachelor'],
    POSTGRADUATE: ['研究生', 'Postgraduate'],
  },
);

export const WorkerStatus = defineEnum(
  'WorkerStatus',
  { zh: '在岗状态', en: 'Worker status' },
  {
    ACTIVE: ['在岗', 'Active'],
    LEFT: ['离职', 'Left'],
  },
);

export const Grade = defineEnum(
  'Grade',
  { zh: '考核等次', en: 'Grade' },
  {
    EXCELLENT: ['优秀', 'Excellent'],
    COMPETENT: ['称职', 'Competent'],
    BASIC: ['基本称职', 'Basically competent'],
    INCOMPETENT: ['不称职', 'Incompetent'],
  },
);
