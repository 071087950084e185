/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Assignment status (承接状态) */
export type AssignmentStatus =
  /** Active (有效) */
  | 'ACTIVE'
  /** Withdrawn (已收回) */
  | 'WITHDRAWN';

/** Filter on AssignmentStatus (枚举筛选) */
export type AssignmentStatusFilter = {
  /** equals (等于) */
  eq?: AssignmentStatus | null | undefined;
  /** is one of (属于) */
  in?: Array<AssignmentStatus> | null | undefined;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: boolean | null | undefined;
  /** does not equal (不等于) */
  ne?: AssignmentStatus | null | undefined;
  /** is none of (不属于) */
  notIn?: Array<AssignmentStatus> | null | undefined;
};

/** Filter on yes/no (是否筛选) */
export type BooleanFilter = {
  /** equals (等于) */
  eq?: boolean | null | undefined;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: boolean | null | undefined;
  /** does not equal (不等于) */
  ne?: boolean | null | undefined;
};

/** A key to group budget lines by (汇总维度) */
export type BudgetGroup =
  /** Expenditure category (支出类别); null for income */
  | 'CATEGORY'
  /** Community (社区); null for a service centre’s own lines */
  | 'COMMUNITY'
  /** Direction (收支方向) */
  | 'DIRECTION'
  /** Service centre (服务中心): the line’s centre, or its community’s centre */
  | 'SERVICE_CENTER'
  /** Income source (收入来源); null for expenditure */
  | 'SOURCE'
  /** Status (预算状态) */
  | 'STATUS';

/** Filter on Budget line (经费明细筛选条件); fields combine with AND */
export type BudgetLineFilter = {
  /** Amount (CNY) (金额(元)) */
  amount?: DecimalFilter | null | undefined;
  /** All of these hold (且) */
  and?: Array<BudgetLineFilter> | null | undefined;
  /** Approved at (批准时间). Set by the server when the line was approved */
  approvedAt?: DateTimeFilter | null | undefined;
  /** Approved by (批准人). Set by the server: the e-mail of the user who approved the line */
  approvedBy?: StringFilter | null | undefined;
  /** Category (支出类别). Expenditure lines only */
  category?: ExpenditureCategoryFilter | null | undefined;
  /** Records whose community matches this filter: Community (社区) */
  community?: CommunityFilter | null | undefined;
  /** Id of: Community (社区) */
  communityId?: IdFilter | null | undefined;
  /** Created at (创建时间) */
  createdAt?: DateTimeFilter | null | undefined;
  /** Deleted at (删除时间) */
  deletedAt?: DateTimeFilter | null | undefined;
  /** Description (说明) */
  description?: StringFilter | null | undefined;
  /** Direction (收支方向) */
  direction?: DirectionFilter | null | undefined;
  /** Records whose dutyAssignment matches this filter: Duty assignment (对应承接事项). The duty this money follows (费随事转) */
  dutyAssignment?: DutyAssignmentFilter | null | undefined;
  /** Id of: Duty assignment (对应承接事项). The duty this money follows (费随事转) */
  dutyAssignmentId?: IdFilter | null | undefined;
  /** Fiscal year (预算年度) */
  fiscalYear?: IntFilter | null | undefined;
  /** ID (标识) */
  id?: IdFilter | null | undefined;
  /** This does not hold (非) */
  not?: BudgetLineFilter | null | undefined;
  /** Any of these holds (或) */
  or?: Array<BudgetLineFilter> | null | undefined;
  /** Records whose serviceCenter matches this filter: Service centre (服务中心) */
  serviceCenter?: ServiceCenterFilter | null | undefined;
  /** Id of: Service centre (服务中心) */
  serviceCenterId?: IdFilter | null | undefined;
  /** Records whose socialOrganization matches this filter: Social organisation supported (扶持的社会组织) */
  socialOrganization?: SocialOrganizationFilter | null | undefined;
  /** Id of: Social organisation supported (扶持的社会组织) */
  socialOrganizationId?: IdFilter | null | undefined;
  /** Source (收入来源). Income lines only */
  source?: IncomeSourceFilter | null | undefined;
  /** Status (状态) */
  status?: BudgetStatusFilter | null | undefined;
  /** Updated at (更新时间) */
  updatedAt?: DateTimeFilter | null | undefined;
};

/** Budget status (预算状态) */
export type BudgetStatus =
  /** Approved (已批准) */
  | 'APPROVED'
  /** Planned (计划) */
  | 'PLANNED'
  /** Spent (已支出) */
  | 'SPENT';

/** Filter on BudgetStatus (枚举筛选) */
export type BudgetStatusFilter = {
  /** equals (等于) */
  eq?: BudgetStatus | null | undefined;
  /** is one of (属于) */
  in?: Array<BudgetStatus> | null | undefined;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: boolean | null | undefined;
  /** does not equal (不等于) */
  ne?: BudgetStatus | null | undefined;
  /** is none of (不属于) */
  notIn?: Array<BudgetStatus> | null | undefined;
};

