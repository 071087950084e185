/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Budget status (预算状态) */
export type BudgetStatus =
  /** Approved (已批准) */
  | 'APPROVED'
  /** Planned (计划) */
  | 'PLANNED'
  /** Spent (已支出) */
  | 'SPENT';

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

/** Direction (收支方向) */
export type Direction =
  /** Expenditure (支出) */
  | 'EXPENDITURE'
  /** Income (收入) */
  | 'INCOME';

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

/** Responsible level (责任层级) */
export type ResponsibleLevel =
  /** City department (市级部门) */
  | 'CITY_DEPARTMENT'
  /** Community (社区) */
  | 'COMMUNITY'
  /** Service centre (服务中心/街道) */
  | 'SERVICE_CENTER';

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


export const PartnerBudgetLinesDocument = {"__meta__":{"hash":"sha256:4fda76a91881749cbfdedc3d6a737536e89ff52c732179933389d0a05951ebf0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerBudgetLines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetLines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCenterId"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerBudgetLinesQuery, PartnerBudgetLinesQueryVariables>;
export const PartnerCommunitiesDocument = {"__meta__":{"hash":"sha256:c135ea735c8ac27dd8bc9a8baa875040e080cb75471d48d4b396ba56745082e0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerCommunities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"areaKm2"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerCommunitiesQuery, PartnerCommunitiesQueryVariables>;
export const PartnerPublishedDutiesDocument = {"__meta__":{"hash":"sha256:79709af23a1a70d33e9b34b8abc47de7dff7902e75df9aacf4e130b4cdfb00d3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerPublishedDuties"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"EnumValue","value":"PUBLISHED"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleLevel"}},{"kind":"Field","name":{"kind":"Name","value":"requiredPower"}},{"kind":"Field","name":{"kind":"Name","value":"fundingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerPublishedDutiesQuery, PartnerPublishedDutiesQueryVariables>;