/** Filter on Community (社区筛选条件); fields combine with AND */
export type CommunityFilter = {
  /** Activity space (m²) (活动场所面积(㎡)) */
  activitySpaceM2?: FloatFilter | null | undefined;
  /** Address (地址) */
  address?: StringFilter | null | undefined;
  /** All of these hold (且) */
  and?: Array<CommunityFilter> | null | undefined;
  /** Area (km²) (面积(平方公里)) */
  areaKm2?: FloatFilter | null | undefined;
  /** Code (社区编码) */
  code?: StringFilter | null | undefined;
  /** Created at (创建时间) */
  createdAt?: DateTimeFilter | null | undefined;
  /** Deleted at (删除时间) */
  deletedAt?: DateTimeFilter | null | undefined;
  /** Facility condition (设施状况) */
  facilityCondition?: FacilityConditionFilter | null | undefined;
  /** Households (户数) */
  households?: IntFilter | null | undefined;
  /** ID (标识) */
  id?: IdFilter | null | undefined;
  /** Name (名称) */
  name?: StringFilter | null | undefined;
  /** This does not hold (非) */
  not?: CommunityFilter | null | undefined;
  /** Office area (m²) (办公用房面积(㎡)) */
  officeAreaM2?: FloatFilter | null | undefined;
  /** Office built in (办公用房建成年份) */
  officeBuiltYear?: IntFilter | null | undefined;
  /** Any of these holds (或) */
  or?: Array<CommunityFilter> | null | undefined;
  /** Population (管辖人口) */
  population?: IntFilter | null | undefined;
  /** Records whose serviceCenter matches this filter: Service centre (所属服务中心) */
  serviceCenter?: ServiceCenterFilter | null | undefined;
  /** Id of: Service centre (所属服务中心) */
  serviceCenterId?: IdFilter | null | undefined;
  /** Service windows (服务窗口数) */
  serviceWindowCount?: IntFilter | null | undefined;
  /** Updated at (更新时间) */
  updatedAt?: DateTimeFilter | null | undefined;
};

/** Filter on Community worker (社区工作者筛选条件); fields combine with AND */
export type CommunityWorkerFilter = {
  /** All of these hold (且) */
  and?: Array<CommunityWorkerFilter> | null | undefined;
  /** Birth year (出生年份) */
  birthYear?: IntFilter | null | undefined;
  /** Records whose community matches this filter: Community (所属社区) */
  community?: CommunityFilter | null | undefined;
  /** Id of: Community (所属社区) */
  communityId?: IdFilter | null | undefined;
  /** Created at (创建时间) */
  createdAt?: DateTimeFilter | null | undefined;
  /** Deleted at (删除时间) */
  deletedAt?: DateTimeFilter | null | undefined;
  /** Education (学历) */
  education?: EducationFilter | null | undefined;
  /** Employment type (用工类型) */
  employmentType?: EmploymentTypeFilter | null | undefined;
  /** Gender (性别) */
  gender?: GenderFilter | null | undefined;
  /** Hired on (入职日期) */
  hiredOn?: DateFilter | null | undefined;
  /** ID (标识) */
  id?: IdFilter | null | undefined;
  /** ID number (身份证号) */
  idNumber?: StringFilter | null | undefined;
  /** Monthly salary (月薪) */
  monthlySalary?: DecimalFilter | null | undefined;
  /** Name (姓名) */
  name?: StringFilter | null | undefined;
  /** This does not hold (非) */
  not?: CommunityWorkerFilter | null | undefined;
  /** Any of these holds (或) */
  or?: Array<CommunityWorkerFilter> | null | undefined;
  /** Phone (联系电话) */
  phone?: StringFilter | null | undefined;
  /** Position (职务) */
  position?: PositionFilter | null | undefined;
  /** Social work certificate (持社工证) */
  socialWorkCertificate?: BooleanFilter | null | undefined;
  /** Status (在岗状态) */
  status?: WorkerStatusFilter | null | undefined;
  /** Updated at (更新时间) */
  updatedAt?: DateTimeFilter | null | undefined;
};

/** Filter on a date (日期筛选) */
export type DateFilter = {
  /** equals (等于) */
  eq?: string | null | undefined;
  /** greater than (大于) */
  gt?: string | null | undefined;
  /** at least (大于等于) */
  gte?: string | null | undefined;
  /** is one of (属于) */
  in?: Array<string> | null | undefined;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: boolean | null | undefined;
  /** less than (小于) */
  lt?: string | null | undefined;
  /** at most (小于等于) */
  lte?: string | null | undefined;
  /** does not equal (不等于) */
  ne?: string | null | undefined;
  /** is none of (不属于) */
  notIn?: Array<string> | null | undefined;
};

/** Filter on an instant (时间筛选) */
export type DateTimeFilter = {
  /** equals (等于) */
  eq?: string | null | undefined;
  /** greater than (大于) */
  gt?: string | null | undefined;
  /** at least (大于等于) */
  gte?: string | null | undefined;
  /** is one of (属于) */
  in?: Array<string> | null | undefined;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: boolean | null | undefined;
  /** less than (小于) */
  lt?: string | null | undefined;
  /** at most (小于等于) */
  lte?: string | null | undefined;
  /** does not equal (不等于) */
  ne?: string | null | undefined;
  /** is none of (不属于) */
  notIn?: Array<string> | null | undefined;
};

/** Filter on an amount (金额筛选) */
export type DecimalFilter = {
  /** equals (等于) */
  eq?: string | null | undefined;
  /** greater than (大于) */
  gt?: string | null | undefined;
  /** at least (大于等于) */
  gte?: string | null | undefined;
  /** is one of (属于) */
  in?: Array<string> | null | undefined;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: boolean | null | undefined;
  /** less than (小于) */
  lt?: string | null | undefined;
  /** at most (小于等于) */
  lte?: string | null | undefined;
  /** does not equal (不等于) */
  ne?: string | null | undefined;
  /** is none of (不属于) */
  notIn?: Array<string> | null | undefined;
};

/** Direction (收支方向) */
export type Direction =
  /** Expenditure (支出) */
  | 'EXPENDITURE'
  /** Income (收入) */
  | 'INCOME';

/** Filter on Direction (枚举筛选) */
export type DirectionFilter = {
  /** equals (等于) */
  eq?: Direction | null | undefined;
  /** is one of (属于) */
  in?: Array<Direction> | null | undefined;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: boolean | null | undefined;
  /** does not equal (不等于) */
  ne?: Direction | null | undefined;
  /** is none of (不属于) */
  notIn?: Array<Direction> | null | undefined;
};

/** Filter on Duty assignment (权责承接筛选条件); fields combine with AND */
export type DutyAssignmentFilter = {
  /** Records whose accountableWorker matches this filter: Accountable worker (责任人) */
  accountableWorker?: CommunityWorkerFilter | null | undefined;
  /** Id of: Accountable worker (责任人) */
  accountableWorkerId?: IdFilter | null | undefined;
  /** All of these hold (且) */
  and?: Array<DutyAssignmentFilter> | null | undefined;
  /** Assigned on (承接日期) */
  assignedOn?: DateFilter | null | undefined;
  /** Records whose community matches this filter: Community (承接社区) */
  community?: CommunityFilter | null | undefined;
  /** Id of: Community (承接社区) */
  communityId?: IdFilter | null | undefined;
  /** Created at (创建时间) */
  createdAt?: DateTimeFilter | null | undefined;
  /** Deleted at (删除时间) */
  deletedAt?: DateTimeFilter | null | undefined;
  /** Records whose dutyItem matches this filter: Duty item (权责事项) */
  dutyItem?: DutyItemFilter | null | undefined;
  /** Id of: Duty item (权责事项) */
  dutyItemId?: IdFilter | null | undefined;
  /** ID (标识) */
  id?: IdFilter | null | undefined;
  /** This does not hold (非) */
  not?: DutyAssignmentFilter | null | undefined;
  /** Any of these holds (或) */
  or?: Array<DutyAssignmentFilter> | null | undefined;
  /** Records whose serviceCenter matches this filter: Service centre (承接服务中心) */
  serviceCenter?: ServiceCenterFilter | null | undefined;
  /** Id of: Service centre (承接服务中心) */
  serviceCenterId?: IdFilter | null | undefined;
  /** Status (状态) */
  status?: AssignmentStatusFilter | null | undefined;
  /** Updated at (更新时间) */
  updatedAt?: DateTimeFilter | null | undefined;
};

/** Duty category (事项类别) */
export type DutyCategory =
  /** Administrative approval (审批) */
  | 'ADMINISTRATIVE_APPROVAL'
  /** Assistance (协助办理) */
  | 'ASSISTANCE'
  /** Enforcement (执法) */
  | 'ENFORCEMENT'
  /** Management (管理) */
  | 'MANAGEMENT'
  /** Public service (公共服务) */
  | 'PUBLIC_SERVICE'
  /** Resident self-governance (居民自治) */
  | 'SELF_GOVERNANCE';

/** Filter on DutyCategory (枚举筛选) */
export type DutyCategoryFilter = {
  /** equals (等于) */
  eq?: DutyCategory | null | undefined;
  /** is one of (属于) */
  in?: Array<DutyCategory> | null | undefined;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: boolean | null | undefined;
  /** does not equal (不等于) */
  ne?: DutyCategory | null | undefined;
  /** is none of (不属于) */
  notIn?: Array<DutyCategory> | null | undefined;
};

/** Filter on Duty item (权责事项筛选条件); fields combine with AND */
export type DutyItemFilter = {
  /** All of these hold (且) */
  and?: Array<DutyItemFilter> | null | undefined;
  /** Category (事项类别) */
  category?: DutyCategoryFilter | null | undefined;
  /** Code (事项编码) */
  code?: StringFilter | null | undefined;
  /** Created at (创建时间) */
  createdAt?: DateTimeFilter | null | undefined;
  /** Deleted at (删除时间) */
  deletedAt?: DateTimeFilter | null | undefined;
  /** Description (事项描述) */
  description?: TextFilter | null | undefined;
  /** Effective from (生效日期) */
  effectiveFrom?: DateFilter | null | undefined;
  /** Effective to (失效日期) */
  effectiveTo?: DateFilter | null | undefined;
  /** Funding required (需费随事转). Funding must follow the duty (费随事转) */
  fundingRequired?: BooleanFilter | null | undefined;
  /** ID (标识) */
  id?: IdFilter | null | undefined;
  /** Legal basis (法律依据). Required before the item can be published */
  legalBasis?: TextFilter | null | undefined;
  /** This does not hold (非) */
  not?: DutyItemFilter | null | undefined;
  /** Any of these holds (或) */
  or?: Array<DutyItemFilter> | null | undefined;
  /** Required power (所需权力) */
  requiredPower?: RequiredPowerFilter | null | undefined;
  /** Responsible level (责任层级) */
  responsibleLevel?: ResponsibleLevelFilter | null | undefined;
  /** Source department (来源部门) */
  sourceDepartment?: StringFilter | null | undefined;
  /** Status (状态) */
  status?: DutyStatusFilter | null | undefined;
  /** Title (事项名称) */
  title?: StringFilter | null | undefined;
  /** Updated at (更新时间) */
  updatedAt?: DateTimeFilter | null | undefined;
};

/** Duty status (事项状态) */
export type DutyStatus =
  /** Draft (草稿) */
  | 'DRAFT'
  /** Published (已发布) */
  | 'PUBLISHED'
  /** Repealed (已废止) */
  | 'REPEALED';

/** Filter on DutyStatus (枚举筛选) */
export type DutyStatusFilter = {
  /** equals (等于) */
  eq?: DutyStatus | null | undefined;
  /** is one of (属于) */
  in?: Array<DutyStatus> | null | undefined;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: boolean | null | undefined;
  /** does not equal (不等于) */
  ne?: DutyStatus | null | undefined;
  /** is none of (不属于) */
  notIn?: Array<DutyStatus> | null | undefined;
};

/** Education (学历) */
export type Education =
  /** Bachelor (本科) */
  | 'BACHELOR'
  /** Junior college (大专) */
  | 'JUNIOR_COLLEGE'
  /** Junior secondary or below (初中及以下) */
  | 'JUNIOR_SECONDARY'
  /** Postgraduate (研究生) */
  | 'POSTGRADUATE'
  /** Senior secondary (高中/中专) */
  | 'SENIOR_SECONDARY';

/** Filter on Education (枚举筛选) */
export type EducationFilter = {
  /** equals (等于) */
  eq?: Education | null | undefined;
  /** is one of (属于) */
  in?: Array<Education> | null | undefined;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: boolean | null | undefined;
  /** does not equal (不等于) */
  ne?: Education | null | undefined;
  /** is none of (不属于) */
  notIn?: Array<Education> | null | undefined;
};

/** Employment type (用工类型) */
export type EmploymentType =
  /** Career establishment (事业编制) */
  | 'CAREER_ESTABLISHMENT'
  /** Grid worker (网格员) */
  | 'GRID_WORKER'
  /** Other (其他) */
  | 'OTHER'
  /** Registered community worker (在册社区工作者) */
  | 'REGISTERED';

/** Filter on EmploymentType (枚举筛选) */
export type EmploymentTypeFilter = {
  /** equals (等于) */
  eq?: EmploymentType | null | undefined;
  /** is one of (属于) */
  in?: Array<EmploymentType> | null | undefined;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: boolean | null | undefined;
  /** does not equal (不等于) */
  ne?: EmploymentType | null | undefined;
  /** is none of (不属于) */
  notIn?: Array<EmploymentType> | null | undefined;
};

/** Expenditure category (支出类别) */
export type ExpenditureCategory =
  /** Activities (活动经费) */
  | 'ACTIVITIES'
  /** Duty funding (事项经费) */
  | 'DUTY_FUNDING'
  /** Office and facilities (办公设施) */
  | 'OFFICE_FACILITIES'
  /** Other (其他) */
  | 'OTHER'
  /** Social organisation support (社会组织扶持) */
  | 'SOCIAL_ORG_SUPPORT'
  /** Staff (人员经费) */
  | 'STAFF'
  /** Training (培训经费) */
  | 'TRAINING';

/** Filter on ExpenditureCategory (枚举筛选) */
export type ExpenditureCategoryFilter = {
  /** equals (等于) */
  eq?: ExpenditureCategory | null | undefined;
  /** is one of (属于) */
  in?: Array<ExpenditureCategory> | null | undefined;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: boolean | null | undefined;
  /** does not equal (不等于) */
  ne?: ExpenditureCategory | null | undefined;
  /** is none of (不属于) */
  notIn?: Array<ExpenditureCategory> | null | undefined;
};

/** Facility condition (设施状况) */
export type FacilityCondition =
  /** Aging (老化) */
  | 'AGING'
  /** Good (良好) */
  | 'GOOD'
  /** Poor (较差) */
  | 'POOR';

/** Filter on FacilityCondition (枚举筛选) */
export type FacilityConditionFilter = {
  /** equals (等于) */
  eq?: FacilityCondition | null | undefined;
  /** is one of (属于) */
  in?: Array<FacilityCondition> | null | undefined;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: boolean | null | undefined;
  /** does not equal (不等于) */
  ne?: FacilityCondition | null | undefined;
  /** is none of (不属于) */
  notIn?: Array<FacilityCondition> | null | undefined;
};

/** Filter on a number (数值筛选) */
export type FloatFilter = {
  /** equals (等于) */
  eq?: number | null | undefined;
  /** greater than (大于) */
  gt?: number | null | undefined;
  /** at least (大于等于) */
  gte?: number | null | undefined;
  /** is one of (属于) */
  in?: Array<number> | null | undefined;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: boolean | null | undefined;
  /** less than (小于) */
  lt?: number | null | undefined;
  /** at most (小于等于) */
  lte?: number | null | undefined;
  /** does not equal (不等于) */
  ne?: number | null | undefined;
  /** is none of (不属于) */
  notIn?: Array<number> | null | undefined;
};

/** Gender (性别) */
export type Gender =
  /** Female (女) */
  | 'FEMALE'
  /** Male (男) */
  | 'MALE';

/** Filter on Gender (枚举筛选) */
export type GenderFilter = {
  /** equals (等于) */
  eq?: Gender | null | undefined;
  /** is one of (属于) */
  in?: Array<Gender> | null | undefined;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: boolean | null | undefined;
  /** does not equal (不等于) */
  ne?: Gender | null | undefined;
  /** is none of (不属于) */
  notIn?: Array<Gender> | null | undefined;
};

/** Filter on an id (标识筛选) */
export type IdFilter = {
  /** equals (等于) */
  eq?: string | number | null | undefined;
  /** is one of (属于) */
  in?: Array<string | number> | null | undefined;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: boolean | null | undefined;
  /** does not equal (不等于) */
  ne?: string | number | null | undefined;
  /** is none of (不属于) */
  notIn?: Array<string | number> | null | undefined;
};

/** Income source (收入来源) */
export type IncomeSource =
  /** Fiscal appropriation (财政拨款) */
  | 'FISCAL_APPROPRIATION'
  /** Higher-level transfer (上级补助) */
  | 'HIGHER_LEVEL_TRANSFER'
  /** Other (其他) */
  | 'OTHER'
  /** Service revenue (服务收入) */
  | 'SERVICE_REVENUE'
  /** Social donation (社会捐赠) */
  | 'SOCIAL_DONATION';

/** Filter on IncomeSource (枚举筛选) */
export type IncomeSourceFilter = {
  /** equals (等于) */
  eq?: IncomeSource | null | undefined;
  /** is one of (属于) */
  in?: Array<IncomeSource> | null | undefined;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: boolean | null | undefined;
  /** does not equal (不等于) */
  ne?: IncomeSource | null | undefined;
  /** is none of (不属于) */
  notIn?: Array<IncomeSource> | null | undefined;
};

/** Filter on a whole number (整数筛选) */
export type IntFilter = {
  /** equals (等于) */
  eq?: number | null | undefined;
  /** greater than (大于) */
  gt?: number | null | undefined;
  /** at least (大于等于) */
  gte?: number | null | undefined;
  /** is one of (属于) */
  in?: Array<number> | null | undefined;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: boolean | null | undefined;
  /** less than (小于) */
  lt?: number | null | undefined;
  /** at most (小于等于) */
  lte?: number | null | undefined;
  /** does not equal (不等于) */
  ne?: number | null | undefined;
  /** is none of (不属于) */
  notIn?: Array<number> | null | undefined;
};

/** Legal form (机构性质) */
export type LegalForm =
  /** Government agency (行政机关) */
  | 'GOVERNMENT_AGENCY'
  /** Public institution (class I) (公益一类事业单位) */
  | 'PUBLIC_INSTITUTION';

/** Filter on LegalForm (枚举筛选) */
export type LegalFormFilter = {
  /** equals (等于) */
  eq?: LegalForm | null | undefined;
  /** is one of (属于) */
  in?: Array<LegalForm> | null | undefined;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: boolean | null | undefined;
  /** does not equal (不等于) */
  ne?: LegalForm | null | undefined;
  /** is none of (不属于) */
  notIn?: Array<LegalForm> | null | undefined;
};

/** Stage (发展阶段) */
export type OrgStage =
  /** Growing (成长期) */
  | 'GROWING'
  /** Incubating (孵化期) */
  | 'INCUBATING'
  /** Mature (成熟期) */
  | 'MATURE';

/** Filter on OrgStage (枚举筛选) */
export type OrgStageFilter = {
  /** equals (等于) */
  eq?: OrgStage | null | undefined;
  /** is one of (属于) */
  in?: Array<OrgStage> | null | undefined;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: boolean | null | undefined;
  /** does not equal (不等于) */
  ne?: OrgStage | null | undefined;
  /** is none of (不属于) */
  notIn?: Array<OrgStage> | null | undefined;
};

/** Position (职务) */
export type Position =
  /** Committee member (委员) */
  | 'COMMITTEE_MEMBER'
  /** Deputy director (副主任) */
  | 'DEPUTY'
  /** Director (主任) */
  | 'DIRECTOR'
  /** Party secretary (书记) */
  | 'SECRETARY'
  /** Staff (工作人员) */
  | 'STAFF';

/** Filter on Position (枚举筛选) */
export type PositionFilter = {
  /** equals (等于) */
  eq?: Position | null | undefined;
  /** is one of (属于) */
  in?: Array<Position> | null | undefined;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: boolean | null | undefined;
  /** does not equal (不等于) */
  ne?: Position | null | undefined;
  /** is none of (不属于) */
  notIn?: Array<Position> | null | undefined;
};

/** Administrative power (行政权力) */
export type Power =
  /** Approval power (审批权) */
  | 'APPROVAL'
  /** Enforcement power (执法权) */
  | 'ENFORCEMENT'
  /** Management power (管理权) */
  | 'MANAGEMENT';

/** Filter on Power (枚举筛选) */
export type PowerSetFilter = {
  /** the set contains this value (包含该值) */
  has?: Power | null | undefined;
  /** the set contains all of these values (包含全部) */
  hasAll?: Array<Power> | null | undefined;
  /** the set contains any of these values (包含任一) */
  hasAny?: Array<Power> | null | undefined;
};

/** Registration (登记状态) */
export type Registration =
  /** Filed (备案) */
  | 'FILED'
  /** Registered (登记) */
  | 'REGISTERED'
  /** Unregistered (未登记) */
  | 'UNREGISTERED';

/** Filter on Registration (枚举筛选) */
export type RegistrationFilter = {
  /** equals (等于) */
  eq?: Registration | null | undefined;
  /** is one of (属于) */
  in?: Array<Registration> | null | undefined;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: boolean | null | undefined;
  /** does not equal (不等于) */
  ne?: Registration | null | undefined;
  /** is none of (不属于) */
  notIn?: Array<Registration> | null | undefined;
};

/** Required power (所需权力) */
export type RequiredPower =
  /** Approval power (审批权) */
  | 'APPROVAL'
  /** Enforcement power (执法权) */
  | 'ENFORCEMENT'
  /** Management power (管理权) */
  | 'MANAGEMENT'
  /** None (无) */
  | 'NONE';

/** Filter on RequiredPower (枚举筛选) */
export type RequiredPowerFilter = {
  /** equals (等于) */
  eq?: RequiredPower | null | undefined;
  /** is one of (属于) */
  in?: Array<RequiredPower> | null | undefined;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: boolean | null | undefined;
  /** does not equal (不等于) */
  ne?: RequiredPower | null | undefined;
  /** is none of (不属于) */
  notIn?: Array<RequiredPower> | null | undefined;
};

/** Responsible level (责任层级) */
export type ResponsibleLevel =
  /** City department (市级部门) */
  | 'CITY_DEPARTMENT'
  /** Community (社区) */
  | 'COMMUNITY'
  /** Service centre (服务中心/街道) */
  | 'SERVICE_CENTER';

/** Filter on ResponsibleLevel (枚举筛选) */
export type ResponsibleLevelFilter = {
  /** equals (等于) */
  eq?: ResponsibleLevel | null | undefined;
  /** is one of (属于) */
  in?: Array<ResponsibleLevel> | null | undefined;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: boolean | null | undefined;
  /** does not equal (不等于) */
  ne?: ResponsibleLevel | null | undefined;
  /** is none of (不属于) */
  notIn?: Array<ResponsibleLevel> | null | undefined;
};

/** Filter on Service centre (党群服务中心/街道筛选条件); fields combine with AND */
export type ServiceCenterFilter = {
  /** All of these hold (且) */
  and?: Array<ServiceCenterFilter> | null | undefined;
  /** Created at (创建时间) */
  createdAt?: DateTimeFilter | null | undefined;
  /** Deleted at (删除时间) */
  deletedAt?: DateTimeFilter | null | undefined;
  /** ID (标识) */
  id?: IdFilter | null | undefined;
  /** Kind (类型) */
  kind?: ServiceCenterKindFilter | null | undefined;
  /** Legal form (机构性质) */
  legalForm?: LegalFormFilter | null | undefined;
  /** Name (名称) */
  name?: StringFilter | null | undefined;
  /** This does not hold (非) */
  not?: ServiceCenterFilter | null | undefined;
  /** Any of these holds (或) */
  or?: Array<ServiceCenterFilter> | null | undefined;
  /** Powers held (依法享有的权力). Administrative powers the body legally holds; a party service centre typically holds none */
  powers?: PowerSetFilter | null | undefined;
  /** Updated at (更新时间) */
  updatedAt?: DateTimeFilter | null | undefined;
};

/** Service centre kind (服务中心类型) */
export type ServiceCenterKind =
  /** Party service centre (党群服务中心) */
  | 'PARTY_SERVICE_CENTER'
  /** Sub-district office (街道办事处) */
  | 'SUB_DISTRICT_OFFICE';

/** Filter on ServiceCenterKind (枚举筛选) */
export type ServiceCenterKindFilter = {
  /** equals (等于) */
  eq?: ServiceCenterKind | null | undefined;
  /** is one of (属于) */
  in?: Array<ServiceCenterKind> | null | undefined;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: boolean | null | undefined;
  /** does not equal (不等于) */
  ne?: ServiceCenterKind | null | undefined;
  /** is none of (不属于) */
  notIn?: Array<ServiceCenterKind> | null | undefined;
};

/** Social organisation category (社会组织类别) */
export type SocialOrgCategory =
  /** Charity (公益慈善) */
  | 'CHARITY'
  /** Children and youth (青少年儿童) */
  | 'CHILD_YOUTH'
  /** Culture and sports (文体) */
  | 'CULTURE_SPORTS'
  /** Elderly care (养老服务) */
  | 'ELDERLY_CARE'
  /** Mediation (调解) */
  | 'MEDIATION'
  /** Other (其他) */
  | 'OTHER'
  /** Volunteer (志愿服务) */
  | 'VOLUNTEER';

/** Filter on SocialOrgCategory (枚举筛选) */
export type SocialOrgCategoryFilter = {
  /** equals (等于) */
  eq?: SocialOrgCategory | null | undefined;
  /** is one of (属于) */
  in?: Array<SocialOrgCategory> | null | undefined;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: boolean | null | undefined;
  /** does not equal (不等于) */
  ne?: SocialOrgCategory | null | undefined;
  /** is none of (不属于) */
  notIn?: Array<SocialOrgCategory> | null | undefined;
};

/** Filter on Social organisation (社区社会组织筛选条件); fields combine with AND */
export type SocialOrganizationFilter = {
  /** All of these hold (且) */
  and?: Array<SocialOrganizationFilter> | null | undefined;
  /** Category (类别) */
  category?: SocialOrgCategoryFilter | null | undefined;
  /** Records whose community matches this filter: Community (所属社区) */
  community?: CommunityFilter | null | undefined;
  /** Id of: Community (所属社区) */
  communityId?: IdFilter | null | undefined;
  /** Contact name (联系人) */
  contactName?: StringFilter | null | undefined;
  /** Contact phone (联系电话) */
  contactPhone?: StringFilter | null | undefined;
  /** Created at (创建时间) */
  createdAt?: DateTimeFilter | null | undefined;
  /** Unified social credit code (统一社会信用代码) */
  creditCode?: StringFilter | null | undefined;
  /** Deleted at (删除时间) */
  deletedAt?: DateTimeFilter | null | undefined;
  /** Founded on (成立日期) */
  foundedOn?: DateFilter | null | undefined;
  /** ID (标识) */
  id?: IdFilter | null | undefined;
  /** Members (成员数) */
  memberCount?: IntFilter | null | undefined;
  /** Name (名称) */
  name?: StringFilter | null | undefined;
  /** This does not hold (非) */
  not?: SocialOrganizationFilter | null | undefined;
  /** Any of these holds (或) */
  or?: Array<SocialOrganizationFilter> | null | undefined;
  /** Registration (登记状态) */
  registration?: RegistrationFilter | null | undefined;
  /** Stage (发展阶段) */
  stage?: OrgStageFilter | null | undefined;
  /** Updated at (更新时间) */
  updatedAt?: DateTimeFilter | null | undefined;
};

/** Filter on a short text (文本筛选) */
export type StringFilter = {
  /** contains, ignoring case (包含) */
  contains?: string | null | undefined;
  /** equals (等于) */
  eq?: string | null | undefined;
  /** greater than (大于) */
  gt?: string | null | undefined;
  /** at least (大于等于) */
  gte?: string | null | undefined;
  /** is one of (属于) */
  in?: Array<string> | null | undefined;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: boolean | null | undefined;
  /** less than (小于) */
  lt?: string | null | undefined;
  /** at most (小于等于) */
  lte?: string | null | undefined;
  /** does not equal (不等于) */
  ne?: string | null | undefined;
  /** is none of (不属于) */
  notIn?: Array<string> | null | undefined;
  /** starts with (开头为) */
  startsWith?: string | null | undefined;
};

/** Filter on a long text (长文本筛选) */
export type TextFilter = {
  /** contains, ignoring case (包含) */
  contains?: string | null | undefined;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: boolean | null | undefined;
  /** starts with (开头为) */
  startsWith?: string | null | undefined;
};

/** Worker status (在岗状态) */
export type WorkerStatus =
  /** Active (在岗) */
  | 'ACTIVE'
  /** Left (离职) */
  | 'LEFT';

/** Filter on WorkerStatus (枚举筛选) */
export type WorkerStatusFilter = {
  /** equals (等于) */
  eq?: WorkerStatus | null | undefined;
  /** is one of (属于) */
  in?: Array<WorkerStatus> | null | undefined;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: boolean | null | undefined;
  /** does not equal (不等于) */
  ne?: WorkerStatus | null | undefined;
  /** is none of (不属于) */
  notIn?: Array<WorkerStatus> | null | undefined;
};

export type PartnerBudgetSummaryQueryVariables = Exact<{
  year: number;
  groupBy?: Array<BudgetGroup> | BudgetGroup;
  filter?: BudgetLineFilter | null | undefined;
}>;


export type PartnerBudgetSummaryQuery = { budgetSummary: { rows: Array<{ communityId: string | null, income: string | null, expenditure: string | null, balance: string | null, fiscalAppropriation: string | null, fiscalDependency: number | null, community: { code: string, name: string } | null }>, totals: { income: string | null, expenditure: string | null, balance: string | null, fiscalAppropriation: string | null, fiscalDependency: number | null } } };

export type PartnerBudgetLinesQueryVariables = Exact<{
  year: number;
  first?: number | null | undefined;
}>;


export type PartnerBudgetLinesQuery = { budgetLines: { nodes: Array<{ direction: Direction | null, source: IncomeSource | null, category: ExpenditureCategory | null, amount: string | null, status: BudgetStatus | null, communityId: string | null, serviceCenterId: string | null }> } };

export type PartnerCommunitiesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CommunityFilter | null | undefined;
}>;


export type PartnerCommunitiesQuery = { communities: { totalCount: number, nodes: Array<{ id: string, code: string, name: string, population: number | null, households: number | null, areaKm2: number | null, serviceCenter: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PartnerPublishedDutiesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PartnerPublishedDutiesQuery = { dutyItems: { nodes: Array<{ code: string, title: string, category: DutyCategory, legalBasis: string | null, responsibleLevel: ResponsibleLevel, requiredPower: RequiredPower, fundingRequired: boolean, effectiveFrom: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };


export const PartnerBudgetSummaryDocument = {"__meta__":{"hash":"sha256:660c11489d6172e16ad637873c2a3209ee36bb6c5772956a9e3e68a37ee9116c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerBudgetSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetGroup"}}}}},"defaultValue":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"COMMUNITY"}]}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetLineFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"income"}},{"kind":"Field","name":{"kind":"Name","value":"expenditure"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalAppropriation"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalDependency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"income"}},{"kind":"Field","name":{"kind":"Name","value":"expenditure"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalAppropriation"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalDependency"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerBudgetSummaryQuery, PartnerBudgetSummaryQueryVariables>;
export const PartnerBudgetLinesDocument = {"__meta__":{"hash":"sha256:4fda76a91881749cbfdedc3d6a737536e89ff52c732179933389d0a05951ebf0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerBudgetLines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetLines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCenterId"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerBudgetLinesQuery, PartnerBudgetLinesQueryVariables>;
export const PartnerCommunitiesDocument = {"__meta__":{"hash":"sha256:c135ea735c8ac27dd8bc9a8baa875040e080cb75471d48d4b396ba56745082e0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerCommunities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"areaKm2"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerCommunitiesQuery, PartnerCommunitiesQueryVariables>;
export const PartnerPublishedDutiesDocument = {"__meta__":{"hash":"sha256:79709af23a1a70d33e9b34b8abc47de7dff7902e75df9aacf4e130b4cdfb00d3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerPublishedDuties"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"EnumValue","value":"PUBLISHED"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleLevel"}},{"kind":"Field","name":{"kind":"Name","value":"requiredPower"}},{"kind":"Field","name":{"kind":"Name","value":"fundingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerPublishedDutiesQuery, PartnerPublishedDutiesQueryVariables>;