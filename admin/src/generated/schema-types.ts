// generated from schema/schema.graphql: generated, do not edit (run `npm run codegen`).
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date (日期) as "YYYY-MM-DD", e.g. "2026-05-20". */
  Date: { input: string; output: string; }
  /** An instant (时间) in ISO 8601, UTC, e.g. "2026-05-20T08:30:00.000Z". */
  DateTime: { input: string; output: string; }
  /** Exact money amount in CNY (金额), serialised as a string with two decimal places, e.g. "1234.50". Never a float. */
  Decimal: { input: string; output: string; }
};

/** A page of the access log (访问日志), newest first */
export type AccessLogConnection = {
  __typename?: 'AccessLogConnection';
  /** The entries of this page (本页记录) */
  nodes: Array<AccessLogEntry>;
  /** Paging information (分页信息) */
  pageInfo: PageInfo;
  /** How many entries match the filter in all (总数) */
  totalCount: Scalars['Int']['output'];
};

/** One clear read of a masked or restricted field (个人信息访问记录) */
export type AccessLogEntry = {
  __typename?: 'AccessLogEntry';
  /** User id or API key id (访问人) */
  actorId?: Maybe<Scalars['String']['output']>;
  /** user or partner (访问人类别) */
  actorKind: Scalars['String']['output'];
  /** User's e-mail or the API key's name (访问人名称) */
  actorName?: Maybe<Scalars['String']['output']>;
  /** When (时间) */
  at: Scalars['DateTime']['output'];
  /** The field read in clear, e.g. idNumber (字段) */
  field: Scalars['String']['output'];
  /** Increasing number of the entry (序号) */
  id: Scalars['ID']['output'];
  /** The purpose stated (目的); null for a restricted field that has no mask */
  purpose?: Maybe<RevealPurpose>;
  /** Record id (记录编号) */
  recordId: Scalars['ID']['output'];
  /** Record type, e.g. CommunityWorker (记录类型) */
  recordType: Scalars['String']['output'];
  /** The request it was read in (x-request-id, 请求编号) */
  requestId?: Maybe<Scalars['String']['output']>;
  /** Role at the time (当时角色) */
  role: Scalars['String']['output'];
};

/** Which access-log entries (访问日志筛选); fields combine with AND */
export type AccessLogFilter = {
  /** User id or API key id (访问人) */
  actorId?: InputMaybe<Scalars['String']['input']>;
  /** Field, e.g. idNumber (字段) */
  field?: InputMaybe<Scalars['String']['input']>;
  /** At or after this instant (起始时间) */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** An identity number (身份证号): every record that holds it, whichever type (who looked at this person's data) */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** Any of these purposes (目的) */
  purposes?: InputMaybe<Array<RevealPurpose>>;
  /** Record id (记录编号) */
  recordId?: InputMaybe<Scalars['ID']['input']>;
  /** Record type, e.g. CommunityWorker (记录类型) */
  recordType?: InputMaybe<Scalars['String']['input']>;
  /** Before this instant (截止时间) */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Activity category (活动类别) */
export type ActivityCategory =
  /** Culture (文化) */
  | 'CULTURE'
  /** Other (其他) */
  | 'OTHER'
  /** Publicity (宣传) */
  | 'PUBLICITY'
  /** Training (培训) */
  | 'TRAINING'
  /** Volunteer (志愿服务) */
  | 'VOLUNTEER';

/** Filter on ActivityCategory (枚举筛选) */
export type ActivityCategoryFilter = {
  /** equals (等于) */
  eq?: InputMaybe<ActivityCategory>;
  /** is one of (属于) */
  in?: InputMaybe<Array<ActivityCategory>>;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** does not equal (不等于) */
  ne?: InputMaybe<ActivityCategory>;
  /** is none of (不属于) */
  notIn?: InputMaybe<Array<ActivityCategory>>;
};

/** A partner application's API key (接口密钥); the key itself is shown only once, at creation */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** Hashes of the trusted documents it may run (可信文档白名单); null = any document */
  allowedDocuments?: Maybe<Array<Scalars['String']['output']>>;
  /** Created at (创建时间) */
  createdAt: Scalars['DateTime']['output'];
  /** Stops working at this instant (过期时间) */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Identifier (标识) */
  id: Scalars['ID']['output'];
  /** First 8 characters of the key, to recognise it (前缀) */
  keyPrefix: Scalars['String']['output'];
  /** Last request made with it (最近使用) */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Name of the partner application (名称) */
  name: Scalars['String']['output'];
  /** Revoked at this instant (吊销时间) */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Read scopes (读取范围): community:read, duty:read, budget:read, org:read, people:read */
  scopes: Array<Scalars['String']['output']>;
};

/** A new API key (新密钥): copy `key` now, it is never shown again */
export type ApiKeyCreated = {
  __typename?: 'ApiKeyCreated';
  /** The stored key, without the key itself (密钥信息) */
  apiKey: ApiKey;
  /** Send as the X-API-Key header (密钥, 仅显示一次) */
  key: Scalars['String']['output'];
};

/** A new partner API key (新接口密钥) */
export type ApiKeyInput = {
  /** Optional: ids ("sha256:<hex>") of registered trusted documents, the only ones it may run (可信文档白名单) */
  allowedDocuments?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Optional expiry (过期时间) */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Name of the partner application (名称) */
  name: Scalars['String']['input'];
  /** Read scopes (读取范围): community:read, duty:read, budget:read, org:read, people:read */
  scopes: Array<Scalars['String']['input']>;
};

/** Indicators of a service centre (its communities and its own lines and duties) or of the whole city, for one year (汇总指标) */
export type AreaIndicators = Indicators & {
  __typename?: 'AreaIndicators';
  /** Community activities held in the year (社区活动次数) */
  activityCount: Scalars['Int']['output'];
  /** Participants of those activities (参与人次) */
  activityParticipants: Scalars['Int']['output'];
  /** Average attendance per meeting (平均参会人数); null without meetings */
  averageAttendance?: Maybe<Scalars['Float']['output']>;
  /** Average residents attending per meeting (平均居民参会人数): how much residents take part; null without meetings */
  averageResidentAttendance?: Maybe<Scalars['Float']['output']>;
  /** Communities counted (社区数) */
  communityCount: Scalars['Int']['output'];
  /** Attendees of those meetings in all (参会总人次) */
  councilAttendance: Scalars['Int']['output'];
  /** Council meetings held in the year (居民议事会议次数) */
  councilMeetingCount: Scalars['Int']['output'];
  /** Residents among the attendees, in all (居民参会总人次) */
  councilResidentAttendance: Scalars['Int']['output'];
  /** Fiscal appropriation income of the year, APPROVED and SPENT lines (财政拨款); null when suppressed */
  fiscalAppropriation?: Maybe<Scalars['Decimal']['output']>;
  /** Fiscal appropriation / total income (财政依赖度); null without income, or when suppressed */
  fiscalDependency?: Maybe<Scalars['Float']['output']>;
  /** Households (户数); null when not recorded */
  households?: Maybe<Scalars['Int']['output']>;
  /** Office area in m² (办公用房面积) */
  officeAreaM2?: Maybe<Scalars['Float']['output']>;
  /** Office area per 1,000 residents in m² (每千人办公用房面积) */
  officeAreaPer1k?: Maybe<Scalars['Float']['output']>;
  /** Office area per 100 households in m² (每百户办公用房面积), the measure of the 每百户不低于30平方米 standard; null without households or office area */
  officeAreaPer100Households?: Maybe<Scalars['Float']['output']>;
  /** Population (管辖人口); null when not recorded */
  population?: Maybe<Scalars['Int']['output']>;
  /** Active assignments whose required power the centre lacks (权责不匹配事项数) */
  powerMismatchCount: Scalars['Int']['output'];
  /** The service centre (服务中心) */
  serviceCenter?: Maybe<ServiceCenter>;
  /** The service centre (服务中心), or null for the whole city */
  serviceCenterId?: Maybe<Scalars['ID']['output']>;
  /** Service windows (服务窗口数); null when not recorded */
  serviceWindowCount?: Maybe<Scalars['Int']['output']>;
  /** Community social organisations (社区社会组织数) */
  socialOrganizationCount: Scalars['Int']['output'];
  /** Social organisations per 10,000 residents (每万人社会组织数) */
  socialOrganizationsPer10k?: Maybe<Scalars['Float']['output']>;
  /** Fields of this answer withheld (null): computed from fewer than SUMMARY_MIN_ROWS (3) records whose fields you may not read one by one (小样本不公开的字段) */
  suppressed: Array<Scalars['String']['output']>;
  /** All income of the year, APPROVED and SPENT lines (总收入); null when suppressed */
  totalIncome?: Maybe<Scalars['Decimal']['output']>;
  /** Training hours completed in the year by active workers (培训学时); null when suppressed */
  trainingHours?: Maybe<Scalars['Float']['output']>;
  /** Training hours per active worker (人均培训学时); null without workers, or when suppressed */
  trainingHoursPerWorker?: Maybe<Scalars['Float']['output']>;
  /** Active funding-required assignments without approved expenditure that year (费未随事转事项数) */
  unfundedDutyCount: Scalars['Int']['output'];
  /** Active community workers (在岗社区工作者); null when suppressed */
  workerCount?: Maybe<Scalars['Int']['output']>;
  /** Active workers per 10,000 residents (每万人社区工作者数); null without a population, or when suppressed */
  workersPer10k?: Maybe<Scalars['Float']['output']>;
  /** The year the activity figures cover (年度) */
  year: Scalars['Int']['output'];
};

/** Assignment status (承接状态) */
export type AssignmentStatus =
  /** Active (有效) */
  | 'ACTIVE'
  /** Withdrawn (已收回) */
  | 'WITHDRAWN';

/** Filter on AssignmentStatus (枚举筛选) */
export type AssignmentStatusFilter = {
  /** equals (等于) */
  eq?: InputMaybe<AssignmentStatus>;
  /** is one of (属于) */
  in?: InputMaybe<Array<AssignmentStatus>>;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** does not equal (不等于) */
  ne?: InputMaybe<AssignmentStatus>;
  /** is none of (不属于) */
  notIn?: InputMaybe<Array<AssignmentStatus>>;
};

/** One field changed by a write (变更字段); values the reader may not read are masked */
export type AuditChange = {
  __typename?: 'AuditChange';
  /** JSON of the value after the write (修改后); null when masked or absent */
  after?: Maybe<Scalars['String']['output']>;
  /** JSON of the value before the write (修改前); null when masked or absent */
  before?: Maybe<Scalars['String']['output']>;
  /** Field name, e.g. phone (references by their name, e.g. community) (字段名) */
  field: Scalars['String']['output'];
  /** True when the reader may not see this field, so before and after are withheld (已脱敏) */
  masked: Scalars['Boolean']['output'];
};

/** One line of the audit log (审计日志): who did what to which record, when */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** Action (操作): CREATE, UPDATE, DELETE, RESTORE, REVERT, LOGIN, LOGIN_FAILED, API_KEY_CREATED, API_KEY_REVOKED, USER_CREATED, USER_UPDATED or PASSWORD_CHANGED */
  action: Scalars['String']['output'];
  /** User id or API key id (操作人) */
  actorId?: Maybe<Scalars['String']['output']>;
  /** user, partner or anonymous (操作人类别) */
  actorKind: Scalars['String']['output'];
  /** User's e-mail (the e-mail tried, for a failed login) or the API key's name (操作人名称) */
  actorName?: Maybe<Scalars['String']['output']>;
  /** When (时间) */
  at: Scalars['DateTime']['output'];
  /** Changed fields before and after (变更内容) */
  changes: Array<AuditChange>;
  /** Increasing number of the entry (序号) */
  id: Scalars['ID']['output'];
  /** Record id (记录编号) */
  recordId?: Maybe<Scalars['ID']['output']>;
  /** Record type, e.g. Community (记录类型) */
  recordType?: Maybe<Scalars['String']['output']>;
  /** Role at the time (当时角色): ADMIN, CENTER_ADMIN, COMMUNITY_STAFF, AUDITOR, PARTNER or ANONYMOUS */
  role: Scalars['String']['output'];
  /** The record's version after this write (版本号; revert to it with revertX) */
  version?: Maybe<Scalars['Int']['output']>;
};

/** A page of the audit log (审计日志), newest first */
export type AuditLogConnection = {
  __typename?: 'AuditLogConnection';
  /** The entries of this page (本页记录) */
  nodes: Array<AuditEntry>;
  /** Paging information (分页信息) */
  pageInfo: PageInfo;
  /** How many entries match the filter in all (总数) */
  totalCount: Scalars['Int']['output'];
};

/** Which audit entries (审计日志筛选); fields combine with AND */
export type AuditLogFilter = {
  /** Any of these actions (操作), e.g. ["UPDATE", "DELETE"] */
  actions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** User id or API key id (操作人) */
  actorId?: InputMaybe<Scalars['String']['input']>;
  /** At or after this instant (起始时间) */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Record id (记录编号) */
  recordId?: InputMaybe<Scalars['ID']['input']>;
  /** Record type, e.g. CommunityWorker (记录类型) */
  recordType?: InputMaybe<Scalars['String']['input']>;
  /** Before this instant (截止时间) */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Filter on yes/no (是否筛选) */
export type BooleanFilter = {
  /** equals (等于) */
  eq?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** does not equal (不等于) */
  ne?: InputMaybe<Scalars['Boolean']['input']>;
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

/** Budget line (经费明细). One line of income or expenditure (经费) of a community or a service centre in a fiscal year, in exact CNY. */
export type BudgetLine = {
  __typename?: 'BudgetLine';
  /** Amount (CNY) (金额(元)) */
  amount?: Maybe<Scalars['Decimal']['output']>;
  /** Approved at (批准时间). Set by the server when the line was approved */
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Approved by (批准人). Set by the server: the e-mail of the user who approved the line */
  approvedBy?: Maybe<Scalars['String']['output']>;
  /** Category (支出类别). Expenditure lines only */
  category?: Maybe<ExpenditureCategory>;
  /** Community (社区) */
  community?: Maybe<Community>;
  /** Id of: Community (社区) */
  communityId?: Maybe<Scalars['ID']['output']>;
  /** When the record was created (创建时间) */
  createdAt: Scalars['DateTime']['output'];
  /** When the record was deleted (删除时间); null while it is live */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Description (说明) */
  description?: Maybe<Scalars['String']['output']>;
  /** Direction (收支方向) */
  direction?: Maybe<Direction>;
  /** Duty assignment (对应承接事项). The duty this money follows (费随事转) */
  dutyAssignment?: Maybe<DutyAssignment>;
  /** Id of: Duty assignment (对应承接事项) */
  dutyAssignmentId?: Maybe<Scalars['ID']['output']>;
  /** Fiscal year (预算年度) */
  fiscalYear?: Maybe<Scalars['Int']['output']>;
  /** Audit entries of this record, oldest first (变更历史); logged-in users only, values masked by what you may read */
  history?: Maybe<Array<AuditEntry>>;
  /** Identifier (标识) */
  id: Scalars['ID']['output'];
  /** Service centre (服务中心) */
  serviceCenter?: Maybe<ServiceCenter>;
  /** Id of: Service centre (服务中心) */
  serviceCenterId?: Maybe<Scalars['ID']['output']>;
  /** Social organisation supported (扶持的社会组织) */
  socialOrganization?: Maybe<SocialOrganization>;
  /** Id of: Social organisation supported (扶持的社会组织) */
  socialOrganizationId?: Maybe<Scalars['ID']['output']>;
  /** Source (收入来源). Income lines only */
  source?: Maybe<IncomeSource>;
  /** Status (状态) */
  status?: Maybe<BudgetStatus>;
  /** When the record was last changed (更新时间) */
  updatedAt: Scalars['DateTime']['output'];
  /** Version (版本) for optimistic locking: pass it back as expectedVersion when updating */
  version: Scalars['Int']['output'];
};

/** A page of Budget line (经费明细列表) */
export type BudgetLineConnection = {
  __typename?: 'BudgetLineConnection';
  /** The records of this page with their cursors (本页记录及游标) */
  edges: Array<BudgetLineEdge>;
  /** The records of this page (本页记录) */
  nodes: Array<BudgetLine>;
  /** Paging information (分页信息) */
  pageInfo: PageInfo;
  /** How many records match the filter in all (总数) */
  totalCount: Scalars['Int']['output'];
};

/** A new Budget line (经费明细); omitted optional fields take their defaults */
export type BudgetLineCreateInput = {
  /** Amount (CNY) (金额(元)) */
  amount: Scalars['Decimal']['input'];
  /**
   * Approved at (批准时间). Set by the server when the line was approved
   * @deprecated Set by the server when the line is approved; a value sent is refused
   */
  approvedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /**
   * Approved by (批准人). Set by the server: the e-mail of the user who approved the line
   * @deprecated Set by the server when the line is approved; a value sent is refused
   */
  approvedBy?: InputMaybe<Scalars['String']['input']>;
  /** Category (支出类别). Expenditure lines only */
  category?: InputMaybe<ExpenditureCategory>;
  /** Id of: Community (社区) */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** Description (说明) */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Direction (收支方向) */
  direction: Direction;
  /** Id of: Duty assignment (对应承接事项). The duty this money follows (费随事转) */
  dutyAssignmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Fiscal year (预算年度) */
  fiscalYear: Scalars['Int']['input'];
  /** Id of: Service centre (服务中心) */
  serviceCenterId?: InputMaybe<Scalars['ID']['input']>;
  /** Id of: Social organisation supported (扶持的社会组织) */
  socialOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Source (收入来源). Income lines only */
  source?: InputMaybe<IncomeSource>;
  /** Status (状态) */
  status?: InputMaybe<BudgetStatus>;
};

/** A Budget line (经费明细) in a page, with its cursor */
export type BudgetLineEdge = {
  __typename?: 'BudgetLineEdge';
  /** Cursor of this record (游标) */
  cursor: Scalars['String']['output'];
  /** Budget line (经费明细) */
  node: BudgetLine;
};

/** Filter on Budget line (经费明细筛选条件); fields combine with AND */
export type BudgetLineFilter = {
  /** Amount (CNY) (金额(元)) */
  amount?: InputMaybe<DecimalFilter>;
  /** All of these hold (且) */
  and?: InputMaybe<Array<BudgetLineFilter>>;
  /** Approved at (批准时间). Set by the server when the line was approved */
  approvedAt?: InputMaybe<DateTimeFilter>;
  /** Approved by (批准人). Set by the server: the e-mail of the user who approved the line */
  approvedBy?: InputMaybe<StringFilter>;
  /** Category (支出类别). Expenditure lines only */
  category?: InputMaybe<ExpenditureCategoryFilter>;
  /** Records whose community matches this filter: Community (社区) */
  community?: InputMaybe<CommunityFilter>;
  /** Id of: Community (社区) */
  communityId?: InputMaybe<IdFilter>;
  /** Created at (创建时间) */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Deleted at (删除时间) */
  deletedAt?: InputMaybe<DateTimeFilter>;
  /** Description (说明) */
  description?: InputMaybe<StringFilter>;
  /** Direction (收支方向) */
  direction?: InputMaybe<DirectionFilter>;
  /** Records whose dutyAssignment matches this filter: Duty assignment (对应承接事项). The duty this money follows (费随事转) */
  dutyAssignment?: InputMaybe<DutyAssignmentFilter>;
  /** Id of: Duty assignment (对应承接事项). The duty this money follows (费随事转) */
  dutyAssignmentId?: InputMaybe<IdFilter>;
  /** Fiscal year (预算年度) */
  fiscalYear?: InputMaybe<IntFilter>;
  /** ID (标识) */
  id?: InputMaybe<IdFilter>;
  /** This does not hold (非) */
  not?: InputMaybe<BudgetLineFilter>;
  /** Any of these holds (或) */
  or?: InputMaybe<Array<BudgetLineFilter>>;
  /** Records whose serviceCenter matches this filter: Service centre (服务中心) */
  serviceCenter?: InputMaybe<ServiceCenterFilter>;
  /** Id of: Service centre (服务中心) */
  serviceCenterId?: InputMaybe<IdFilter>;
  /** Records whose socialOrganization matches this filter: Social organisation supported (扶持的社会组织) */
  socialOrganization?: InputMaybe<SocialOrganizationFilter>;
  /** Id of: Social organisation supported (扶持的社会组织) */
  socialOrganizationId?: InputMaybe<IdFilter>;
  /** Source (收入来源). Income lines only */
  source?: InputMaybe<IncomeSourceFilter>;
  /** Status (状态) */
  status?: InputMaybe<BudgetStatusFilter>;
  /** Updated at (更新时间) */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key of Budget line (经费明细排序): name exactly one field */
export type BudgetLineOrder = {
  /** Amount (CNY) (金额(元)) */
  amount?: InputMaybe<SortDirection>;
  /** Approved at (批准时间). Set by the server when the line was approved */
  approvedAt?: InputMaybe<SortDirection>;
  /** Approved by (批准人). Set by the server: the e-mail of the user who approved the line */
  approvedBy?: InputMaybe<SortDirection>;
  /** Category (支出类别). Expenditure lines only */
  category?: InputMaybe<SortDirection>;
  /** Created at (创建时间) */
  createdAt?: InputMaybe<SortDirection>;
  /** Deleted at (删除时间) */
  deletedAt?: InputMaybe<SortDirection>;
  /** Description (说明) */
  description?: InputMaybe<SortDirection>;
  /** Direction (收支方向) */
  direction?: InputMaybe<SortDirection>;
  /** Fiscal year (预算年度) */
  fiscalYear?: InputMaybe<SortDirection>;
  /** Source (收入来源). Income lines only */
  source?: InputMaybe<SortDirection>;
  /** Status (状态) */
  status?: InputMaybe<SortDirection>;
  /** Updated at (更新时间) */
  updatedAt?: InputMaybe<SortDirection>;
};

/** Changes to a Budget line (经费明细); omitted fields stay as they are, null clears */
export type BudgetLineUpdateInput = {
  /** Amount (CNY) (金额(元)) */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  /**
   * Approved at (批准时间). Set by the server when the line was approved
   * @deprecated Set by the server when the line is approved; a value sent is refused
   */
  approvedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /**
   * Approved by (批准人). Set by the server: the e-mail of the user who approved the line
   * @deprecated Set by the server when the line is approved; a value sent is refused
   */
  approvedBy?: InputMaybe<Scalars['String']['input']>;
  /** Category (支出类别). Expenditure lines only */
  category?: InputMaybe<ExpenditureCategory>;
  /** Id of: Community (社区) */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** Description (说明) */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Direction (收支方向) */
  direction?: InputMaybe<Direction>;
  /** Id of: Duty assignment (对应承接事项). The duty this money follows (费随事转) */
  dutyAssignmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Fiscal year (预算年度) */
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
  /** Id of: Service centre (服务中心) */
  serviceCenterId?: InputMaybe<Scalars['ID']['input']>;
  /** Id of: Social organisation supported (扶持的社会组织) */
  socialOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Source (收入来源). Income lines only */
  source?: InputMaybe<IncomeSource>;
  /** Status (状态) */
  status?: InputMaybe<BudgetStatus>;
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
  eq?: InputMaybe<BudgetStatus>;
  /** is one of (属于) */
  in?: InputMaybe<Array<BudgetStatus>>;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** does not equal (不等于) */
  ne?: InputMaybe<BudgetStatus>;
  /** is none of (不属于) */
  notIn?: InputMaybe<Array<BudgetStatus>>;
};

/** Budget lines of a fiscal year summed by the chosen keys (经费汇总) */
export type BudgetSummary = {
  __typename?: 'BudgetSummary';
  /** One row per combination of the keys that has lines, in key order (汇总行) */
  rows: Array<BudgetSummaryRow>;
  /** All matching lines together (合计) */
  totals: BudgetSummaryRow;
};

/** Sums of one group of budget lines (经费汇总行); keys not grouped by are null */
export type BudgetSummaryRow = {
  __typename?: 'BudgetSummaryRow';
  /** Income minus expenditure (结余); null when suppressed */
  balance?: Maybe<Scalars['Decimal']['output']>;
  /** Expenditure category key (支出类别) */
  category?: Maybe<Scalars['String']['output']>;
  /** The community (社区) */
  community?: Maybe<Community>;
  /** Community key (社区) */
  communityId?: Maybe<Scalars['ID']['output']>;
  /** Direction key (收支方向: INCOME / EXPENDITURE) */
  direction?: Maybe<Scalars['String']['output']>;
  /** Expenditure (支出); null when suppressed */
  expenditure?: Maybe<Scalars['Decimal']['output']>;
  /** Income from fiscal appropriation (财政拨款); null when suppressed */
  fiscalAppropriation?: Maybe<Scalars['Decimal']['output']>;
  /** Fiscal appropriation / income (财政依赖度); null without income, or when suppressed */
  fiscalDependency?: Maybe<Scalars['Float']['output']>;
  /** Income (收入); null when suppressed */
  income?: Maybe<Scalars['Decimal']['output']>;
  /** The service centre (服务中心) */
  serviceCenter?: Maybe<ServiceCenter>;
  /** Service centre key (服务中心) */
  serviceCenterId?: Maybe<Scalars['ID']['output']>;
  /** Income source key (收入来源) */
  source?: Maybe<Scalars['String']['output']>;
  /** Status key (状态) */
  status?: Maybe<Scalars['String']['output']>;
  /** True when the sums are withheld (null): fewer than the configured minimum of lines (SUMMARY_MIN_ROWS, 3) make this group and you may not read the lines one by one (小样本不公开) */
  suppressed: Scalars['Boolean']['output'];
};

/** Community (社区). An urban community (城市社区) under a service centre, with its population and office facilities. */
export type Community = {
  __typename?: 'Community';
  /** Activities (社区活动) */
  activities: Array<CommunityActivity>;
  /** Activity space (m²) (活动场所面积(㎡)) */
  activitySpaceM2?: Maybe<Scalars['Float']['output']>;
  /** Address (地址) */
  address?: Maybe<Scalars['String']['output']>;
  /** Area (km²) (面积(平方公里)) */
  areaKm2?: Maybe<Scalars['Float']['output']>;
  /** Budget lines (经费明细) */
  budgetLines?: Maybe<Array<BudgetLine>>;
  /** Code (社区编码) */
  code: Scalars['String']['output'];
  /** Compounds (小区) */
  compounds: Array<Compound>;
  /** Council meetings (居民议事会议) */
  councilMeetings: Array<CouncilMeeting>;
  /** When the record was created (创建时间) */
  createdAt: Scalars['DateTime']['output'];
  /** When the record was deleted (删除时间); null while it is live */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Duty assignments (承接事项) */
  dutyAssignments: Array<DutyAssignment>;
  /** Facility condition (设施状况) */
  facilityCondition?: Maybe<FacilityCondition>;
  /** Audit entries of this record, oldest first (变更历史); logged-in users only, values masked by what you may read */
  history?: Maybe<Array<AuditEntry>>;
  /** Households (户数) */
  households?: Maybe<Scalars['Int']['output']>;
  /** Identifier (标识) */
  id: Scalars['ID']['output'];
  /** Name (名称) */
  name: Scalars['String']['output'];
  /** Office area (m²) (办公用房面积(㎡)) */
  officeAreaM2?: Maybe<Scalars['Float']['output']>;
  /** Office built in (办公用房建成年份) */
  officeBuiltYear?: Maybe<Scalars['Int']['output']>;
  /** Party organisations (党组织) */
  partyOrganizations: Array<PartyOrganization>;
  /** Population (管辖人口) */
  population?: Maybe<Scalars['Int']['output']>;
  /** Service centre (所属服务中心) */
  serviceCenter: ServiceCenter;
  /** Id of: Service centre (所属服务中心) */
  serviceCenterId: Scalars['ID']['output'];
  /** Service windows (服务窗口数) */
  serviceWindowCount?: Maybe<Scalars['Int']['output']>;
  /** Social organisations (社区社会组织) */
  socialOrganizations: Array<SocialOrganization>;
  /** When the record was last changed (更新时间) */
  updatedAt: Scalars['DateTime']['output'];
  /** Version (版本) for optimistic locking: pass it back as expectedVersion when updating */
  version: Scalars['Int']['output'];
  /** Workers (社区工作者) */
  workers?: Maybe<Array<CommunityWorker>>;
};


/** Community (社区). An urban community (城市社区) under a service centre, with its population and office facilities. */
export type CommunityActivitiesArgs = {
  filter?: InputMaybe<CommunityActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CommunityActivityOrder>>;
};


/** Community (社区). An urban community (城市社区) under a service centre, with its population and office facilities. */
export type CommunityBudgetLinesArgs = {
  filter?: InputMaybe<BudgetLineFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<BudgetLineOrder>>;
};


/** Community (社区). An urban community (城市社区) under a service centre, with its population and office facilities. */
export type CommunityCompoundsArgs = {
  filter?: InputMaybe<CompoundFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CompoundOrder>>;
};


/** Community (社区). An urban community (城市社区) under a service centre, with its population and office facilities. */
export type CommunityCouncilMeetingsArgs = {
  filter?: InputMaybe<CouncilMeetingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CouncilMeetingOrder>>;
};


/** Community (社区). An urban community (城市社区) under a service centre, with its population and office facilities. */
export type CommunityDutyAssignmentsArgs = {
  filter?: InputMaybe<DutyAssignmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DutyAssignmentOrder>>;
};


/** Community (社区). An urban community (城市社区) under a service centre, with its population and office facilities. */
export type CommunityPartyOrganizationsArgs = {
  filter?: InputMaybe<PartyOrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PartyOrganizationOrder>>;
};


/** Community (社区). An urban community (城市社区) under a service centre, with its population and office facilities. */
export type CommunitySocialOrganizationsArgs = {
  filter?: InputMaybe<SocialOrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<SocialOrganizationOrder>>;
};


/** Community (社区). An urban community (城市社区) under a service centre, with its population and office facilities. */
export type CommunityWorkersArgs = {
  filter?: InputMaybe<CommunityWorkerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CommunityWorkerOrder>>;
};

/** Community activity (社区活动). An activity held in a community (社区活动), optionally organised by a social organisation. */
export type CommunityActivity = {
  __typename?: 'CommunityActivity';
  /** Category (类别) */
  category: ActivityCategory;
  /** Community (社区) */
  community: Community;
  /** Id of: Community (社区) */
  communityId: Scalars['ID']['output'];
  /** When the record was created (创建时间) */
  createdAt: Scalars['DateTime']['output'];
  /** When the record was deleted (删除时间); null while it is live */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Held on (举办日期) */
  heldOn: Scalars['Date']['output'];
  /** Audit entries of this record, oldest first (变更历史); logged-in users only, values masked by what you may read */
  history?: Maybe<Array<AuditEntry>>;
  /** Identifier (标识) */
  id: Scalars['ID']['output'];
  /** Organiser (组织方) */
  organizer?: Maybe<SocialOrganization>;
  /** Id of: Organiser (组织方) */
  organizerId?: Maybe<Scalars['ID']['output']>;
  /** Participants (参与人数) */
  participantCount: Scalars['Int']['output'];
  /** Title (活动名称) */
  title: Scalars['String']['output'];
  /** When the record was last changed (更新时间) */
  updatedAt: Scalars['DateTime']['output'];
  /** Version (版本) for optimistic locking: pass it back as expectedVersion when updating */
  version: Scalars['Int']['output'];
};

/** A page of Community activity (社区活动列表) */
export type CommunityActivityConnection = {
  __typename?: 'CommunityActivityConnection';
  /** The records of this page with their cursors (本页记录及游标) */
  edges: Array<CommunityActivityEdge>;
  /** The records of this page (本页记录) */
  nodes: Array<CommunityActivity>;
  /** Paging information (分页信息) */
  pageInfo: PageInfo;
  /** How many records match the filter in all (总数) */
  totalCount: Scalars['Int']['output'];
};

/** A new Community activity (社区活动); omitted optional fields take their defaults */
export type CommunityActivityCreateInput = {
  /** Category (类别) */
  category: ActivityCategory;
  /** Id of: Community (社区) */
  communityId: Scalars['ID']['input'];
  /** Held on (举办日期) */
  heldOn: Scalars['Date']['input'];
  /** Id of: Organiser (组织方) */
  organizerId?: InputMaybe<Scalars['ID']['input']>;
  /** Participants (参与人数) */
  participantCount: Scalars['Int']['input'];
  /** Title (活动名称) */
  title: Scalars['String']['input'];
};

/** A Community activity (社区活动) in a page, with its cursor */
export type CommunityActivityEdge = {
  __typename?: 'CommunityActivityEdge';
  /** Cursor of this record (游标) */
  cursor: Scalars['String']['output'];
  /** Community activity (社区活动) */
  node: CommunityActivity;
};

/** Filter on Community activity (社区活动筛选条件); fields combine with AND */
export type CommunityActivityFilter = {
  /** All of these hold (且) */
  and?: InputMaybe<Array<CommunityActivityFilter>>;
  /** Category (类别) */
  category?: InputMaybe<ActivityCategoryFilter>;
  /** Records whose community matches this filter: Community (社区) */
  community?: InputMaybe<CommunityFilter>;
  /** Id of: Community (社区) */
  communityId?: InputMaybe<IdFilter>;
  /** Created at (创建时间) */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Deleted at (删除时间) */
  deletedAt?: InputMaybe<DateTimeFilter>;
  /** Held on (举办日期) */
  heldOn?: InputMaybe<DateFilter>;
  /** ID (标识) */
  id?: InputMaybe<IdFilter>;
  /** This does not hold (非) */
  not?: InputMaybe<CommunityActivityFilter>;
  /** Any of these holds (或) */
  or?: InputMaybe<Array<CommunityActivityFilter>>;
  /** Records whose organizer matches this filter: Organiser (组织方) */
  organizer?: InputMaybe<SocialOrganizationFilter>;
  /** Id of: Organiser (组织方) */
  organizerId?: InputMaybe<IdFilter>;
  /** Participants (参与人数) */
  participantCount?: InputMaybe<IntFilter>;
  /** Title (活动名称) */
  title?: InputMaybe<StringFilter>;
  /** Updated at (更新时间) */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key of Community activity (社区活动排序): name exactly one field */
export type CommunityActivityOrder = {
  /** Category (类别) */
  category?: InputMaybe<SortDirection>;
  /** Created at (创建时间) */
  createdAt?: InputMaybe<SortDirection>;
  /** Deleted at (删除时间) */
  deletedAt?: InputMaybe<SortDirection>;
  /** Held on (举办日期) */
  heldOn?: InputMaybe<SortDirection>;
  /** Participants (参与人数) */
  participantCount?: InputMaybe<SortDirection>;
  /** Title (活动名称) */
  title?: InputMaybe<SortDirection>;
  /** Updated at (更新时间) */
  updatedAt?: InputMaybe<SortDirection>;
};

/** Changes to a Community activity (社区活动); omitted fields stay as they are, null clears */
export type CommunityActivityUpdateInput = {
  /** Category (类别) */
  category?: InputMaybe<ActivityCategory>;
  /** Id of: Community (社区) */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** Held on (举办日期) */
  heldOn?: InputMaybe<Scalars['Date']['input']>;
  /** Id of: Organiser (组织方) */
  organizerId?: InputMaybe<Scalars['ID']['input']>;
  /** Participants (参与人数) */
  participantCount?: InputMaybe<Scalars['Int']['input']>;
  /** Title (活动名称) */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A page of Community (社区列表) */
export type CommunityConnection = {
  __typename?: 'CommunityConnection';
  /** The records of this page with their cursors (本页记录及游标) */
  edges: Array<CommunityEdge>;
  /** The records of this page (本页记录) */
  nodes: Array<Community>;
  /** Paging information (分页信息) */
  pageInfo: PageInfo;
  /** How many records match the filter in all (总数) */
  totalCount: Scalars['Int']['output'];
};

/** A new Community (社区); omitted optional fields take their defaults */
export type CommunityCreateInput = {
  /** Activity space (m²) (活动场所面积(㎡)) */
  activitySpaceM2?: InputMaybe<Scalars['Float']['input']>;
  /** Address (地址) */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Area (km²) (面积(平方公里)) */
  areaKm2?: InputMaybe<Scalars['Float']['input']>;
  /** Code (社区编码) */
  code: Scalars['String']['input'];
  /** Facility condition (设施状况) */
  facilityCondition?: InputMaybe<FacilityCondition>;
  /** Households (户数) */
  households?: InputMaybe<Scalars['Int']['input']>;
  /** Name (名称) */
  name: Scalars['String']['input'];
  /** Office area (m²) (办公用房面积(㎡)) */
  officeAreaM2?: InputMaybe<Scalars['Float']['input']>;
  /** Office built in (办公用房建成年份) */
  officeBuiltYear?: InputMaybe<Scalars['Int']['input']>;
  /** Population (管辖人口) */
  population?: InputMaybe<Scalars['Int']['input']>;
  /** Id of: Service centre (所属服务中心) */
  serviceCenterId: Scalars['ID']['input'];
  /** Service windows (服务窗口数) */
  serviceWindowCount?: InputMaybe<Scalars['Int']['input']>;
};

/** A Community (社区) in a page, with its cursor */
export type CommunityEdge = {
  __typename?: 'CommunityEdge';
  /** Cursor of this record (游标) */
  cursor: Scalars['String']['output'];
  /** Community (社区) */
  node: Community;
};

/** Filter on Community (社区筛选条件); fields combine with AND */
export type CommunityFilter = {
  /** Activity space (m²) (活动场所面积(㎡)) */
  activitySpaceM2?: InputMaybe<FloatFilter>;
  /** Address (地址) */
  address?: InputMaybe<StringFilter>;
  /** All of these hold (且) */
  and?: InputMaybe<Array<CommunityFilter>>;
  /** Area (km²) (面积(平方公里)) */
  areaKm2?: InputMaybe<FloatFilter>;
  /** Code (社区编码) */
  code?: InputMaybe<StringFilter>;
  /** Created at (创建时间) */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Deleted at (删除时间) */
  deletedAt?: InputMaybe<DateTimeFilter>;
  /** Facility condition (设施状况) */
  facilityCondition?: InputMaybe<FacilityConditionFilter>;
  /** Households (户数) */
  households?: InputMaybe<IntFilter>;
  /** ID (标识) */
  id?: InputMaybe<IdFilter>;
  /** Name (名称) */
  name?: InputMaybe<StringFilter>;
  /** This does not hold (非) */
  not?: InputMaybe<CommunityFilter>;
  /** Office area (m²) (办公用房面积(㎡)) */
  officeAreaM2?: InputMaybe<FloatFilter>;
  /** Office built in (办公用房建成年份) */
  officeBuiltYear?: InputMaybe<IntFilter>;
  /** Any of these holds (或) */
  or?: InputMaybe<Array<CommunityFilter>>;
  /** Population (管辖人口) */
  population?: InputMaybe<IntFilter>;
  /** Records whose serviceCenter matches this filter: Service centre (所属服务中心) */
  serviceCenter?: InputMaybe<ServiceCenterFilter>;
  /** Id of: Service centre (所属服务中心) */
  serviceCenterId?: InputMaybe<IdFilter>;
  /** Service windows (服务窗口数) */
  serviceWindowCount?: InputMaybe<IntFilter>;
  /** Updated at (更新时间) */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** Indicators of one community for one year (社区指标) */
export type CommunityIndicators = Indicators & {
  __typename?: 'CommunityIndicators';
  /** Community activities held in the year (社区活动次数) */
  activityCount: Scalars['Int']['output'];
  /** Participants of those activities (参与人次) */
  activityParticipants: Scalars['Int']['output'];
  /** Average attendance per meeting (平均参会人数); null without meetings */
  averageAttendance?: Maybe<Scalars['Float']['output']>;
  /** Average residents attending per meeting (平均居民参会人数): how much residents take part; null without meetings */
  averageResidentAttendance?: Maybe<Scalars['Float']['output']>;
  /** The community (社区) */
  community: Community;
  /** The community (社区) */
  communityId: Scalars['ID']['output'];
  /** Attendees of those meetings in all (参会总人次) */
  councilAttendance: Scalars['Int']['output'];
  /** Council meetings held in the year (居民议事会议次数) */
  councilMeetingCount: Scalars['Int']['output'];
  /** Residents among the attendees, in all (居民参会总人次) */
  councilResidentAttendance: Scalars['Int']['output'];
  /** Fiscal appropriation income of the year, APPROVED and SPENT lines (财政拨款); null when suppressed */
  fiscalAppropriation?: Maybe<Scalars['Decimal']['output']>;
  /** Fiscal appropriation / total income (财政依赖度); null without income, or when suppressed */
  fiscalDependency?: Maybe<Scalars['Float']['output']>;
  /** Households (户数); null when not recorded */
  households?: Maybe<Scalars['Int']['output']>;
  /** Office area in m² (办公用房面积) */
  officeAreaM2?: Maybe<Scalars['Float']['output']>;
  /** Office area per 1,000 residents in m² (每千人办公用房面积) */
  officeAreaPer1k?: Maybe<Scalars['Float']['output']>;
  /** Office area per 100 households in m² (每百户办公用房面积), the measure of the 每百户不低于30平方米 standard; null without households or office area */
  officeAreaPer100Households?: Maybe<Scalars['Float']['output']>;
  /** Population (管辖人口); null when not recorded */
  population?: Maybe<Scalars['Int']['output']>;
  /** Active assignments whose required power the centre lacks (权责不匹配事项数) */
  powerMismatchCount: Scalars['Int']['output'];
  /** Service windows (服务窗口数); null when not recorded */
  serviceWindowCount?: Maybe<Scalars['Int']['output']>;
  /** Community social organisations (社区社会组织数) */
  socialOrganizationCount: Scalars['Int']['output'];
  /** Social organisations per 10,000 residents (每万人社会组织数) */
  socialOrganizationsPer10k?: Maybe<Scalars['Float']['output']>;
  /** Fields of this answer withheld (null): computed from fewer than SUMMARY_MIN_ROWS (3) records whose fields you may not read one by one (小样本不公开的字段) */
  suppressed: Array<Scalars['String']['output']>;
  /** All income of the year, APPROVED and SPENT lines (总收入); null when suppressed */
  totalIncome?: Maybe<Scalars['Decimal']['output']>;
  /** Training hours completed in the year by active workers (培训学时); null when suppressed */
  trainingHours?: Maybe<Scalars['Float']['output']>;
  /** Training hours per active worker (人均培训学时); null without workers, or when suppressed */
  trainingHoursPerWorker?: Maybe<Scalars['Float']['output']>;
  /** Active funding-required assignments without approved expenditure that year (费未随事转事项数) */
  unfundedDutyCount: Scalars['Int']['output'];
  /** Active community workers (在岗社区工作者); null when suppressed */
  workerCount?: Maybe<Scalars['Int']['output']>;
  /** Active workers per 10,000 residents (每万人社区工作者数); null without a population, or when suppressed */
  workersPer10k?: Maybe<Scalars['Float']['output']>;
  /** The year the activity figures cover (年度) */
  year: Scalars['Int']['output'];
};

/** One sort key of Community (社区排序): name exactly one field */
export type CommunityOrder = {
  /** Activity space (m²) (活动场所面积(㎡)) */
  activitySpaceM2?: InputMaybe<SortDirection>;
  /** Address (地址) */
  address?: InputMaybe<SortDirection>;
  /** Area (km²) (面积(平方公里)) */
  areaKm2?: InputMaybe<SortDirection>;
  /** Code (社区编码) */
  code?: InputMaybe<SortDirection>;
  /** Created at (创建时间) */
  createdAt?: InputMaybe<SortDirection>;
  /** Deleted at (删除时间) */
  deletedAt?: InputMaybe<SortDirection>;
  /** Facility condition (设施状况) */
  facilityCondition?: InputMaybe<SortDirection>;
  /** Households (户数) */
  households?: InputMaybe<SortDirection>;
  /** Name (名称) */
  name?: InputMaybe<SortDirection>;
  /** Office area (m²) (办公用房面积(㎡)) */
  officeAreaM2?: InputMaybe<SortDirection>;
  /** Office built in (办公用房建成年份) */
  officeBuiltYear?: InputMaybe<SortDirection>;
  /** Population (管辖人口) */
  population?: InputMaybe<SortDirection>;
  /** Service windows (服务窗口数) */
  serviceWindowCount?: InputMaybe<SortDirection>;
  /** Updated at (更新时间) */
  updatedAt?: InputMaybe<SortDirection>;
};

/** Changes to a Community (社区); omitted fields stay as they are, null clears */
export type CommunityUpdateInput = {
  /** Activity space (m²) (活动场所面积(㎡)) */
  activitySpaceM2?: InputMaybe<Scalars['Float']['input']>;
  /** Address (地址) */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Area (km²) (面积(平方公里)) */
  areaKm2?: InputMaybe<Scalars['Float']['input']>;
  /** Code (社区编码) */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Facility condition (设施状况) */
  facilityCondition?: InputMaybe<FacilityCondition>;
  /** Households (户数) */
  households?: InputMaybe<Scalars['Int']['input']>;
  /** Name (名称) */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Office area (m²) (办公用房面积(㎡)) */
  officeAreaM2?: InputMaybe<Scalars['Float']['input']>;
  /** Office built in (办公用房建成年份) */
  officeBuiltYear?: InputMaybe<Scalars['Int']['input']>;
  /** Population (管辖人口) */
  population?: InputMaybe<Scalars['Int']['input']>;
  /** Id of: Service centre (所属服务中心) */
  serviceCenterId?: InputMaybe<Scalars['ID']['input']>;
  /** Service windows (服务窗口数) */
  serviceWindowCount?: InputMaybe<Scalars['Int']['input']>;
};

/** Community worker (社区工作者). A person working in a community (社区工作者), with employment type and position. */
export type CommunityWorker = {
  __typename?: 'CommunityWorker';
  /** Birth year (出生年份) */
  birthYear?: Maybe<Scalars['Int']['output']>;
  /** Community (所属社区) */
  community?: Maybe<Community>;
  /** Id of: Community (所属社区) */
  communityId?: Maybe<Scalars['ID']['output']>;
  /** When the record was created (创建时间) */
  createdAt: Scalars['DateTime']['output'];
  /** When the record was deleted (删除时间); null while it is live */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Education (学历) */
  education?: Maybe<Education>;
  /** Employment type (用工类型) */
  employmentType?: Maybe<EmploymentType>;
  /** Gender (性别) */
  gender?: Maybe<Gender>;
  /** Hired on (入职日期) */
  hiredOn?: Maybe<Scalars['Date']['output']>;
  /** Audit entries of this record, oldest first (变更历史); logged-in users only, values masked by what you may read */
  history?: Maybe<Array<AuditEntry>>;
  /** Identifier (标识) */
  id: Scalars['ID']['output'];
  /** ID number (身份证号) Masked (the first 3 and the last 4 characters, the rest as *) unless read with @reveal(purpose:), which the access log records. */
  idNumber?: Maybe<Scalars['String']['output']>;
  /** Monthly salary (月薪) */
  monthlySalary?: Maybe<Scalars['Decimal']['output']>;
  /** Name (姓名) */
  name?: Maybe<Scalars['String']['output']>;
  /** Performance reviews (考核评价) */
  performanceReviews?: Maybe<Array<PerformanceReview>>;
  /** Phone (联系电话) Masked (the first 3 and the last 4 characters, the rest as *) unless read with @reveal(purpose:), which the access log records. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Position (职务) */
  position?: Maybe<Position>;
  /** Social work certificate (持社工证) */
  socialWorkCertificate?: Maybe<Scalars['Boolean']['output']>;
  /** Status (在岗状态) */
  status?: Maybe<WorkerStatus>;
  /** Training records (培训记录) */
  trainingRecords?: Maybe<Array<TrainingRecord>>;
  /** When the record was last changed (更新时间) */
  updatedAt: Scalars['DateTime']['output'];
  /** Version (版本) for optimistic locking: pass it back as expectedVersion when updating */
  version: Scalars['Int']['output'];
};


/** Community worker (社区工作者). A person working in a community (社区工作者), with employment type and position. */
export type CommunityWorkerPerformanceReviewsArgs = {
  filter?: InputMaybe<PerformanceReviewFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PerformanceReviewOrder>>;
};


/** Community worker (社区工作者). A person working in a community (社区工作者), with employment type and position. */
export type CommunityWorkerTrainingRecordsArgs = {
  filter?: InputMaybe<TrainingRecordFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<TrainingRecordOrder>>;
};

/** A page of Community worker (社区工作者列表) */
export type CommunityWorkerConnection = {
  __typename?: 'CommunityWorkerConnection';
  /** The records of this page with their cursors (本页记录及游标) */
  edges: Array<CommunityWorkerEdge>;
  /** The records of this page (本页记录) */
  nodes: Array<CommunityWorker>;
  /** Paging information (分页信息) */
  pageInfo: PageInfo;
  /** How many records match the filter in all (总数) */
  totalCount: Scalars['Int']['output'];
};

/** A new Community worker (社区工作者); omitted optional fields take their defaults */
export type CommunityWorkerCreateInput = {
  /** Birth year (出生年份) */
  birthYear?: InputMaybe<Scalars['Int']['input']>;
  /** Id of: Community (所属社区) */
  communityId: Scalars['ID']['input'];
  /** Education (学历) */
  education?: InputMaybe<Education>;
  /** Employment type (用工类型) */
  employmentType: EmploymentType;
  /** Gender (性别) */
  gender?: InputMaybe<Gender>;
  /** Hired on (入职日期) */
  hiredOn?: InputMaybe<Scalars['Date']['input']>;
  /** ID number (身份证号) */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** Monthly salary (月薪) */
  monthlySalary?: InputMaybe<Scalars['Decimal']['input']>;
  /** Name (姓名) */
  name: Scalars['String']['input'];
  /** Phone (联系电话) */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Position (职务) */
  position?: InputMaybe<Position>;
  /** Social work certificate (持社工证) */
  socialWorkCertificate?: InputMaybe<Scalars['Boolean']['input']>;
  /** Status (在岗状态) */
  status?: InputMaybe<WorkerStatus>;
};

/** A Community worker (社区工作者) in a page, with its cursor */
export type CommunityWorkerEdge = {
  __typename?: 'CommunityWorkerEdge';
  /** Cursor of this record (游标) */
  cursor: Scalars['String']['output'];
  /** Community worker (社区工作者) */
  node: CommunityWorker;
};

/** Filter on Community worker (社区工作者筛选条件); fields combine with AND */
export type CommunityWorkerFilter = {
  /** All of these hold (且) */
  and?: InputMaybe<Array<CommunityWorkerFilter>>;
  /** Birth year (出生年份) */
  birthYear?: InputMaybe<IntFilter>;
  /** Records whose community matches this filter: Community (所属社区) */
  community?: InputMaybe<CommunityFilter>;
  /** Id of: Community (所属社区) */
  communityId?: InputMaybe<IdFilter>;
  /** Created at (创建时间) */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Deleted at (删除时间) */
  deletedAt?: InputMaybe<DateTimeFilter>;
  /** Education (学历) */
  education?: InputMaybe<EducationFilter>;
  /** Employment type (用工类型) */
  employmentType?: InputMaybe<EmploymentTypeFilter>;
  /** Gender (性别) */
  gender?: InputMaybe<GenderFilter>;
  /** Hired on (入职日期) */
  hiredOn?: InputMaybe<DateFilter>;
  /** ID (标识) */
  id?: InputMaybe<IdFilter>;
  /** ID number (身份证号) */
  idNumber?: InputMaybe<StringFilter>;
  /** Monthly salary (月薪) */
  monthlySalary?: InputMaybe<DecimalFilter>;
  /** Name (姓名) */
  name?: InputMaybe<StringFilter>;
  /** This does not hold (非) */
  not?: InputMaybe<CommunityWorkerFilter>;
  /** Any of these holds (或) */
  or?: InputMaybe<Array<CommunityWorkerFilter>>;
  /** Phone (联系电话) */
  phone?: InputMaybe<StringFilter>;
  /** Position (职务) */
  position?: InputMaybe<PositionFilter>;
  /** Social work certificate (持社工证) */
  socialWorkCertificate?: InputMaybe<BooleanFilter>;
  /** Status (在岗状态) */
  status?: InputMaybe<WorkerStatusFilter>;
  /** Updated at (更新时间) */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key of Community worker (社区工作者排序): name exactly one field */
export type CommunityWorkerOrder = {
  /** Birth year (出生年份) */
  birthYear?: InputMaybe<SortDirection>;
  /** Created at (创建时间) */
  createdAt?: InputMaybe<SortDirection>;
  /** Deleted at (删除时间) */
  deletedAt?: InputMaybe<SortDirection>;
  /** Education (学历) */
  education?: InputMaybe<SortDirection>;
  /** Employment type (用工类型) */
  employmentType?: InputMaybe<SortDirection>;
  /** Gender (性别) */
  gender?: InputMaybe<SortDirection>;
  /** Hired on (入职日期) */
  hiredOn?: InputMaybe<SortDirection>;
  /** Monthly salary (月薪) */
  monthlySalary?: InputMaybe<SortDirection>;
  /** Name (姓名) */
  name?: InputMaybe<SortDirection>;
  /** Phone (联系电话) */
  phone?: InputMaybe<SortDirection>;
  /** Position (职务) */
  position?: InputMaybe<SortDirection>;
  /** Social work certificate (持社工证) */
  socialWorkCertificate?: InputMaybe<SortDirection>;
  /** Status (在岗状态) */
  status?: InputMaybe<SortDirection>;
  /** Updated at (更新时间) */
  updatedAt?: InputMaybe<SortDirection>;
};

/** Changes to a Community worker (社区工作者); omitted fields stay as they are, null clears */
export type CommunityWorkerUpdateInput = {
  /** Birth year (出生年份) */
  birthYear?: InputMaybe<Scalars['Int']['input']>;
  /** Id of: Community (所属社区) */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** Education (学历) */
  education?: InputMaybe<Education>;
  /** Employment type (用工类型) */
  employmentType?: InputMaybe<EmploymentType>;
  /** Gender (性别) */
  gender?: InputMaybe<Gender>;
  /** Hired on (入职日期) */
  hiredOn?: InputMaybe<Scalars['Date']['input']>;
  /** ID number (身份证号) */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** Monthly salary (月薪) */
  monthlySalary?: InputMaybe<Scalars['Decimal']['input']>;
  /** Name (姓名) */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Phone (联系电话) */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Position (职务) */
  position?: InputMaybe<Position>;
  /** Social work certificate (持社工证) */
  socialWorkCertificate?: InputMaybe<Scalars['Boolean']['input']>;
  /** Status (在岗状态) */
  status?: InputMaybe<WorkerStatus>;
};

/** A service centre (服务中心) */
export type CompletenessCentre = {
  __typename?: 'CompletenessCentre';
  /** Its name, when you may read it (名称) */
  name?: Maybe<Scalars['String']['output']>;
  /** The centre (服务中心) */
  serviceCenterId: Scalars['ID']['output'];
};

/** One check made, and how many communities fail it (检查项) */
export type CompletenessCheck = {
  __typename?: 'CompletenessCheck';
  /** Communities with this gap (存在缺口的社区数) */
  communityCount: Scalars['Int']['output'];
  /** The field checked, or the field that dates the expected records (字段) */
  field: Scalars['String']['output'];
  /** Empty field or no records that year (缺失类型) */
  kind: DataGapKind;
  /** The record type checked (记录类型) */
  recordType: Scalars['String']['output'];
  /** Centres where every community checked has this gap, e.g. none recorded a council meeting (全部社区均缺失的服务中心) */
  wholeCentres: Array<CompletenessCentre>;
};

/** Compound (小区). A residential compound (小区) within a community. */
export type Compound = {
  __typename?: 'Compound';
  /** Community (所属社区) */
  community: Community;
  /** Id of: Community (所属社区) */
  communityId: Scalars['ID']['output'];
  /** When the record was created (创建时间) */
  createdAt: Scalars['DateTime']['output'];
  /** When the record was deleted (删除时间); null while it is live */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Audit entries of this record, oldest first (变更历史); logged-in users only, values masked by what you may read */
  history?: Maybe<Array<AuditEntry>>;
  /** Households (户数) */
  households?: Maybe<Scalars['Int']['output']>;
  /** Identifier (标识) */
  id: Scalars['ID']['output'];
  /** Name (名称) */
  name: Scalars['String']['output'];
  /** Population (人口) */
  population?: Maybe<Scalars['Int']['output']>;
  /** Property manager (物业服务企业) */
  propertyManager?: Maybe<Scalars['String']['output']>;
  /** When the record was last changed (更新时间) */
  updatedAt: Scalars['DateTime']['output'];
  /** Version (版本) for optimistic locking: pass it back as expectedVersion when updating */
  version: Scalars['Int']['output'];
};

/** A page of Compound (小区列表) */
export type CompoundConnection = {
  __typename?: 'CompoundConnection';
  /** The records of this page with their cursors (本页记录及游标) */
  edges: Array<CompoundEdge>;
  /** The records of this page (本页记录) */
  nodes: Array<Compound>;
  /** Paging information (分页信息) */
  pageInfo: PageInfo;
  /** How many records match the filter in all (总数) */
  totalCount: Scalars['Int']['output'];
};

/** A new Compound (小区); omitted optional fields take their defaults */
export type CompoundCreateInput = {
  /** Id of: Community (所属社区) */
  communityId: Scalars['ID']['input'];
  /** Households (户数) */
  households?: InputMaybe<Scalars['Int']['input']>;
  /** Name (名称) */
  name: Scalars['String']['input'];
  /** Population (人口) */
  population?: InputMaybe<Scalars['Int']['input']>;
  /** Property manager (物业服务企业) */
  propertyManager?: InputMaybe<Scalars['String']['input']>;
};

/** A Compound (小区) in a page, with its cursor */
export type CompoundEdge = {
  __typename?: 'CompoundEdge';
  /** Cursor of this record (游标) */
  cursor: Scalars['String']['output'];
  /** Compound (小区) */
  node: Compound;
};

/** Filter on Compound (小区筛选条件); fields combine with AND */
export type CompoundFilter = {
  /** All of these hold (且) */
  and?: InputMaybe<Array<CompoundFilter>>;
  /** Records whose community matches this filter: Community (所属社区) */
  community?: InputMaybe<CommunityFilter>;
  /** Id of: Community (所属社区) */
  communityId?: InputMaybe<IdFilter>;
  /** Created at (创建时间) */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Deleted at (删除时间) */
  deletedAt?: InputMaybe<DateTimeFilter>;
  /** Households (户数) */
  households?: InputMaybe<IntFilter>;
  /** ID (标识) */
  id?: InputMaybe<IdFilter>;
  /** Name (名称) */
  name?: InputMaybe<StringFilter>;
  /** This does not hold (非) */
  not?: InputMaybe<CompoundFilter>;
  /** Any of these holds (或) */
  or?: InputMaybe<Array<CompoundFilter>>;
  /** Population (人口) */
  population?: InputMaybe<IntFilter>;
  /** Property manager (物业服务企业) */
  propertyManager?: InputMaybe<StringFilter>;
  /** Updated at (更新时间) */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key of Compound (小区排序): name exactly one field */
export type CompoundOrder = {
  /** Created at (创建时间) */
  createdAt?: InputMaybe<SortDirection>;
  /** Deleted at (删除时间) */
  deletedAt?: InputMaybe<SortDirection>;
  /** Households (户数) */
  households?: InputMaybe<SortDirection>;
  /** Name (名称) */
  name?: InputMaybe<SortDirection>;
  /** Population (人口) */
  population?: InputMaybe<SortDirection>;
  /** Property manager (物业服务企业) */
  propertyManager?: InputMaybe<SortDirection>;
  /** Updated at (更新时间) */
  updatedAt?: InputMaybe<SortDirection>;
};

/** Changes to a Compound (小区); omitted fields stay as they are, null clears */
export type CompoundUpdateInput = {
  /** Id of: Community (所属社区) */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** Households (户数) */
  households?: InputMaybe<Scalars['Int']['input']>;
  /** Name (名称) */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Population (人口) */
  population?: InputMaybe<Scalars['Int']['input']>;
  /** Property manager (物业服务企业) */
  propertyManager?: InputMaybe<Scalars['String']['input']>;
};

/** Council meeting (居民议事会议). A residents’ council meeting (居民议事会议): who attended and what was resolved. */
export type CouncilMeeting = {
  __typename?: 'CouncilMeeting';
  /** Attendees (参会人数) */
  attendeeCount: Scalars['Int']['output'];
  /** Community (社区) */
  community: Community;
  /** Id of: Community (社区) */
  communityId: Scalars['ID']['output'];
  /** When the record was created (创建时间) */
  createdAt: Scalars['DateTime']['output'];
  /** When the record was deleted (删除时间); null while it is live */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Follow-up (落实情况) */
  followUpStatus?: Maybe<FollowUpStatus>;
  /** Held on (召开日期) */
  heldOn: Scalars['Date']['output'];
  /** Audit entries of this record, oldest first (变更历史); logged-in users only, values masked by what you may read */
  history?: Maybe<Array<AuditEntry>>;
  /** Identifier (标识) */
  id: Scalars['ID']['output'];
  /** Resident attendees (居民参会人数) */
  residentAttendeeCount: Scalars['Int']['output'];
  /** Resolutions (形成决议) */
  resolutions?: Maybe<Scalars['String']['output']>;
  /** Topic (议题) */
  topic: Scalars['String']['output'];
  /** When the record was last changed (更新时间) */
  updatedAt: Scalars['DateTime']['output'];
  /** Version (版本) for optimistic locking: pass it back as expectedVersion when updating */
  version: Scalars['Int']['output'];
};

/** A page of Council meeting (居民议事会议列表) */
export type CouncilMeetingConnection = {
  __typename?: 'CouncilMeetingConnection';
  /** The records of this page with their cursors (本页记录及游标) */
  edges: Array<CouncilMeetingEdge>;
  /** The records of this page (本页记录) */
  nodes: Array<CouncilMeeting>;
  /** Paging information (分页信息) */
  pageInfo: PageInfo;
  /** How many records match the filter in all (总数) */
  totalCount: Scalars['Int']['output'];
};

/** A new Council meeting (居民议事会议); omitted optional fields take their defaults */
export type CouncilMeetingCreateInput = {
  /** Attendees (参会人数) */
  attendeeCount: Scalars['Int']['input'];
  /** Id of: Community (社区) */
  communityId: Scalars['ID']['input'];
  /** Follow-up (落实情况) */
  followUpStatus?: InputMaybe<FollowUpStatus>;
  /** Held on (召开日期) */
  heldOn: Scalars['Date']['input'];
  /** Resident attendees (居民参会人数) */
  residentAttendeeCount: Scalars['Int']['input'];
  /** Resolutions (形成决议) */
  resolutions?: InputMaybe<Scalars['String']['input']>;
  /** Topic (议题) */
  topic: Scalars['String']['input'];
};

/** A Council meeting (居民议事会议) in a page, with its cursor */
export type CouncilMeetingEdge = {
  __typename?: 'CouncilMeetingEdge';
  /** Cursor of this record (游标) */
  cursor: Scalars['String']['output'];
  /** Council meeting (居民议事会议) */
  node: CouncilMeeting;
};

/** Filter on Council meeting (居民议事会议筛选条件); fields combine with AND */
export type CouncilMeetingFilter = {
  /** All of these hold (且) */
  and?: InputMaybe<Array<CouncilMeetingFilter>>;
  /** Attendees (参会人数) */
  attendeeCount?: InputMaybe<IntFilter>;
  /** Records whose community matches this filter: Community (社区) */
  community?: InputMaybe<CommunityFilter>;
  /** Id of: Community (社区) */
  communityId?: InputMaybe<IdFilter>;
  /** Created at (创建时间) */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Deleted at (删除时间) */
  deletedAt?: InputMaybe<DateTimeFilter>;
  /** Follow-up (落实情况) */
  followUpStatus?: InputMaybe<FollowUpStatusFilter>;
  /** Held on (召开日期) */
  heldOn?: InputMaybe<DateFilter>;
  /** ID (标识) */
  id?: InputMaybe<IdFilter>;
  /** This does not hold (非) */
  not?: InputMaybe<CouncilMeetingFilter>;
  /** Any of these holds (或) */
  or?: InputMaybe<Array<CouncilMeetingFilter>>;
  /** Resident attendees (居民参会人数) */
  residentAttendeeCount?: InputMaybe<IntFilter>;
  /** Resolutions (形成决议) */
  resolutions?: InputMaybe<TextFilter>;
  /** Topic (议题) */
  topic?: InputMaybe<StringFilter>;
  /** Updated at (更新时间) */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key of Council meeting (居民议事会议排序): name exactly one field */
export type CouncilMeetingOrder = {
  /** Attendees (参会人数) */
  attendeeCount?: InputMaybe<SortDirection>;
  /** Created at (创建时间) */
  createdAt?: InputMaybe<SortDirection>;
  /** Deleted at (删除时间) */
  deletedAt?: InputMaybe<SortDirection>;
  /** Follow-up (落实情况) */
  followUpStatus?: InputMaybe<SortDirection>;
  /** Held on (召开日期) */
  heldOn?: InputMaybe<SortDirection>;
  /** Resident attendees (居民参会人数) */
  residentAttendeeCount?: InputMaybe<SortDirection>;
  /** Topic (议题) */
  topic?: InputMaybe<SortDirection>;
  /** Updated at (更新时间) */
  updatedAt?: InputMaybe<SortDirection>;
};

/** Changes to a Council meeting (居民议事会议); omitted fields stay as they are, null clears */
export type CouncilMeetingUpdateInput = {
  /** Attendees (参会人数) */
  attendeeCount?: InputMaybe<Scalars['Int']['input']>;
  /** Id of: Community (社区) */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** Follow-up (落实情况) */
  followUpStatus?: InputMaybe<FollowUpStatus>;
  /** Held on (召开日期) */
  heldOn?: InputMaybe<Scalars['Date']['input']>;
  /** Resident attendees (居民参会人数) */
  residentAttendeeCount?: InputMaybe<Scalars['Int']['input']>;
  /** Resolutions (形成决议) */
  resolutions?: InputMaybe<Scalars['String']['input']>;
  /** Topic (议题) */
  topic?: InputMaybe<Scalars['String']['input']>;
};

/** Which inputs of the figures are missing (数据完整性), as far as you may see them: the report states them instead of counting them as zeros */
export type DataCompleteness = {
  __typename?: 'DataCompleteness';
  /** Every check made for you, in declaration order: an empty field counts only where you may read it, and a yearly check needs the fields it looks at readable in every row (检查项) */
  checks: Array<CompletenessCheck>;
  /** Communities checked (检查的社区数) */
  communityCount: Scalars['Int']['output'];
  /** Every gap, by community in code order, then check (缺口明细) */
  gaps: Array<DataGap>;
  /** The centre checked; null: the whole city (服务中心) */
  serviceCenterId?: Maybe<Scalars['ID']['output']>;
  /** Year of the yearly checks (年度) */
  year: Scalars['Int']['output'];
};

/** One missing input of the figures, in one community (数据缺口) */
export type DataGap = {
  __typename?: 'DataGap';
  /** The community’s code, when you may read it (社区编码) */
  communityCode?: Maybe<Scalars['String']['output']>;
  /** The community it concerns (社区) */
  communityId: Scalars['ID']['output'];
  /** The community’s name, when you may read it (社区名称) */
  communityName?: Maybe<Scalars['String']['output']>;
  /** The record’s display name, when you may read it (名称) */
  display?: Maybe<Scalars['String']['output']>;
  /** The empty field, or the field that dates the missing records (字段) */
  field: Scalars['String']['output'];
  /** Empty field or no records that year (缺失类型) */
  kind: DataGapKind;
  /** The record with the empty field; null for missing records (记录编号) */
  recordId?: Maybe<Scalars['ID']['output']>;
  /** The record type whose field is empty, or whose records are missing (记录类型) */
  recordType: Scalars['String']['output'];
};

/** What is missing (缺失类型) */
export type DataGapKind =
  /** A field the figures need is empty in a record (未填报) */
  | 'EMPTY_FIELD'
  /** A community has no records of a type the figures expect every year (当年未录入) */
  | 'NO_RECORDS';

/** A stored value the declared formats refuse, or one not in its stored form (数据质量问题) */
export type DataQualityIssue = {
  __typename?: 'DataQualityIssue';
  /** The record’s display name, when you may read it (名称) */
  display?: Maybe<Scalars['String']['output']>;
  /** The field whose value is wrong (字段) */
  field: Scalars['String']['output'];
  /** What is wrong with it, as a write would be told (问题) */
  problem: Scalars['String']['output'];
  /** The record (记录编号) */
  recordId: Scalars['ID']['output'];
  /** The record type (记录类型) */
  recordType: Scalars['String']['output'];
};

/** Filter on a date (日期筛选) */
export type DateFilter = {
  /** equals (等于) */
  eq?: InputMaybe<Scalars['Date']['input']>;
  /** greater than (大于) */
  gt?: InputMaybe<Scalars['Date']['input']>;
  /** at least (大于等于) */
  gte?: InputMaybe<Scalars['Date']['input']>;
  /** is one of (属于) */
  in?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** less than (小于) */
  lt?: InputMaybe<Scalars['Date']['input']>;
  /** at most (小于等于) */
  lte?: InputMaybe<Scalars['Date']['input']>;
  /** does not equal (不等于) */
  ne?: InputMaybe<Scalars['Date']['input']>;
  /** is none of (不属于) */
  notIn?: InputMaybe<Array<Scalars['Date']['input']>>;
};

/** Filter on an instant (时间筛选) */
export type DateTimeFilter = {
  /** equals (等于) */
  eq?: InputMaybe<Scalars['DateTime']['input']>;
  /** greater than (大于) */
  gt?: InputMaybe<Scalars['DateTime']['input']>;
  /** at least (大于等于) */
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  /** is one of (属于) */
  in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** less than (小于) */
  lt?: InputMaybe<Scalars['DateTime']['input']>;
  /** at most (小于等于) */
  lte?: InputMaybe<Scalars['DateTime']['input']>;
  /** does not equal (不等于) */
  ne?: InputMaybe<Scalars['DateTime']['input']>;
  /** is none of (不属于) */
  notIn?: InputMaybe<Array<Scalars['DateTime']['input']>>;
};

/** Filter on an amount (金额筛选) */
export type DecimalFilter = {
  /** equals (等于) */
  eq?: InputMaybe<Scalars['Decimal']['input']>;
  /** greater than (大于) */
  gt?: InputMaybe<Scalars['Decimal']['input']>;
  /** at least (大于等于) */
  gte?: InputMaybe<Scalars['Decimal']['input']>;
  /** is one of (属于) */
  in?: InputMaybe<Array<Scalars['Decimal']['input']>>;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** less than (小于) */
  lt?: InputMaybe<Scalars['Decimal']['input']>;
  /** at most (小于等于) */
  lte?: InputMaybe<Scalars['Decimal']['input']>;
  /** does not equal (不等于) */
  ne?: InputMaybe<Scalars['Decimal']['input']>;
  /** is none of (不属于) */
  notIn?: InputMaybe<Array<Scalars['Decimal']['input']>>;
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
  eq?: InputMaybe<Direction>;
  /** is one of (属于) */
  in?: InputMaybe<Array<Direction>>;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** does not equal (不等于) */
  ne?: InputMaybe<Direction>;
  /** is none of (不属于) */
  notIn?: InputMaybe<Array<Direction>>;
};

/** Live records that may be one person: the same identity number, or the same name and birth year (疑似重复人员) */
export type DuplicateGroup = {
  __typename?: 'DuplicateGroup';
  /** The fields they agree on: ["idNumber"] or ["name", "birthYear"] (比对字段) */
  by: Array<Scalars['String']['output']>;
  /** The records, by type and id (记录) */
  records: Array<DuplicateRecord>;
  /** Their common values, in the order of `by` (相同的值) */
  values: Array<Scalars['String']['output']>;
};

/** One record of a group of possible duplicates (疑似重复记录) */
export type DuplicateRecord = {
  __typename?: 'DuplicateRecord';
  /** The community, or the service centre, it belongs to (所属社区或服务中心) */
  community?: Maybe<Scalars['String']['output']>;
  /** Its id (记录编号) */
  id: Scalars['ID']['output'];
  /** Its name (姓名) */
  name: Scalars['String']['output'];
  /** Its record type, e.g. CommunityWorker or PartyMember (记录类型) */
  type: Scalars['String']['output'];
};

/** Duty assignment (权责承接). A duty item assigned to a community or a service centre (exactly one); funded by the budget lines pointing at it. */
export type DutyAssignment = {
  __typename?: 'DutyAssignment';
  /** Accountable worker (责任人) */
  accountableWorker?: Maybe<CommunityWorker>;
  /** Id of: Accountable worker (责任人) */
  accountableWorkerId?: Maybe<Scalars['ID']['output']>;
  /** Assigned on (承接日期) */
  assignedOn: Scalars['Date']['output'];
  /** Funding lines (经费) */
  budgetLines?: Maybe<Array<BudgetLine>>;
  /** Community (承接社区) */
  community?: Maybe<Community>;
  /** Id of: Community (承接社区) */
  communityId?: Maybe<Scalars['ID']['output']>;
  /** When the record was created (创建时间) */
  createdAt: Scalars['DateTime']['output'];
  /** When the record was deleted (删除时间); null while it is live */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Duty item (权责事项) */
  dutyItem: DutyItem;
  /** Id of: Duty item (权责事项) */
  dutyItemId: Scalars['ID']['output'];
  /** Audit entries of this record, oldest first (变更历史); logged-in users only, values masked by what you may read */
  history?: Maybe<Array<AuditEntry>>;
  /** Identifier (标识) */
  id: Scalars['ID']['output'];
  /** Service centre (承接服务中心) */
  serviceCenter?: Maybe<ServiceCenter>;
  /** Id of: Service centre (承接服务中心) */
  serviceCenterId?: Maybe<Scalars['ID']['output']>;
  /** Status (状态) */
  status: AssignmentStatus;
  /** When the record was last changed (更新时间) */
  updatedAt: Scalars['DateTime']['output'];
  /** Version (版本) for optimistic locking: pass it back as expectedVersion when updating */
  version: Scalars['Int']['output'];
};


/** Duty assignment (权责承接). A duty item assigned to a community or a service centre (exactly one); funded by the budget lines pointing at it. */
export type DutyAssignmentBudgetLinesArgs = {
  filter?: InputMaybe<BudgetLineFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<BudgetLineOrder>>;
};

/** A page of Duty assignment (权责承接列表) */
export type DutyAssignmentConnection = {
  __typename?: 'DutyAssignmentConnection';
  /** The records of this page with their cursors (本页记录及游标) */
  edges: Array<DutyAssignmentEdge>;
  /** The records of this page (本页记录) */
  nodes: Array<DutyAssignment>;
  /** Paging information (分页信息) */
  pageInfo: PageInfo;
  /** How many records match the filter in all (总数) */
  totalCount: Scalars['Int']['output'];
};

/** A new Duty assignment (权责承接); omitted optional fields take their defaults */
export type DutyAssignmentCreateInput = {
  /** Id of: Accountable worker (责任人) */
  accountableWorkerId?: InputMaybe<Scalars['ID']['input']>;
  /** Assigned on (承接日期) */
  assignedOn: Scalars['Date']['input'];
  /** Id of: Community (承接社区) */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** Id of: Duty item (权责事项) */
  dutyItemId: Scalars['ID']['input'];
  /** Id of: Service centre (承接服务中心) */
  serviceCenterId?: InputMaybe<Scalars['ID']['input']>;
  /** Status (状态) */
  status?: InputMaybe<AssignmentStatus>;
};

/** A Duty assignment (权责承接) in a page, with its cursor */
export type DutyAssignmentEdge = {
  __typename?: 'DutyAssignmentEdge';
  /** Cursor of this record (游标) */
  cursor: Scalars['String']['output'];
  /** Duty assignment (权责承接) */
  node: DutyAssignment;
};

/** Filter on Duty assignment (权责承接筛选条件); fields combine with AND */
export type DutyAssignmentFilter = {
  /** Records whose accountableWorker matches this filter: Accountable worker (责任人) */
  accountableWorker?: InputMaybe<CommunityWorkerFilter>;
  /** Id of: Accountable worker (责任人) */
  accountableWorkerId?: InputMaybe<IdFilter>;
  /** All of these hold (且) */
  and?: InputMaybe<Array<DutyAssignmentFilter>>;
  /** Assigned on (承接日期) */
  assignedOn?: InputMaybe<DateFilter>;
  /** Records whose community matches this filter: Community (承接社区) */
  community?: InputMaybe<CommunityFilter>;
  /** Id of: Community (承接社区) */
  communityId?: InputMaybe<IdFilter>;
  /** Created at (创建时间) */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Deleted at (删除时间) */
  deletedAt?: InputMaybe<DateTimeFilter>;
  /** Records whose dutyItem matches this filter: Duty item (权责事项) */
  dutyItem?: InputMaybe<DutyItemFilter>;
  /** Id of: Duty item (权责事项) */
  dutyItemId?: InputMaybe<IdFilter>;
  /** ID (标识) */
  id?: InputMaybe<IdFilter>;
  /** This does not hold (非) */
  not?: InputMaybe<DutyAssignmentFilter>;
  /** Any of these holds (或) */
  or?: InputMaybe<Array<DutyAssignmentFilter>>;
  /** Records whose serviceCenter matches this filter: Service centre (承接服务中心) */
  serviceCenter?: InputMaybe<ServiceCenterFilter>;
  /** Id of: Service centre (承接服务中心) */
  serviceCenterId?: InputMaybe<IdFilter>;
  /** Status (状态) */
  status?: InputMaybe<AssignmentStatusFilter>;
  /** Updated at (更新时间) */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key of Duty assignment (权责承接排序): name exactly one field */
export type DutyAssignmentOrder = {
  /** Assigned on (承接日期) */
  assignedOn?: InputMaybe<SortDirection>;
  /** Created at (创建时间) */
  createdAt?: InputMaybe<SortDirection>;
  /** Deleted at (删除时间) */
  deletedAt?: InputMaybe<SortDirection>;
  /** Status (状态) */
  status?: InputMaybe<SortDirection>;
  /** Updated at (更新时间) */
  updatedAt?: InputMaybe<SortDirection>;
};

/** Changes to a Duty assignment (权责承接); omitted fields stay as they are, null clears */
export type DutyAssignmentUpdateInput = {
  /** Id of: Accountable worker (责任人) */
  accountableWorkerId?: InputMaybe<Scalars['ID']['input']>;
  /** Assigned on (承接日期) */
  assignedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Id of: Community (承接社区) */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** Id of: Duty item (权责事项) */
  dutyItemId?: InputMaybe<Scalars['ID']['input']>;
  /** Id of: Service centre (承接服务中心) */
  serviceCenterId?: InputMaybe<Scalars['ID']['input']>;
  /** Status (状态) */
  status?: InputMaybe<AssignmentStatus>;
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
  eq?: InputMaybe<DutyCategory>;
  /** is one of (属于) */
  in?: InputMaybe<Array<DutyCategory>>;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** does not equal (不等于) */
  ne?: InputMaybe<DutyCategory>;
  /** is none of (不属于) */
  notIn?: InputMaybe<Array<DutyCategory>>;
};

/** What both kinds of finding share: the assignment, its duty item, the assignee and its centre (核查发现) */
export type DutyFinding = {
  /** The duty assignment (承接记录) */
  assignmentId: Scalars['ID']['output'];
  /** The assignee community (承接社区), or null when a centre is the assignee */
  communityId?: Maybe<Scalars['ID']['output']>;
  /** The duty item (权责事项) */
  dutyItemId: Scalars['ID']['output'];
  /** Chinese and English reason together (原因) */
  reason: Scalars['String']['output'];
  /** Why this is a finding, in English (原因, 英文) */
  reasonEn: Scalars['String']['output'];
  /** Why this is a finding, in Chinese (原因) */
  reasonZh: Scalars['String']['output'];
  /** The assignee centre, or the assignee community’s centre (服务中心) */
  serviceCenterId: Scalars['ID']['output'];
};

/** Findings of the duty rules for one year (权责清单核查结果) */
export type DutyFindings = {
  __typename?: 'DutyFindings';
  /** Duties assigned to a unit without the power they need (权责不匹配) */
  powerMismatches: Array<PowerMismatch>;
  /** Duties that need funding but have none approved (费未随事转) */
  unfundedDuties: Array<UnfundedDuty>;
};

/** Duty item (权责事项). An item of the duty list (权责清单): what must be done, on what legal basis, by which level, needing which power. */
export type DutyItem = {
  __typename?: 'DutyItem';
  /** Assignments (承接情况) */
  assignments: Array<DutyAssignment>;
  /** Category (事项类别) */
  category: DutyCategory;
  /** Code (事项编码) */
  code: Scalars['String']['output'];
  /** When the record was created (创建时间) */
  createdAt: Scalars['DateTime']['output'];
  /** When the record was deleted (删除时间); null while it is live */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Description (事项描述) */
  description?: Maybe<Scalars['String']['output']>;
  /** Effective from (生效日期) */
  effectiveFrom?: Maybe<Scalars['Date']['output']>;
  /** Effective to (失效日期) */
  effectiveTo?: Maybe<Scalars['Date']['output']>;
  /** Funding required (需费随事转). Funding must follow the duty (费随事转) */
  fundingRequired: Scalars['Boolean']['output'];
  /** Audit entries of this record, oldest first (变更历史); logged-in users only, values masked by what you may read */
  history?: Maybe<Array<AuditEntry>>;
  /** Identifier (标识) */
  id: Scalars['ID']['output'];
  /** Legal basis (法律依据). Required before the item can be published */
  legalBasis?: Maybe<Scalars['String']['output']>;
  /** Required power (所需权力) */
  requiredPower: RequiredPower;
  /** Responsible level (责任层级) */
  responsibleLevel: ResponsibleLevel;
  /** Source department (来源部门) */
  sourceDepartment?: Maybe<Scalars['String']['output']>;
  /** Status (状态) */
  status: DutyStatus;
  /** Title (事项名称) */
  title: Scalars['String']['output'];
  /** When the record was last changed (更新时间) */
  updatedAt: Scalars['DateTime']['output'];
  /** Version (版本) for optimistic locking: pass it back as expectedVersion when updating */
  version: Scalars['Int']['output'];
};


/** Duty item (权责事项). An item of the duty list (权责清单): what must be done, on what legal basis, by which level, needing which power. */
export type DutyItemAssignmentsArgs = {
  filter?: InputMaybe<DutyAssignmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DutyAssignmentOrder>>;
};

/** A page of Duty item (权责事项列表) */
export type DutyItemConnection = {
  __typename?: 'DutyItemConnection';
  /** The records of this page with their cursors (本页记录及游标) */
  edges: Array<DutyItemEdge>;
  /** The records of this page (本页记录) */
  nodes: Array<DutyItem>;
  /** Paging information (分页信息) */
  pageInfo: PageInfo;
  /** How many records match the filter in all (总数) */
  totalCount: Scalars['Int']['output'];
};

/** A new Duty item (权责事项); omitted optional fields take their defaults */
export type DutyItemCreateInput = {
  /** Category (事项类别) */
  category: DutyCategory;
  /** Code (事项编码) */
  code: Scalars['String']['input'];
  /** Description (事项描述) */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Effective from (生效日期) */
  effectiveFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Effective to (失效日期) */
  effectiveTo?: InputMaybe<Scalars['Date']['input']>;
  /** Funding required (需费随事转). Funding must follow the duty (费随事转) */
  fundingRequired?: InputMaybe<Scalars['Boolean']['input']>;
  /** Legal basis (法律依据). Required before the item can be published */
  legalBasis?: InputMaybe<Scalars['String']['input']>;
  /** Required power (所需权力) */
  requiredPower?: InputMaybe<RequiredPower>;
  /** Responsible level (责任层级) */
  responsibleLevel: ResponsibleLevel;
  /** Source department (来源部门) */
  sourceDepartment?: InputMaybe<Scalars['String']['input']>;
  /** Status (状态) */
  status?: InputMaybe<DutyStatus>;
  /** Title (事项名称) */
  title: Scalars['String']['input'];
};

/** A Duty item (权责事项) in a page, with its cursor */
export type DutyItemEdge = {
  __typename?: 'DutyItemEdge';
  /** Cursor of this record (游标) */
  cursor: Scalars['String']['output'];
  /** Duty item (权责事项) */
  node: DutyItem;
};

/** Filter on Duty item (权责事项筛选条件); fields combine with AND */
export type DutyItemFilter = {
  /** All of these hold (且) */
  and?: InputMaybe<Array<DutyItemFilter>>;
  /** Category (事项类别) */
  category?: InputMaybe<DutyCategoryFilter>;
  /** Code (事项编码) */
  code?: InputMaybe<StringFilter>;
  /** Created at (创建时间) */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Deleted at (删除时间) */
  deletedAt?: InputMaybe<DateTimeFilter>;
  /** Description (事项描述) */
  description?: InputMaybe<TextFilter>;
  /** Effective from (生效日期) */
  effectiveFrom?: InputMaybe<DateFilter>;
  /** Effective to (失效日期) */
  effectiveTo?: InputMaybe<DateFilter>;
  /** Funding required (需费随事转). Funding must follow the duty (费随事转) */
  fundingRequired?: InputMaybe<BooleanFilter>;
  /** ID (标识) */
  id?: InputMaybe<IdFilter>;
  /** Legal basis (法律依据). Required before the item can be published */
  legalBasis?: InputMaybe<TextFilter>;
  /** This does not hold (非) */
  not?: InputMaybe<DutyItemFilter>;
  /** Any of these holds (或) */
  or?: InputMaybe<Array<DutyItemFilter>>;
  /** Required power (所需权力) */
  requiredPower?: InputMaybe<RequiredPowerFilter>;
  /** Responsible level (责任层级) */
  responsibleLevel?: InputMaybe<ResponsibleLevelFilter>;
  /** Source department (来源部门) */
  sourceDepartment?: InputMaybe<StringFilter>;
  /** Status (状态) */
  status?: InputMaybe<DutyStatusFilter>;
  /** Title (事项名称) */
  title?: InputMaybe<StringFilter>;
  /** Updated at (更新时间) */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key of Duty item (权责事项排序): name exactly one field */
export type DutyItemOrder = {
  /** Category (事项类别) */
  category?: InputMaybe<SortDirection>;
  /** Code (事项编码) */
  code?: InputMaybe<SortDirection>;
  /** Created at (创建时间) */
  createdAt?: InputMaybe<SortDirection>;
  /** Deleted at (删除时间) */
  deletedAt?: InputMaybe<SortDirection>;
  /** Effective from (生效日期) */
  effectiveFrom?: InputMaybe<SortDirection>;
  /** Effective to (失效日期) */
  effectiveTo?: InputMaybe<SortDirection>;
  /** Funding required (需费随事转). Funding must follow the duty (费随事转) */
  fundingRequired?: InputMaybe<SortDirection>;
  /** Required power (所需权力) */
  requiredPower?: InputMaybe<SortDirection>;
  /** Responsible level (责任层级) */
  responsibleLevel?: InputMaybe<SortDirection>;
  /** Source department (来源部门) */
  sourceDepartment?: InputMaybe<SortDirection>;
  /** Status (状态) */
  status?: InputMaybe<SortDirection>;
  /** Title (事项名称) */
  title?: InputMaybe<SortDirection>;
  /** Updated at (更新时间) */
  updatedAt?: InputMaybe<SortDirection>;
};

/** Changes to a Duty item (权责事项); omitted fields stay as they are, null clears */
export type DutyItemUpdateInput = {
  /** Category (事项类别) */
  category?: InputMaybe<DutyCategory>;
  /** Code (事项编码) */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Description (事项描述) */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Effective from (生效日期) */
  effectiveFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Effective to (失效日期) */
  effectiveTo?: InputMaybe<Scalars['Date']['input']>;
  /** Funding required (需费随事转). Funding must follow the duty (费随事转) */
  fundingRequired?: InputMaybe<Scalars['Boolean']['input']>;
  /** Legal basis (法律依据). Required before the item can be published */
  legalBasis?: InputMaybe<Scalars['String']['input']>;
  /** Required power (所需权力) */
  requiredPower?: InputMaybe<RequiredPower>;
  /** Responsible level (责任层级) */
  responsibleLevel?: InputMaybe<ResponsibleLevel>;
  /** Source department (来源部门) */
  sourceDepartment?: InputMaybe<Scalars['String']['input']>;
  /** Status (状态) */
  status?: InputMaybe<DutyStatus>;
  /** Title (事项名称) */
  title?: InputMaybe<Scalars['String']['input']>;
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
  eq?: InputMaybe<DutyStatus>;
  /** is one of (属于) */
  in?: InputMaybe<Array<DutyStatus>>;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** does not equal (不等于) */
  ne?: InputMaybe<DutyStatus>;
  /** is none of (不属于) */
  notIn?: InputMaybe<Array<DutyStatus>>;
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
  eq?: InputMaybe<Education>;
  /** is one of (属于) */
  in?: InputMaybe<Array<Education>>;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** does not equal (不等于) */
  ne?: InputMaybe<Education>;
  /** is none of (不属于) */
  notIn?: InputMaybe<Array<Education>>;
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
  eq?: InputMaybe<EmploymentType>;
  /** is one of (属于) */
  in?: InputMaybe<Array<EmploymentType>>;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** does not equal (不等于) */
  ne?: InputMaybe<EmploymentType>;
  /** is none of (不属于) */
  notIn?: InputMaybe<Array<EmploymentType>>;
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
  eq?: InputMaybe<ExpenditureCategory>;
  /** is one of (属于) */
  in?: InputMaybe<Array<ExpenditureCategory>>;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** does not equal (不等于) */
  ne?: InputMaybe<ExpenditureCategory>;
  /** is none of (不属于) */
  notIn?: InputMaybe<Array<ExpenditureCategory>>;
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
  eq?: InputMaybe<FacilityCondition>;
  /** is one of (属于) */
  in?: InputMaybe<Array<FacilityCondition>>;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** does not equal (不等于) */
  ne?: InputMaybe<FacilityCondition>;
  /** is none of (不属于) */
  notIn?: InputMaybe<Array<FacilityCondition>>;
};

/** What the caller may do with one field (字段权限) */
export type FieldPermission = {
  __typename?: 'FieldPermission';
  /** Field name, e.g. phone (references by their name, e.g. community) (字段名) */
  name: Scalars['String']['output'];
  /** Where the caller may read it (可读范围) */
  read: FieldReadAccess;
  /** May set it in create and update (可写) */
  write: Scalars['Boolean']['output'];
};

/** Where a field may be read (字段可读范围) */
export type FieldReadAccess =
  /** In every record (全部) */
  | 'ALL'
  /** Nowhere: resolves to null with FORBIDDEN (不可读) */
  | 'NONE'
  /** Only in records of the caller's service centre (本服务中心) */
  | 'OWN_CENTER'
  /** Only in records of the caller's community (本社区) */
  | 'OWN_COMMUNITY';

/** A number that differs between a publication and today’s data (变化的数字) */
export type FigureChange = {
  __typename?: 'FigureChange';
  /** As today’s data give it; null when it is gone, e.g. a deleted community (现在) */
  after?: Maybe<FigureValue>;
  /** As published; null when the publication did not have it (发布时) */
  before?: Maybe<FigureValue>;
  /** Where it sits, as FigureValue.key (位置) */
  key: Scalars['String']['output'];
  /** What it is, in Chinese (名称) */
  label: Scalars['String']['output'];
  /** What it is, in English (名称, 英文) */
  labelEn: Scalars['String']['output'];
};

/** One number a report printed (报告中的数字) */
export type FigureValue = {
  __typename?: 'FigureValue';
  /** As the report prints it: "—" when missing, "*" when withheld (显示值) */
  display: Scalars['String']['output'];
  /** Where it sits, stable over time, e.g. community.<id>.workersPer10k (位置) */
  key: Scalars['String']['output'];
  /** What it is, in Chinese, e.g. 安居社区(F-A) · 每万人社区工作者数 (名称) */
  label: Scalars['String']['output'];
  /** What it is, in English (名称, 英文) */
  labelEn: Scalars['String']['output'];
  /** Exact value as text (amounts as their digits); null when missing or withheld (数值) */
  value?: Maybe<Scalars['String']['output']>;
  /** Withheld from anonymous readers by small-cell suppression (小样本不公开) */
  withheld: Scalars['Boolean']['output'];
};

/** Filter on a number (数值筛选) */
export type FloatFilter = {
  /** equals (等于) */
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** greater than (大于) */
  gt?: InputMaybe<Scalars['Float']['input']>;
  /** at least (大于等于) */
  gte?: InputMaybe<Scalars['Float']['input']>;
  /** is one of (属于) */
  in?: InputMaybe<Array<Scalars['Float']['input']>>;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** less than (小于) */
  lt?: InputMaybe<Scalars['Float']['input']>;
  /** at most (小于等于) */
  lte?: InputMaybe<Scalars['Float']['input']>;
  /** does not equal (不等于) */
  ne?: InputMaybe<Scalars['Float']['input']>;
  /** is none of (不属于) */
  notIn?: InputMaybe<Array<Scalars['Float']['input']>>;
};

/** Follow-up status (落实情况) */
export type FollowUpStatus =
  /** Done (已落实) */
  | 'DONE'
  /** In progress (落实中) */
  | 'IN_PROGRESS'
  /** Open (未落实) */
  | 'OPEN';

/** Filter on FollowUpStatus (枚举筛选) */
export type FollowUpStatusFilter = {
  /** equals (等于) */
  eq?: InputMaybe<FollowUpStatus>;
  /** is one of (属于) */
  in?: InputMaybe<Array<FollowUpStatus>>;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** does not equal (不等于) */
  ne?: InputMaybe<FollowUpStatus>;
  /** is none of (不属于) */
  notIn?: InputMaybe<Array<FollowUpStatus>>;
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
  eq?: InputMaybe<Gender>;
  /** is one of (属于) */
  in?: InputMaybe<Array<Gender>>;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** does not equal (不等于) */
  ne?: InputMaybe<Gender>;
  /** is none of (不属于) */
  notIn?: InputMaybe<Array<Gender>>;
};

/** Grade (考核等次) */
export type Grade =
  /** Basically competent (基本称职) */
  | 'BASIC'
  /** Competent (称职) */
  | 'COMPETENT'
  /** Excellent (优秀) */
  | 'EXCELLENT'
  /** Incompetent (不称职) */
  | 'INCOMPETENT';

/** Filter on Grade (枚举筛选) */
export type GradeFilter = {
  /** equals (等于) */
  eq?: InputMaybe<Grade>;
  /** is one of (属于) */
  in?: InputMaybe<Array<Grade>>;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** does not equal (不等于) */
  ne?: InputMaybe<Grade>;
  /** is none of (不属于) */
  notIn?: InputMaybe<Array<Grade>>;
};

/** Filter on an id (标识筛选) */
export type IdFilter = {
  /** equals (等于) */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** is one of (属于) */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** does not equal (不等于) */
  ne?: InputMaybe<Scalars['ID']['input']>;
  /** is none of (不属于) */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
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
  eq?: InputMaybe<IncomeSource>;
  /** is one of (属于) */
  in?: InputMaybe<Array<IncomeSource>>;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** does not equal (不等于) */
  ne?: InputMaybe<IncomeSource>;
  /** is none of (不属于) */
  notIn?: InputMaybe<Array<IncomeSource>>;
};

/** The indicators of domain.md with the inputs each is computed from (指标); ratios are null when their denominator is missing or zero */
export type Indicators = {
  /** Community activities held in the year (社区活动次数) */
  activityCount: Scalars['Int']['output'];
  /** Participants of those activities (参与人次) */
  activityParticipants: Scalars['Int']['output'];
  /** Average attendance per meeting (平均参会人数); null without meetings */
  averageAttendance?: Maybe<Scalars['Float']['output']>;
  /** Average residents attending per meeting (平均居民参会人数): how much residents take part; null without meetings */
  averageResidentAttendance?: Maybe<Scalars['Float']['output']>;
  /** Attendees of those meetings in all (参会总人次) */
  councilAttendance: Scalars['Int']['output'];
  /** Council meetings held in the year (居民议事会议次数) */
  councilMeetingCount: Scalars['Int']['output'];
  /** Residents among the attendees, in all (居民参会总人次) */
  councilResidentAttendance: Scalars['Int']['output'];
  /** Fiscal appropriation income of the year, APPROVED and SPENT lines (财政拨款); null when suppressed */
  fiscalAppropriation?: Maybe<Scalars['Decimal']['output']>;
  /** Fiscal appropriation / total income (财政依赖度); null without income, or when suppressed */
  fiscalDependency?: Maybe<Scalars['Float']['output']>;
  /** Households (户数); null when not recorded */
  households?: Maybe<Scalars['Int']['output']>;
  /** Office area in m² (办公用房面积) */
  officeAreaM2?: Maybe<Scalars['Float']['output']>;
  /** Office area per 1,000 residents in m² (每千人办公用房面积) */
  officeAreaPer1k?: Maybe<Scalars['Float']['output']>;
  /** Office area per 100 households in m² (每百户办公用房面积), the measure of the 每百户不低于30平方米 standard; null without households or office area */
  officeAreaPer100Households?: Maybe<Scalars['Float']['output']>;
  /** Population (管辖人口); null when not recorded */
  population?: Maybe<Scalars['Int']['output']>;
  /** Active assignments whose required power the centre lacks (权责不匹配事项数) */
  powerMismatchCount: Scalars['Int']['output'];
  /** Service windows (服务窗口数); null when not recorded */
  serviceWindowCount?: Maybe<Scalars['Int']['output']>;
  /** Community social organisations (社区社会组织数) */
  socialOrganizationCount: Scalars['Int']['output'];
  /** Social organisations per 10,000 residents (每万人社会组织数) */
  socialOrganizationsPer10k?: Maybe<Scalars['Float']['output']>;
  /** Fields of this answer withheld (null): computed from fewer than SUMMARY_MIN_ROWS (3) records whose fields you may not read one by one (小样本不公开的字段) */
  suppressed: Array<Scalars['String']['output']>;
  /** All income of the year, APPROVED and SPENT lines (总收入); null when suppressed */
  totalIncome?: Maybe<Scalars['Decimal']['output']>;
  /** Training hours completed in the year by active workers (培训学时); null when suppressed */
  trainingHours?: Maybe<Scalars['Float']['output']>;
  /** Training hours per active worker (人均培训学时); null without workers, or when suppressed */
  trainingHoursPerWorker?: Maybe<Scalars['Float']['output']>;
  /** Active funding-required assignments without approved expenditure that year (费未随事转事项数) */
  unfundedDutyCount: Scalars['Int']['output'];
  /** Active community workers (在岗社区工作者); null when suppressed */
  workerCount?: Maybe<Scalars['Int']['output']>;
  /** Active workers per 10,000 residents (每万人社区工作者数); null without a population, or when suppressed */
  workersPer10k?: Maybe<Scalars['Float']['output']>;
  /** The year the activity figures cover (年度) */
  year: Scalars['Int']['output'];
};

/** Filter on a whole number (整数筛选) */
export type IntFilter = {
  /** equals (等于) */
  eq?: InputMaybe<Scalars['Int']['input']>;
  /** greater than (大于) */
  gt?: InputMaybe<Scalars['Int']['input']>;
  /** at least (大于等于) */
  gte?: InputMaybe<Scalars['Int']['input']>;
  /** is one of (属于) */
  in?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** less than (小于) */
  lt?: InputMaybe<Scalars['Int']['input']>;
  /** at most (小于等于) */
  lte?: InputMaybe<Scalars['Int']['input']>;
  /** does not equal (不等于) */
  ne?: InputMaybe<Scalars['Int']['input']>;
  /** is none of (不属于) */
  notIn?: InputMaybe<Array<Scalars['Int']['input']>>;
};

/** A count per enum value (分类计数); every value of the enum is listed, zeros included */
export type KeyCount = {
  __typename?: 'KeyCount';
  /** How many (数量); null when suppressed */
  count?: Maybe<Scalars['Int']['output']>;
  /** The enum value name, e.g. CAREER_ESTABLISHMENT (分类) */
  key: Scalars['String']['output'];
  /** True when the count is withheld: fewer than SUMMARY_MIN_ROWS (3) records, whose key you may not read one by one (小样本不公开) */
  suppressed: Scalars['Boolean']['output'];
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
  eq?: InputMaybe<LegalForm>;
  /** is one of (属于) */
  in?: InputMaybe<Array<LegalForm>>;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** does not equal (不等于) */
  ne?: InputMaybe<LegalForm>;
  /** is none of (不属于) */
  notIn?: InputMaybe<Array<LegalForm>>;
};

/** A session token and who it belongs to (登录结果) */
export type LoginResult = {
  __typename?: 'LoginResult';
  /** Send as `Authorization: Bearer <token>` (会话令牌) */
  token: Scalars['String']['output'];
  /** The logged-in user (当前用户) */
  user: User;
};

/** Member status (党员状态) */
export type MemberStatus =
  /** Full member (正式党员) */
  | 'FULL'
  /** Probationary member (预备党员) */
  | 'PROBATIONARY';

/** Filter on MemberStatus (枚举筛选) */
export type MemberStatusFilter = {
  /** equals (等于) */
  eq?: InputMaybe<MemberStatus>;
  /** is one of (属于) */
  in?: InputMaybe<Array<MemberStatus>>;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** does not equal (不等于) */
  ne?: InputMaybe<MemberStatus>;
  /** is none of (不属于) */
  notIn?: InputMaybe<Array<MemberStatus>>;
};

/** Change the community governance data (变更) */
export type Mutation = {
  __typename?: 'Mutation';
  /** Change your own password (修改密码); your other sessions end, this one goes on */
  changePassword: Scalars['Boolean']['output'];
  /** Create a partner API key (新建接口密钥, ADMIN); the key is in the answer and nowhere else */
  createApiKey: ApiKeyCreated;
  /** Create a Budget line (经费明细) */
  createBudgetLine: BudgetLine;
  /** Create a Community (社区) */
  createCommunity: Community;
  /** Create a Community activity (社区活动) */
  createCommunityActivity: CommunityActivity;
  /** Create a Community worker (社区工作者) */
  createCommunityWorker: CommunityWorker;
  /** Create a Compound (小区) */
  createCompound: Compound;
  /** Create a Council meeting (居民议事会议) */
  createCouncilMeeting: CouncilMeeting;
  /** Create a Duty assignment (权责承接) */
  createDutyAssignment: DutyAssignment;
  /** Create a Duty item (权责事项) */
  createDutyItem: DutyItem;
  /** Create a Party member (党员) */
  createPartyMember: PartyMember;
  /** Create a Party organisation (党组织) */
  createPartyOrganization: PartyOrganization;
  /** Create a Performance review (考核评价) */
  createPerformanceReview: PerformanceReview;
  /** Create a Service centre (党群服务中心/街道) */
  createServiceCenter: ServiceCenter;
  /** Create a Social organisation (社区社会组织) */
  createSocialOrganization: SocialOrganization;
  /** Create a Training record (培训记录) */
  createTrainingRecord: TrainingRecord;
  /** Create a user (新建用户, ADMIN) */
  createUser: User;
  /** Deactivate a user (停用用户, ADMIN): it can no longer log in and its sessions stop at once */
  deactivateUser: User;
  /** Soft-delete a Budget line (经费明细): it leaves lists and can be restored */
  deleteBudgetLine: Scalars['Boolean']['output'];
  /** Soft-delete several Budget line (经费明细) in one transaction: all of them, or none and an error naming the first refused (ids.N); returns how many */
  deleteBudgetLines: Scalars['Int']['output'];
  /** Soft-delete several Community (社区) in one transaction: all of them, or none and an error naming the first refused (ids.N); returns how many */
  deleteCommunities: Scalars['Int']['output'];
  /** Soft-delete a Community (社区): it leaves lists and can be restored */
  deleteCommunity: Scalars['Boolean']['output'];
  /** Soft-delete several Community activity (社区活动) in one transaction: all of them, or none and an error naming the first refused (ids.N); returns how many */
  deleteCommunityActivities: Scalars['Int']['output'];
  /** Soft-delete a Community activity (社区活动): it leaves lists and can be restored */
  deleteCommunityActivity: Scalars['Boolean']['output'];
  /** Soft-delete a Community worker (社区工作者): it leaves lists and can be restored */
  deleteCommunityWorker: Scalars['Boolean']['output'];
  /** Soft-delete several Community worker (社区工作者) in one transaction: all of them, or none and an error naming the first refused (ids.N); returns how many */
  deleteCommunityWorkers: Scalars['Int']['output'];
  /** Soft-delete a Compound (小区): it leaves lists and can be restored */
  deleteCompound: Scalars['Boolean']['output'];
  /** Soft-delete several Compound (小区) in one transaction: all of them, or none and an error naming the first refused (ids.N); returns how many */
  deleteCompounds: Scalars['Int']['output'];
  /** Soft-delete a Council meeting (居民议事会议): it leaves lists and can be restored */
  deleteCouncilMeeting: Scalars['Boolean']['output'];
  /** Soft-delete several Council meeting (居民议事会议) in one transaction: all of them, or none and an error naming the first refused (ids.N); returns how many */
  deleteCouncilMeetings: Scalars['Int']['output'];
  /** Soft-delete a Duty assignment (权责承接): it leaves lists and can be restored */
  deleteDutyAssignment: Scalars['Boolean']['output'];
  /** Soft-delete several Duty assignment (权责承接) in one transaction: all of them, or none and an error naming the first refused (ids.N); returns how many */
  deleteDutyAssignments: Scalars['Int']['output'];
  /** Soft-delete a Duty item (权责事项): it leaves lists and can be restored */
  deleteDutyItem: Scalars['Boolean']['output'];
  /** Soft-delete several Duty item (权责事项) in one transaction: all of them, or none and an error naming the first refused (ids.N); returns how many */
  deleteDutyItems: Scalars['Int']['output'];
  /** Soft-delete a Party member (党员): it leaves lists and can be restored */
  deletePartyMember: Scalars['Boolean']['output'];
  /** Soft-delete several Party member (党员) in one transaction: all of them, or none and an error naming the first refused (ids.N); returns how many */
  deletePartyMembers: Scalars['Int']['output'];
  /** Soft-delete a Party organisation (党组织): it leaves lists and can be restored */
  deletePartyOrganization: Scalars['Boolean']['output'];
  /** Soft-delete several Party organisation (党组织) in one transaction: all of them, or none and an error naming the first refused (ids.N); returns how many */
  deletePartyOrganizations: Scalars['Int']['output'];
  /** Soft-delete a Performance review (考核评价): it leaves lists and can be restored */
  deletePerformanceReview: Scalars['Boolean']['output'];
  /** Soft-delete several Performance review (考核评价) in one transaction: all of them, or none and an error naming the first refused (ids.N); returns how many */
  deletePerformanceReviews: Scalars['Int']['output'];
  /** Soft-delete a Service centre (党群服务中心/街道): it leaves lists and can be restored */
  deleteServiceCenter: Scalars['Boolean']['output'];
  /** Soft-delete several Service centre (党群服务中心/街道) in one transaction: all of them, or none and an error naming the first refused (ids.N); returns how many */
  deleteServiceCenters: Scalars['Int']['output'];
  /** Soft-delete a Social organisation (社区社会组织): it leaves lists and can be restored */
  deleteSocialOrganization: Scalars['Boolean']['output'];
  /** Soft-delete several Social organisation (社区社会组织) in one transaction: all of them, or none and an error naming the first refused (ids.N); returns how many */
  deleteSocialOrganizations: Scalars['Int']['output'];
  /** Soft-delete a Training record (培训记录): it leaves lists and can be restored */
  deleteTrainingRecord: Scalars['Boolean']['output'];
  /** Soft-delete several Training record (培训记录) in one transaction: all of them, or none and an error naming the first refused (ids.N); returns how many */
  deleteTrainingRecords: Scalars['Int']['output'];
  /** Create many Budget line (经费明细) at once (CSV import): every row is checked first; one bad row (BAD_USER_INPUT at rows.N.field) writes nothing. At most 2000 rows */
  importBudgetLines: Array<BudgetLine>;
  /** Create many Community (社区) at once (CSV import): every row is checked first; one bad row (BAD_USER_INPUT at rows.N.field) writes nothing. At most 2000 rows */
  importCommunities: Array<Community>;
  /** Create many Community worker (社区工作者) at once (CSV import): every row is checked first; one bad row (BAD_USER_INPUT at rows.N.field) writes nothing. At most 2000 rows */
  importCommunityWorkers: Array<CommunityWorker>;
  /** Create many Duty item (权责事项) at once (CSV import): every row is checked first; one bad row (BAD_USER_INPUT at rows.N.field) writes nothing. At most 2000 rows */
  importDutyItems: Array<DutyItem>;
  /** Log in with e-mail and password (登录); returns a bearer token. Repeated failures lock the e-mail and the address for a while (RATE_LIMITED) */
  login: LoginResult;
  /** End this session (退出登录): its token is refused from the next request on. false when the caller has no session (anonymous, API key) */
  logout: Scalars['Boolean']['output'];
  /** Publish the report of a year and scope (发布报告, ADMIN): rendered in every format as an anonymous reader would get it, stored with its figures and SHA-256 hashes, audited; it supersedes the previous publication of the same year and scope */
  publishReport: PublishedReport;
  /** Bring back a deleted Budget line (经费明细) */
  restoreBudgetLine: BudgetLine;
  /** Bring back several deleted Budget line (经费明细) in one transaction: all of them, or none */
  restoreBudgetLines: Array<BudgetLine>;
  /** Bring back several deleted Community (社区) in one transaction: all of them, or none */
  restoreCommunities: Array<Community>;
  /** Bring back a deleted Community (社区) */
  restoreCommunity: Community;
  /** Bring back several deleted Community activity (社区活动) in one transaction: all of them, or none */
  restoreCommunityActivities: Array<CommunityActivity>;
  /** Bring back a deleted Community activity (社区活动) */
  restoreCommunityActivity: CommunityActivity;
  /** Bring back a deleted Community worker (社区工作者) */
  restoreCommunityWorker: CommunityWorker;
  /** Bring back several deleted Community worker (社区工作者) in one transaction: all of them, or none */
  restoreCommunityWorkers: Array<CommunityWorker>;
  /** Bring back a deleted Compound (小区) */
  restoreCompound: Compound;
  /** Bring back several deleted Compound (小区) in one transaction: all of them, or none */
  restoreCompounds: Array<Compound>;
  /** Bring back a deleted Council meeting (居民议事会议) */
  restoreCouncilMeeting: CouncilMeeting;
  /** Bring back several deleted Council meeting (居民议事会议) in one transaction: all of them, or none */
  restoreCouncilMeetings: Array<CouncilMeeting>;
  /** Bring back a deleted Duty assignment (权责承接) */
  restoreDutyAssignment: DutyAssignment;
  /** Bring back several deleted Duty assignment (权责承接) in one transaction: all of them, or none */
  restoreDutyAssignments: Array<DutyAssignment>;
  /** Bring back a deleted Duty item (权责事项) */
  restoreDutyItem: DutyItem;
  /** Bring back several deleted Duty item (权责事项) in one transaction: all of them, or none */
  restoreDutyItems: Array<DutyItem>;
  /** Bring back a deleted Party member (党员) */
  restorePartyMember: PartyMember;
  /** Bring back several deleted Party member (党员) in one transaction: all of them, or none */
  restorePartyMembers: Array<PartyMember>;
  /** Bring back a deleted Party organisation (党组织) */
  restorePartyOrganization: PartyOrganization;
  /** Bring back several deleted Party organisation (党组织) in one transaction: all of them, or none */
  restorePartyOrganizations: Array<PartyOrganization>;
  /** Bring back a deleted Performance review (考核评价) */
  restorePerformanceReview: PerformanceReview;
  /** Bring back several deleted Performance review (考核评价) in one transaction: all of them, or none */
  restorePerformanceReviews: Array<PerformanceReview>;
  /** Bring back a deleted Service centre (党群服务中心/街道) */
  restoreServiceCenter: ServiceCenter;
  /** Bring back several deleted Service centre (党群服务中心/街道) in one transaction: all of them, or none */
  restoreServiceCenters: Array<ServiceCenter>;
  /** Bring back a deleted Social organisation (社区社会组织) */
  restoreSocialOrganization: SocialOrganization;
  /** Bring back several deleted Social organisation (社区社会组织) in one transaction: all of them, or none */
  restoreSocialOrganizations: Array<SocialOrganization>;
  /** Bring back a deleted Training record (培训记录) */
  restoreTrainingRecord: TrainingRecord;
  /** Bring back several deleted Training record (培训记录) in one transaction: all of them, or none */
  restoreTrainingRecords: Array<TrainingRecord>;
  /** Put a Budget line (经费明细) back as it was at an earlier version (ADMIN): a new version, itself audited */
  revertBudgetLine: BudgetLine;
  /** Put a Community (社区) back as it was at an earlier version (ADMIN): a new version, itself audited */
  revertCommunity: Community;
  /** Put a Community activity (社区活动) back as it was at an earlier version (ADMIN): a new version, itself audited */
  revertCommunityActivity: CommunityActivity;
  /** Put a Community worker (社区工作者) back as it was at an earlier version (ADMIN): a new version, itself audited */
  revertCommunityWorker: CommunityWorker;
  /** Put a Compound (小区) back as it was at an earlier version (ADMIN): a new version, itself audited */
  revertCompound: Compound;
  /** Put a Council meeting (居民议事会议) back as it was at an earlier version (ADMIN): a new version, itself audited */
  revertCouncilMeeting: CouncilMeeting;
  /** Put a Duty assignment (权责承接) back as it was at an earlier version (ADMIN): a new version, itself audited */
  revertDutyAssignment: DutyAssignment;
  /** Put a Duty item (权责事项) back as it was at an earlier version (ADMIN): a new version, itself audited */
  revertDutyItem: DutyItem;
  /** Put a Party member (党员) back as it was at an earlier version (ADMIN): a new version, itself audited */
  revertPartyMember: PartyMember;
  /** Put a Party organisation (党组织) back as it was at an earlier version (ADMIN): a new version, itself audited */
  revertPartyOrganization: PartyOrganization;
  /** Put a Performance review (考核评价) back as it was at an earlier version (ADMIN): a new version, itself audited */
  revertPerformanceReview: PerformanceReview;
  /** Put a Service centre (党群服务中心/街道) back as it was at an earlier version (ADMIN): a new version, itself audited */
  revertServiceCenter: ServiceCenter;
  /** Put a Social organisation (社区社会组织) back as it was at an earlier version (ADMIN): a new version, itself audited */
  revertSocialOrganization: SocialOrganization;
  /** Put a Training record (培训记录) back as it was at an earlier version (ADMIN): a new version, itself audited */
  revertTrainingRecord: TrainingRecord;
  /** Revoke an API key (吊销密钥, ADMIN): refused from the next request on */
  revokeApiKey: ApiKey;
  /** Change a Budget line (经费明细); with expectedVersion, fails with CONFLICT if someone changed it meanwhile */
  updateBudgetLine: BudgetLine;
  /** Change a Community (社区); with expectedVersion, fails with CONFLICT if someone changed it meanwhile */
  updateCommunity: Community;
  /** Change a Community activity (社区活动); with expectedVersion, fails with CONFLICT if someone changed it meanwhile */
  updateCommunityActivity: CommunityActivity;
  /** Change a Community worker (社区工作者); with expectedVersion, fails with CONFLICT if someone changed it meanwhile */
  updateCommunityWorker: CommunityWorker;
  /** Change a Compound (小区); with expectedVersion, fails with CONFLICT if someone changed it meanwhile */
  updateCompound: Compound;
  /** Change a Council meeting (居民议事会议); with expectedVersion, fails with CONFLICT if someone changed it meanwhile */
  updateCouncilMeeting: CouncilMeeting;
  /** Change a Duty assignment (权责承接); with expectedVersion, fails with CONFLICT if someone changed it meanwhile */
  updateDutyAssignment: DutyAssignment;
  /** Change a Duty item (权责事项); with expectedVersion, fails with CONFLICT if someone changed it meanwhile */
  updateDutyItem: DutyItem;
  /** Change a Party member (党员); with expectedVersion, fails with CONFLICT if someone changed it meanwhile */
  updatePartyMember: PartyMember;
  /** Change a Party organisation (党组织); with expectedVersion, fails with CONFLICT if someone changed it meanwhile */
  updatePartyOrganization: PartyOrganization;
  /** Change a Performance review (考核评价); with expectedVersion, fails with CONFLICT if someone changed it meanwhile */
  updatePerformanceReview: PerformanceReview;
  /** Change a Service centre (党群服务中心/街道); with expectedVersion, fails with CONFLICT if someone changed it meanwhile */
  updateServiceCenter: ServiceCenter;
  /** Change a Social organisation (社区社会组织); with expectedVersion, fails with CONFLICT if someone changed it meanwhile */
  updateSocialOrganization: SocialOrganization;
  /** Change a Training record (培训记录); with expectedVersion, fails with CONFLICT if someone changed it meanwhile */
  updateTrainingRecord: TrainingRecord;
  /** Change a user's name, role, binding, password or active flag (修改用户, ADMIN); a new role, binding or password, or deactivation, ends the user's sessions */
  updateUser: User;
};


/** Change the community governance data (变更) */
export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


/** Change the community governance data (变更) */
export type MutationCreateApiKeyArgs = {
  input: ApiKeyInput;
};


/** Change the community governance data (变更) */
export type MutationCreateBudgetLineArgs = {
  input: BudgetLineCreateInput;
};


/** Change the community governance data (变更) */
export type MutationCreateCommunityArgs = {
  input: CommunityCreateInput;
};


/** Change the community governance data (变更) */
export type MutationCreateCommunityActivityArgs = {
  input: CommunityActivityCreateInput;
};


/** Change the community governance data (变更) */
export type MutationCreateCommunityWorkerArgs = {
  input: CommunityWorkerCreateInput;
};


/** Change the community governance data (变更) */
export type MutationCreateCompoundArgs = {
  input: CompoundCreateInput;
};


/** Change the community governance data (变更) */
export type MutationCreateCouncilMeetingArgs = {
  input: CouncilMeetingCreateInput;
};


/** Change the community governance data (变更) */
export type MutationCreateDutyAssignmentArgs = {
  input: DutyAssignmentCreateInput;
};


/** Change the community governance data (变更) */
export type MutationCreateDutyItemArgs = {
  input: DutyItemCreateInput;
};


/** Change the community governance data (变更) */
export type MutationCreatePartyMemberArgs = {
  input: PartyMemberCreateInput;
};


/** Change the community governance data (变更) */
export type MutationCreatePartyOrganizationArgs = {
  input: PartyOrganizationCreateInput;
};


/** Change the community governance data (变更) */
export type MutationCreatePerformanceReviewArgs = {
  input: PerformanceReviewCreateInput;
};


/** Change the community governance data (变更) */
export type MutationCreateServiceCenterArgs = {
  input: ServiceCenterCreateInput;
};


/** Change the community governance data (变更) */
export type MutationCreateSocialOrganizationArgs = {
  input: SocialOrganizationCreateInput;
};


/** Change the community governance data (变更) */
export type MutationCreateTrainingRecordArgs = {
  input: TrainingRecordCreateInput;
};


/** Change the community governance data (变更) */
export type MutationCreateUserArgs = {
  input: UserCreateInput;
};


/** Change the community governance data (变更) */
export type MutationDeactivateUserArgs = {
  id: Scalars['ID']['input'];
};


/** Change the community governance data (变更) */
export type MutationDeleteBudgetLineArgs = {
  id: Scalars['ID']['input'];
};


/** Change the community governance data (变更) */
export type MutationDeleteBudgetLinesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Change the community governance data (变更) */
export type MutationDeleteCommunitiesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Change the community governance data (变更) */
export type MutationDeleteCommunityArgs = {
  id: Scalars['ID']['input'];
};


/** Change the community governance data (变更) */
export type MutationDeleteCommunityActivitiesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Change the community governance data (变更) */
export type MutationDeleteCommunityActivityArgs = {
  id: Scalars['ID']['input'];
};


/** Change the community governance data (变更) */
export type MutationDeleteCommunityWorkerArgs = {
  id: Scalars['ID']['input'];
};


/** Change the community governance data (变更) */
export type MutationDeleteCommunityWorkersArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Change the community governance data (变更) */
export type MutationDeleteCompoundArgs = {
  id: Scalars['ID']['input'];
};


/** Change the community governance data (变更) */
export type MutationDeleteCompoundsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Change the community governance data (变更) */
export type MutationDeleteCouncilMeetingArgs = {
  id: Scalars['ID']['input'];
};


/** Change the community governance data (变更) */
export type MutationDeleteCouncilMeetingsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Change the community governance data (变更) */
export type MutationDeleteDutyAssignmentArgs = {
  id: Scalars['ID']['input'];
};


/** Change the community governance data (变更) */
export type MutationDeleteDutyAssignmentsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Change the community governance data (变更) */
export type MutationDeleteDutyItemArgs = {
  id: Scalars['ID']['input'];
};


/** Change the community governance data (变更) */
export type MutationDeleteDutyItemsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Change the community governance data (变更) */
export type MutationDeletePartyMemberArgs = {
  id: Scalars['ID']['input'];
};


/** Change the community governance data (变更) */
export type MutationDeletePartyMembersArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Change the community governance data (变更) */
export type MutationDeletePartyOrganizationArgs = {
  id: Scalars['ID']['input'];
};


/** Change the community governance data (变更) */
export type MutationDeletePartyOrganizationsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Change the community governance data (变更) */
export type MutationDeletePerformanceReviewArgs = {
  id: Scalars['ID']['input'];
};


/** Change the community governance data (变更) */
export type MutationDeletePerformanceReviewsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Change the community governance data (变更) */
export type MutationDeleteServiceCenterArgs = {
  id: Scalars['ID']['input'];
};


/** Change the community governance data (变更) */
export type MutationDeleteServiceCentersArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Change the community governance data (变更) */
export type MutationDeleteSocialOrganizationArgs = {
  id: Scalars['ID']['input'];
};


/** Change the community governance data (变更) */
export type MutationDeleteSocialOrganizationsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Change the community governance data (变更) */
export type MutationDeleteTrainingRecordArgs = {
  id: Scalars['ID']['input'];
};


/** Change the community governance data (变更) */
export type MutationDeleteTrainingRecordsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Change the community governance data (变更) */
export type MutationImportBudgetLinesArgs = {
  rows: Array<BudgetLineCreateInput>;
};


/** Change the community governance data (变更) */
export type MutationImportCommunitiesArgs = {
  rows: Array<CommunityCreateInput>;
};


/** Change the community governance data (变更) */
export type MutationImportCommunityWorkersArgs = {
  rows: Array<CommunityWorkerCreateInput>;
};


/** Change the community governance data (变更) */
export type MutationImportDutyItemsArgs = {
  rows: Array<DutyItemCreateInput>;
};


/** Change the community governance data (变更) */
export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


/** Change the community governance data (变更) */
export type MutationPublishReportArgs = {
  serviceCenterId?: InputMaybe<Scalars['ID']['input']>;
  thresholds?: InputMaybe<ReportThresholdsInput>;
  year: Scalars['Int']['input'];
};


/** Change the community governance data (变更) */
export type MutationRestoreBudgetLineArgs = {
  id: Scalars['ID']['input'];
};


/** Change the community governance data (变更) */
export type MutationRestoreBudgetLinesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Change the community governance data (变更) */
export type MutationRestoreCommunitiesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Change the community governance data (变更) */
export type MutationRestoreCommunityArgs = {
  id: Scalars['ID']['input'];
};


/** Change the community governance data (变更) */
export type MutationRestoreCommunityActivitiesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Change the community governance data (变更) */
export type MutationRestoreCommunityActivityArgs = {
  id: Scalars['ID']['input'];
};


/** Change the community governance data (变更) */
export type MutationRestoreCommunityWorkerArgs = {
  id: Scalars['ID']['input'];
};


/** Change the community governance data (变更) */
export type MutationRestoreCommunityWorkersArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Change the community governance data (变更) */
export type MutationRestoreCompoundArgs = {
  id: Scalars['ID']['input'];
};


/** Change the community governance data (变更) */
export type MutationRestoreCompoundsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Change the community governance data (变更) */
export type MutationRestoreCouncilMeetingArgs = {
  id: Scalars['ID']['input'];
};


/** Change the community governance data (变更) */
export type MutationRestoreCouncilMeetingsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Change the community governance data (变更) */
export type MutationRestoreDutyAssignmentArgs = {
  id: Scalars['ID']['input'];
};


/** Change the community governance data (变更) */
export type MutationRestoreDutyAssignmentsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Change the community governance data (变更) */
export type MutationRestoreDutyItemArgs = {
  id: Scalars['ID']['input'];
};


/** Change the community governance data (变更) */
export type MutationRestoreDutyItemsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Change the community governance data (变更) */
export type MutationRestorePartyMemberArgs = {
  id: Scalars['ID']['input'];
};


/** Change the community governance data (变更) */
export type MutationRestorePartyMembersArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Change the community governance data (变更) */
export type MutationRestorePartyOrganizationArgs = {
  id: Scalars['ID']['input'];
};


/** Change the community governance data (变更) */
export type MutationRestorePartyOrganizationsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Change the community governance data (变更) */
export type MutationRestorePerformanceReviewArgs = {
  id: Scalars['ID']['input'];
};


/** Change the community governance data (变更) */
export type MutationRestorePerformanceReviewsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Change the community governance data (变更) */
export type MutationRestoreServiceCenterArgs = {
  id: Scalars['ID']['input'];
};


/** Change the community governance data (变更) */
export type MutationRestoreServiceCentersArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Change the community governance data (变更) */
export type MutationRestoreSocialOrganizationArgs = {
  id: Scalars['ID']['input'];
};


/** Change the community governance data (变更) */
export type MutationRestoreSocialOrganizationsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Change the community governance data (变更) */
export type MutationRestoreTrainingRecordArgs = {
  id: Scalars['ID']['input'];
};


/** Change the community governance data (变更) */
export type MutationRestoreTrainingRecordsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Change the community governance data (变更) */
export type MutationRevertBudgetLineArgs = {
  id: Scalars['ID']['input'];
  toVersion: Scalars['Int']['input'];
};


/** Change the community governance data (变更) */
export type MutationRevertCommunityArgs = {
  id: Scalars['ID']['input'];
  toVersion: Scalars['Int']['input'];
};


/** Change the community governance data (变更) */
export type MutationRevertCommunityActivityArgs = {
  id: Scalars['ID']['input'];
  toVersion: Scalars['Int']['input'];
};


/** Change the community governance data (变更) */
export type MutationRevertCommunityWorkerArgs = {
  id: Scalars['ID']['input'];
  toVersion: Scalars['Int']['input'];
};


/** Change the community governance data (变更) */
export type MutationRevertCompoundArgs = {
  id: Scalars['ID']['input'];
  toVersion: Scalars['Int']['input'];
};


/** Change the community governance data (变更) */
export type MutationRevertCouncilMeetingArgs = {
  id: Scalars['ID']['input'];
  toVersion: Scalars['Int']['input'];
};


/** Change the community governance data (变更) */
export type MutationRevertDutyAssignmentArgs = {
  id: Scalars['ID']['input'];
  toVersion: Scalars['Int']['input'];
};


/** Change the community governance data (变更) */
export type MutationRevertDutyItemArgs = {
  id: Scalars['ID']['input'];
  toVersion: Scalars['Int']['input'];
};


/** Change the community governance data (变更) */
export type MutationRevertPartyMemberArgs = {
  id: Scalars['ID']['input'];
  toVersion: Scalars['Int']['input'];
};


/** Change the community governance data (变更) */
export type MutationRevertPartyOrganizationArgs = {
  id: Scalars['ID']['input'];
  toVersion: Scalars['Int']['input'];
};


/** Change the community governance data (变更) */
export type MutationRevertPerformanceReviewArgs = {
  id: Scalars['ID']['input'];
  toVersion: Scalars['Int']['input'];
};


/** Change the community governance data (变更) */
export type MutationRevertServiceCenterArgs = {
  id: Scalars['ID']['input'];
  toVersion: Scalars['Int']['input'];
};


/** Change the community governance data (变更) */
export type MutationRevertSocialOrganizationArgs = {
  id: Scalars['ID']['input'];
  toVersion: Scalars['Int']['input'];
};


/** Change the community governance data (变更) */
export type MutationRevertTrainingRecordArgs = {
  id: Scalars['ID']['input'];
  toVersion: Scalars['Int']['input'];
};


/** Change the community governance data (变更) */
export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


/** Change the community governance data (变更) */
export type MutationUpdateBudgetLineArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: BudgetLineUpdateInput;
};


/** Change the community governance data (变更) */
export type MutationUpdateCommunityArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: CommunityUpdateInput;
};


/** Change the community governance data (变更) */
export type MutationUpdateCommunityActivityArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: CommunityActivityUpdateInput;
};


/** Change the community governance data (变更) */
export type MutationUpdateCommunityWorkerArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: CommunityWorkerUpdateInput;
};


/** Change the community governance data (变更) */
export type MutationUpdateCompoundArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: CompoundUpdateInput;
};


/** Change the community governance data (变更) */
export type MutationUpdateCouncilMeetingArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: CouncilMeetingUpdateInput;
};


/** Change the community governance data (变更) */
export type MutationUpdateDutyAssignmentArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: DutyAssignmentUpdateInput;
};


/** Change the community governance data (变更) */
export type MutationUpdateDutyItemArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: DutyItemUpdateInput;
};


/** Change the community governance data (变更) */
export type MutationUpdatePartyMemberArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: PartyMemberUpdateInput;
};


/** Change the community governance data (变更) */
export type MutationUpdatePartyOrganizationArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: PartyOrganizationUpdateInput;
};


/** Change the community governance data (变更) */
export type MutationUpdatePerformanceReviewArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: PerformanceReviewUpdateInput;
};


/** Change the community governance data (变更) */
export type MutationUpdateServiceCenterArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: ServiceCenterUpdateInput;
};


/** Change the community governance data (变更) */
export type MutationUpdateSocialOrganizationArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: SocialOrganizationUpdateInput;
};


/** Change the community governance data (变更) */
export type MutationUpdateTrainingRecordArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: TrainingRecordUpdateInput;
};


/** Change the community governance data (变更) */
export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UserUpdateInput;
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
  eq?: InputMaybe<OrgStage>;
  /** is one of (属于) */
  in?: InputMaybe<Array<OrgStage>>;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** does not equal (不等于) */
  ne?: InputMaybe<OrgStage>;
  /** is none of (不属于) */
  notIn?: InputMaybe<Array<OrgStage>>;
};

/** Basic situation (基本情况) of the city or one service centre at a date */
export type Overview = {
  __typename?: 'Overview';
  /** The date counted: records created later or deleted before it do not count (统计日期) */
  asOf: Scalars['Date']['output'];
  /** Communities (城市社区数) */
  communityCount: Scalars['Int']['output'];
  /** Residential compounds (小区数) */
  compoundCount: Scalars['Int']['output'];
  /** Households of the communities (户数) */
  households: Scalars['Int']['output'];
  /** Party members of those organisations (直管党员数); null when suppressed */
  partyMemberCount?: Maybe<Scalars['Int']['output']>;
  /** Party organisations of the communities and the centre(s) (党组织数) */
  partyOrganizationCount: Scalars['Int']['output'];
  /** Party organisations by kind (党委/党总支/党支部) */
  partyOrganizationsByKind: Array<KeyCount>;
  /** Population of the communities (管辖人口); communities without a population add nothing */
  population: Scalars['Int']['output'];
  /** The service centre counted (服务中心), or null for the whole city */
  serviceCenterId?: Maybe<Scalars['ID']['output']>;
  /** Community social organisations (社区社会组织数) */
  socialOrganizationCount: Scalars['Int']['output'];
  /** Social organisations by category (按类别) */
  socialOrganizationsByCategory: Array<KeyCount>;
  /** Fields of this answer withheld (null): computed from fewer than SUMMARY_MIN_ROWS (3) records whose fields you may not read one by one (小样本不公开的字段) */
  suppressed: Array<Scalars['String']['output']>;
  /** Total area in km² (辖区总面积); communities without an area add nothing */
  totalAreaKm2: Scalars['Float']['output'];
  /** Active community workers (社区工作者数); null when suppressed */
  workerCount?: Maybe<Scalars['Int']['output']>;
  /** Active workers by employment type (按用工性质) */
  workersByEmploymentType: Array<KeyCount>;
};

/** Where a page ends (分页信息) */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last record of this page: pass it as `after` (末条游标) */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more records follow this page (是否有下一页) */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Party member (党员). A party member (党员) directly managed by a party organisation. Membership is personal data: names are internal, counts public. */
export type PartyMember = {
  __typename?: 'PartyMember';
  /** When the record was created (创建时间) */
  createdAt: Scalars['DateTime']['output'];
  /** When the record was deleted (删除时间); null while it is live */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Gender (性别) */
  gender?: Maybe<Gender>;
  /** Audit entries of this record, oldest first (变更历史); logged-in users only, values masked by what you may read */
  history?: Maybe<Array<AuditEntry>>;
  /** Identifier (标识) */
  id: Scalars['ID']['output'];
  /** ID number (身份证号) Masked (the first 3 and the last 4 characters, the rest as *) unless read with @reveal(purpose:), which the access log records. */
  idNumber?: Maybe<Scalars['String']['output']>;
  /** Joined on (入党日期) */
  joinedOn?: Maybe<Scalars['Date']['output']>;
  /** Name (姓名) */
  name?: Maybe<Scalars['String']['output']>;
  /** Organisation (所属党组织) */
  organization?: Maybe<PartyOrganization>;
  /** Id of: Organisation (所属党组织) */
  organizationId?: Maybe<Scalars['ID']['output']>;
  /** Phone (联系电话) Masked (the first 3 and the last 4 characters, the rest as *) unless read with @reveal(purpose:), which the access log records. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Status (党员状态) */
  status?: Maybe<MemberStatus>;
  /** When the record was last changed (更新时间) */
  updatedAt: Scalars['DateTime']['output'];
  /** Version (版本) for optimistic locking: pass it back as expectedVersion when updating */
  version: Scalars['Int']['output'];
};

/** A page of Party member (党员列表) */
export type PartyMemberConnection = {
  __typename?: 'PartyMemberConnection';
  /** The records of this page with their cursors (本页记录及游标) */
  edges: Array<PartyMemberEdge>;
  /** The records of this page (本页记录) */
  nodes: Array<PartyMember>;
  /** Paging information (分页信息) */
  pageInfo: PageInfo;
  /** How many records match the filter in all (总数) */
  totalCount: Scalars['Int']['output'];
};

/** A new Party member (党员); omitted optional fields take their defaults */
export type PartyMemberCreateInput = {
  /** Gender (性别) */
  gender?: InputMaybe<Gender>;
  /** ID number (身份证号) */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** Joined on (入党日期) */
  joinedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Name (姓名) */
  name: Scalars['String']['input'];
  /** Id of: Organisation (所属党组织) */
  organizationId: Scalars['ID']['input'];
  /** Phone (联系电话) */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Status (党员状态) */
  status?: InputMaybe<MemberStatus>;
};

/** A Party member (党员) in a page, with its cursor */
export type PartyMemberEdge = {
  __typename?: 'PartyMemberEdge';
  /** Cursor of this record (游标) */
  cursor: Scalars['String']['output'];
  /** Party member (党员) */
  node: PartyMember;
};

/** Filter on Party member (党员筛选条件); fields combine with AND */
export type PartyMemberFilter = {
  /** All of these hold (且) */
  and?: InputMaybe<Array<PartyMemberFilter>>;
  /** Created at (创建时间) */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Deleted at (删除时间) */
  deletedAt?: InputMaybe<DateTimeFilter>;
  /** Gender (性别) */
  gender?: InputMaybe<GenderFilter>;
  /** ID (标识) */
  id?: InputMaybe<IdFilter>;
  /** ID number (身份证号) */
  idNumber?: InputMaybe<StringFilter>;
  /** Joined on (入党日期) */
  joinedOn?: InputMaybe<DateFilter>;
  /** Name (姓名) */
  name?: InputMaybe<StringFilter>;
  /** This does not hold (非) */
  not?: InputMaybe<PartyMemberFilter>;
  /** Any of these holds (或) */
  or?: InputMaybe<Array<PartyMemberFilter>>;
  /** Records whose organization matches this filter: Organisation (所属党组织) */
  organization?: InputMaybe<PartyOrganizationFilter>;
  /** Id of: Organisation (所属党组织) */
  organizationId?: InputMaybe<IdFilter>;
  /** Phone (联系电话) */
  phone?: InputMaybe<StringFilter>;
  /** Status (党员状态) */
  status?: InputMaybe<MemberStatusFilter>;
  /** Updated at (更新时间) */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key of Party member (党员排序): name exactly one field */
export type PartyMemberOrder = {
  /** Created at (创建时间) */
  createdAt?: InputMaybe<SortDirection>;
  /** Deleted at (删除时间) */
  deletedAt?: InputMaybe<SortDirection>;
  /** Gender (性别) */
  gender?: InputMaybe<SortDirection>;
  /** Joined on (入党日期) */
  joinedOn?: InputMaybe<SortDirection>;
  /** Name (姓名) */
  name?: InputMaybe<SortDirection>;
  /** Phone (联系电话) */
  phone?: InputMaybe<SortDirection>;
  /** Status (党员状态) */
  status?: InputMaybe<SortDirection>;
  /** Updated at (更新时间) */
  updatedAt?: InputMaybe<SortDirection>;
};

/** Changes to a Party member (党员); omitted fields stay as they are, null clears */
export type PartyMemberUpdateInput = {
  /** Gender (性别) */
  gender?: InputMaybe<Gender>;
  /** ID number (身份证号) */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** Joined on (入党日期) */
  joinedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Name (姓名) */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Id of: Organisation (所属党组织) */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Phone (联系电话) */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Status (党员状态) */
  status?: InputMaybe<MemberStatus>;
};

/** Party organisation kind (党组织类型) */
export type PartyOrgKind =
  /** Branch (党支部) */
  | 'BRANCH'
  /** Party committee (党委) */
  | 'COMMITTEE'
  /** General branch (党总支) */
  | 'GENERAL_BRANCH';

/** Filter on PartyOrgKind (枚举筛选) */
export type PartyOrgKindFilter = {
  /** equals (等于) */
  eq?: InputMaybe<PartyOrgKind>;
  /** is one of (属于) */
  in?: InputMaybe<Array<PartyOrgKind>>;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** does not equal (不等于) */
  ne?: InputMaybe<PartyOrgKind>;
  /** is none of (不属于) */
  notIn?: InputMaybe<Array<PartyOrgKind>>;
};

/** Party organisation (党组织). A party committee, general branch or branch (党组织) in a community or a service centre. */
export type PartyOrganization = {
  __typename?: 'PartyOrganization';
  /** Child organisations (下级党组织) */
  children?: Maybe<Array<PartyOrganization>>;
  /** Community (所属社区) */
  community?: Maybe<Community>;
  /** Id of: Community (所属社区) */
  communityId?: Maybe<Scalars['ID']['output']>;
  /** When the record was created (创建时间) */
  createdAt: Scalars['DateTime']['output'];
  /** When the record was deleted (删除时间); null while it is live */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Founded on (成立日期) */
  foundedOn?: Maybe<Scalars['Date']['output']>;
  /** Audit entries of this record, oldest first (变更历史); logged-in users only, values masked by what you may read */
  history?: Maybe<Array<AuditEntry>>;
  /** Identifier (标识) */
  id: Scalars['ID']['output'];
  /** Kind (类型) */
  kind: PartyOrgKind;
  /** Members (党员) */
  members?: Maybe<Array<PartyMember>>;
  /** Name (名称) */
  name: Scalars['String']['output'];
  /** Parent organisation (上级党组织) */
  parent?: Maybe<PartyOrganization>;
  /** Id of: Parent organisation (上级党组织) */
  parentId?: Maybe<Scalars['ID']['output']>;
  /** Secretary (书记) */
  secretary?: Maybe<CommunityWorker>;
  /** Id of: Secretary (书记) */
  secretaryId?: Maybe<Scalars['ID']['output']>;
  /** Service centre (所属服务中心) */
  serviceCenter?: Maybe<ServiceCenter>;
  /** Id of: Service centre (所属服务中心) */
  serviceCenterId?: Maybe<Scalars['ID']['output']>;
  /** When the record was last changed (更新时间) */
  updatedAt: Scalars['DateTime']['output'];
  /** Version (版本) for optimistic locking: pass it back as expectedVersion when updating */
  version: Scalars['Int']['output'];
};


/** Party organisation (党组织). A party committee, general branch or branch (党组织) in a community or a service centre. */
export type PartyOrganizationChildrenArgs = {
  filter?: InputMaybe<PartyOrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PartyOrganizationOrder>>;
};


/** Party organisation (党组织). A party committee, general branch or branch (党组织) in a community or a service centre. */
export type PartyOrganizationMembersArgs = {
  filter?: InputMaybe<PartyMemberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PartyMemberOrder>>;
};

/** A page of Party organisation (党组织列表) */
export type PartyOrganizationConnection = {
  __typename?: 'PartyOrganizationConnection';
  /** The records of this page with their cursors (本页记录及游标) */
  edges: Array<PartyOrganizationEdge>;
  /** The records of this page (本页记录) */
  nodes: Array<PartyOrganization>;
  /** Paging information (分页信息) */
  pageInfo: PageInfo;
  /** How many records match the filter in all (总数) */
  totalCount: Scalars['Int']['output'];
};

/** A new Party organisation (党组织); omitted optional fields take their defaults */
export type PartyOrganizationCreateInput = {
  /** Id of: Community (所属社区) */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** Founded on (成立日期) */
  foundedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Kind (类型) */
  kind: PartyOrgKind;
  /** Name (名称) */
  name: Scalars['String']['input'];
  /** Id of: Parent organisation (上级党组织) */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Id of: Secretary (书记) */
  secretaryId?: InputMaybe<Scalars['ID']['input']>;
  /** Id of: Service centre (所属服务中心) */
  serviceCenterId?: InputMaybe<Scalars['ID']['input']>;
};

/** A Party organisation (党组织) in a page, with its cursor */
export type PartyOrganizationEdge = {
  __typename?: 'PartyOrganizationEdge';
  /** Cursor of this record (游标) */
  cursor: Scalars['String']['output'];
  /** Party organisation (党组织) */
  node: PartyOrganization;
};

/** Filter on Party organisation (党组织筛选条件); fields combine with AND */
export type PartyOrganizationFilter = {
  /** All of these hold (且) */
  and?: InputMaybe<Array<PartyOrganizationFilter>>;
  /** Records whose community matches this filter: Community (所属社区) */
  community?: InputMaybe<CommunityFilter>;
  /** Id of: Community (所属社区) */
  communityId?: InputMaybe<IdFilter>;
  /** Created at (创建时间) */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Deleted at (删除时间) */
  deletedAt?: InputMaybe<DateTimeFilter>;
  /** Founded on (成立日期) */
  foundedOn?: InputMaybe<DateFilter>;
  /** ID (标识) */
  id?: InputMaybe<IdFilter>;
  /** Kind (类型) */
  kind?: InputMaybe<PartyOrgKindFilter>;
  /** Name (名称) */
  name?: InputMaybe<StringFilter>;
  /** This does not hold (非) */
  not?: InputMaybe<PartyOrganizationFilter>;
  /** Any of these holds (或) */
  or?: InputMaybe<Array<PartyOrganizationFilter>>;
  /** Records whose parent matches this filter: Parent organisation (上级党组织) */
  parent?: InputMaybe<PartyOrganizationFilter>;
  /** Id of: Parent organisation (上级党组织) */
  parentId?: InputMaybe<IdFilter>;
  /** Records whose secretary matches this filter: Secretary (书记) */
  secretary?: InputMaybe<CommunityWorkerFilter>;
  /** Id of: Secretary (书记) */
  secretaryId?: InputMaybe<IdFilter>;
  /** Records whose serviceCenter matches this filter: Service centre (所属服务中心) */
  serviceCenter?: InputMaybe<ServiceCenterFilter>;
  /** Id of: Service centre (所属服务中心) */
  serviceCenterId?: InputMaybe<IdFilter>;
  /** Updated at (更新时间) */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key of Party organisation (党组织排序): name exactly one field */
export type PartyOrganizationOrder = {
  /** Created at (创建时间) */
  createdAt?: InputMaybe<SortDirection>;
  /** Deleted at (删除时间) */
  deletedAt?: InputMaybe<SortDirection>;
  /** Founded on (成立日期) */
  foundedOn?: InputMaybe<SortDirection>;
  /** Kind (类型) */
  kind?: InputMaybe<SortDirection>;
  /** Name (名称) */
  name?: InputMaybe<SortDirection>;
  /** Updated at (更新时间) */
  updatedAt?: InputMaybe<SortDirection>;
};

/** Changes to a Party organisation (党组织); omitted fields stay as they are, null clears */
export type PartyOrganizationUpdateInput = {
  /** Id of: Community (所属社区) */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** Founded on (成立日期) */
  foundedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Kind (类型) */
  kind?: InputMaybe<PartyOrgKind>;
  /** Name (名称) */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Id of: Parent organisation (上级党组织) */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Id of: Secretary (书记) */
  secretaryId?: InputMaybe<Scalars['ID']['input']>;
  /** Id of: Service centre (所属服务中心) */
  serviceCenterId?: InputMaybe<Scalars['ID']['input']>;
};

/** Performance review (考核评价). A year's performance review of a community worker (考核评价). */
export type PerformanceReview = {
  __typename?: 'PerformanceReview';
  /** Comments (评语) Masked (six * whatever the text) unless read with @reveal(purpose:), which the access log records. */
  comments?: Maybe<Scalars['String']['output']>;
  /** When the record was created (创建时间) */
  createdAt: Scalars['DateTime']['output'];
  /** When the record was deleted (删除时间); null while it is live */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Grade (等次) */
  grade?: Maybe<Grade>;
  /** Audit entries of this record, oldest first (变更历史); logged-in users only, values masked by what you may read */
  history?: Maybe<Array<AuditEntry>>;
  /** Identifier (标识) */
  id: Scalars['ID']['output'];
  /** Score (得分) */
  score?: Maybe<Scalars['Float']['output']>;
  /** When the record was last changed (更新时间) */
  updatedAt: Scalars['DateTime']['output'];
  /** Version (版本) for optimistic locking: pass it back as expectedVersion when updating */
  version: Scalars['Int']['output'];
  /** Worker (社区工作者) */
  worker?: Maybe<CommunityWorker>;
  /** Id of: Worker (社区工作者) */
  workerId?: Maybe<Scalars['ID']['output']>;
  /** Year (年度) */
  year?: Maybe<Scalars['Int']['output']>;
};

/** A page of Performance review (考核评价列表) */
export type PerformanceReviewConnection = {
  __typename?: 'PerformanceReviewConnection';
  /** The records of this page with their cursors (本页记录及游标) */
  edges: Array<PerformanceReviewEdge>;
  /** The records of this page (本页记录) */
  nodes: Array<PerformanceReview>;
  /** Paging information (分页信息) */
  pageInfo: PageInfo;
  /** How many records match the filter in all (总数) */
  totalCount: Scalars['Int']['output'];
};

/** A new Performance review (考核评价); omitted optional fields take their defaults */
export type PerformanceReviewCreateInput = {
  /** Comments (评语) */
  comments?: InputMaybe<Scalars['String']['input']>;
  /** Grade (等次) */
  grade: Grade;
  /** Score (得分) */
  score: Scalars['Float']['input'];
  /** Id of: Worker (社区工作者) */
  workerId: Scalars['ID']['input'];
  /** Year (年度) */
  year: Scalars['Int']['input'];
};

/** A Performance review (考核评价) in a page, with its cursor */
export type PerformanceReviewEdge = {
  __typename?: 'PerformanceReviewEdge';
  /** Cursor of this record (游标) */
  cursor: Scalars['String']['output'];
  /** Performance review (考核评价) */
  node: PerformanceReview;
};

/** Filter on Performance review (考核评价筛选条件); fields combine with AND */
export type PerformanceReviewFilter = {
  /** All of these hold (且) */
  and?: InputMaybe<Array<PerformanceReviewFilter>>;
  /** Comments (评语) */
  comments?: InputMaybe<TextFilter>;
  /** Created at (创建时间) */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Deleted at (删除时间) */
  deletedAt?: InputMaybe<DateTimeFilter>;
  /** Grade (等次) */
  grade?: InputMaybe<GradeFilter>;
  /** ID (标识) */
  id?: InputMaybe<IdFilter>;
  /** This does not hold (非) */
  not?: InputMaybe<PerformanceReviewFilter>;
  /** Any of these holds (或) */
  or?: InputMaybe<Array<PerformanceReviewFilter>>;
  /** Score (得分) */
  score?: InputMaybe<FloatFilter>;
  /** Updated at (更新时间) */
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** Records whose worker matches this filter: Worker (社区工作者) */
  worker?: InputMaybe<CommunityWorkerFilter>;
  /** Id of: Worker (社区工作者) */
  workerId?: InputMaybe<IdFilter>;
  /** Year (年度) */
  year?: InputMaybe<IntFilter>;
};

/** One sort key of Performance review (考核评价排序): name exactly one field */
export type PerformanceReviewOrder = {
  /** Created at (创建时间) */
  createdAt?: InputMaybe<SortDirection>;
  /** Deleted at (删除时间) */
  deletedAt?: InputMaybe<SortDirection>;
  /** Grade (等次) */
  grade?: InputMaybe<SortDirection>;
  /** Score (得分) */
  score?: InputMaybe<SortDirection>;
  /** Updated at (更新时间) */
  updatedAt?: InputMaybe<SortDirection>;
  /** Year (年度) */
  year?: InputMaybe<SortDirection>;
};

/** Changes to a Performance review (考核评价); omitted fields stay as they are, null clears */
export type PerformanceReviewUpdateInput = {
  /** Comments (评语) */
  comments?: InputMaybe<Scalars['String']['input']>;
  /** Grade (等次) */
  grade?: InputMaybe<Grade>;
  /** Score (得分) */
  score?: InputMaybe<Scalars['Float']['input']>;
  /** Id of: Worker (社区工作者) */
  workerId?: InputMaybe<Scalars['ID']['input']>;
  /** Year (年度) */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** What the caller may do (权限), for the console to hide what a role cannot use */
export type Permissions = {
  __typename?: 'Permissions';
  /** May manage users and API keys (可管理用户与密钥) */
  canManageUsers: Scalars['Boolean']['output'];
  /** May publish reports (可发布报告): publishReport */
  canPublishReports: Scalars['Boolean']['output'];
  /** May read the access log of clear reads of personal data (可查个人信息访问日志) */
  canReadAccessLog: Scalars['Boolean']['output'];
  /** May read the audit log (可查审计日志) */
  canReadAuditLog: Scalars['Boolean']['output'];
  /** ANONYMOUS, PARTNER, ADMIN, CENTER_ADMIN, COMMUNITY_STAFF or AUDITOR (角色) */
  role: Scalars['String']['output'];
  /** Per record type (类型权限) */
  types: Array<TypePermission>;
};

/** Everything the platform holds about one identity number, as one JSON document (个人信息查阅复制, 个人信息保护法 第四十五条): every record holding the number, the records pointing at them, their audit entries and the other registered sources */
export type PersonDataExport = {
  __typename?: 'PersonDataExport';
  /** The document as JSON text: format, generatedAt, requestedBy, contentClasses, idNumber, records, children and sections (正文) */
  content: Scalars['String']['output'];
  /** The content classes the document holds, e.g. PERSONAL, RESTRICTED (内容类别) */
  contentClasses: Array<Scalars['String']['output']>;
  /** A file name to save it under, e.g. person-data-2026-12-01T10-00-00Z.json; never the number (文件名) */
  fileName: Scalars['String']['output'];
  /** When it was assembled (生成时间) */
  generatedAt: Scalars['DateTime']['output'];
  /** Media type of content: application/json (媒体类型) */
  mimeType: Scalars['String']['output'];
  /** How many records hold the number (记录数); 0 when none does */
  recordCount: Scalars['Int']['output'];
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
  eq?: InputMaybe<Position>;
  /** is one of (属于) */
  in?: InputMaybe<Array<Position>>;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** does not equal (不等于) */
  ne?: InputMaybe<Position>;
  /** is none of (不属于) */
  notIn?: InputMaybe<Array<Position>>;
};

/** Administrative power (行政权力) */
export type Power =
  /** Approval power (审批权) */
  | 'APPROVAL'
  /** Enforcement power (执法权) */
  | 'ENFORCEMENT'
  /** Management power (管理权) */
  | 'MANAGEMENT';

/** Power mismatch (权责不匹配): the duty requires a power the assignee’s centre does not hold */
export type PowerMismatch = DutyFinding & {
  __typename?: 'PowerMismatch';
  /** The duty assignment (承接记录) */
  assignment: DutyAssignment;
  /** The duty assignment (承接记录) */
  assignmentId: Scalars['ID']['output'];
  /** The powers the centre holds (中心依法享有的权力) */
  centerPowers: Array<Scalars['String']['output']>;
  /** The community (社区) */
  community?: Maybe<Community>;
  /** The assignee community (承接社区), or null when a centre is the assignee */
  communityId?: Maybe<Scalars['ID']['output']>;
  /** The duty item (权责事项) */
  dutyItem: DutyItem;
  /** The duty item (权责事项) */
  dutyItemId: Scalars['ID']['output'];
  /** Chinese and English reason together (原因) */
  reason: Scalars['String']['output'];
  /** Why this is a finding, in English (原因, 英文) */
  reasonEn: Scalars['String']['output'];
  /** Why this is a finding, in Chinese (原因) */
  reasonZh: Scalars['String']['output'];
  /** The power the duty requires (所需权力), a Power value */
  requiredPower: Scalars['String']['output'];
  /** The service centre (服务中心) */
  serviceCenter: ServiceCenter;
  /** The assignee centre, or the assignee community’s centre (服务中心) */
  serviceCenterId: Scalars['ID']['output'];
};

/** Filter on Power (枚举筛选) */
export type PowerSetFilter = {
  /** the set contains this value (包含该值) */
  has?: InputMaybe<Power>;
  /** the set contains all of these values (包含全部) */
  hasAll?: InputMaybe<Array<Power>>;
  /** the set contains any of these values (包含任一) */
  hasAny?: InputMaybe<Array<Power>>;
};

/** A published version of the report (报告发布版本): rendered as an anonymous reader would get it, stored in every format, never changed; a later publication of the same year and scope supersedes it */
export type PublishedReport = {
  __typename?: 'PublishedReport';
  /** The date the report counts (统计日期): the year’s end, or the publication day in the running year */
  asOf: Scalars['Date']['output'];
  /** When the data were read: the report states them as they stood then (数据时间) */
  dataAsOf: Scalars['DateTime']['output'];
  /** Every number the report printed, from the figures stored with it (报告中的数字) */
  figures: Array<FigureValue>;
  /** The stored file of one format (指定格式的文件) */
  file: PublishedReportFile;
  /** The stored files, one per format (各格式文件) */
  files: Array<PublishedReportFile>;
  /** Identifier (标识) */
  id: Scalars['ID']['output'];
  /** When it was published (发布时间) */
  publishedAt: Scalars['DateTime']['output'];
  /** Revision within its year and scope, from 1 (第几版) */
  revision: Scalars['Int']['output'];
  /** The scope’s name at publication: 全市 or the centre’s name (范围) */
  scopeName: Scalars['String']['output'];
  /** The service centre reported on (服务中心), or null for the whole city */
  serviceCenterId?: Maybe<Scalars['ID']['output']>;
  /** Whether a later publication of the same year and scope supersedes it (已被替代) */
  superseded: Scalars['Boolean']['output'];
  /** The publication that superseded this one (被替代为), or null while it is current */
  supersededById?: Maybe<Scalars['ID']['output']>;
  /** The publication this one superseded (所替代的版本) */
  supersedesId?: Maybe<Scalars['ID']['output']>;
  /** The thresholds it judged problems by (问题判定阈值) */
  thresholds: Array<ThresholdValue>;
  /** Title (标题) */
  title: Scalars['String']['output'];
  /** Year reported on (年度) */
  year: Scalars['Int']['output'];
};


/** A published version of the report (报告发布版本): rendered as an anonymous reader would get it, stored in every format, never changed; a later publication of the same year and scope supersedes it */
export type PublishedReportFileArgs = {
  format: ReportFormat;
};

/** A published report’s numbers against today’s data, both as anonymous readers are told them (与当前数据比较): what changed since publication */
export type PublishedReportComparison = {
  __typename?: 'PublishedReportComparison';
  /** The date today’s figures count (当前统计日期); null when the scope is gone */
  asOf?: Maybe<Scalars['Date']['output']>;
  /** Numbers that changed since publication, including those added or gone (变化数) */
  changedCount: Scalars['Int']['output'];
  /** Each changed number with its value before and after (变化明细) */
  changes: Array<FigureChange>;
  /** Numbers the publication printed (数字总数) */
  figureCount: Scalars['Int']['output'];
  /** When the comparison was made (比较时间) */
  generatedAt: Scalars['DateTime']['output'];
  /** The publication compared (发布版本) */
  publishedReport: PublishedReport;
};

/** One format of a published report, stored as published (发布文件) */
export type PublishedReportFile = {
  __typename?: 'PublishedReportFile';
  /** Size of the file in bytes (字节数) */
  byteSize: Scalars['Int']['output'];
  /** The file as published, byte for byte; for DOCX the .docx base64-encoded, like report(format: DOCX) (正文) */
  content: Scalars['String']['output'];
  /** A file name to save it under, e.g. report-2026-city-r1.docx (文件名) */
  fileName: Scalars['String']['output'];
  /** Format (格式) */
  format: ReportFormat;
  /** Media type of the decoded content (媒体类型) */
  mimeType: Scalars['String']['output'];
  /** SHA-256 of the file’s bytes (for DOCX the decoded .docx), lowercase hex: what sha256sum prints for the download (校验值) */
  sha256: Scalars['String']['output'];
};

/** Read the community governance data (查询) */
export type Query = {
  __typename?: 'Query';
  /** Who read which personal field in clear, when and why (个人信息访问日志), newest first: AUDITOR only */
  accessLog: AccessLogConnection;
  /** All API keys (接口密钥), newest first (ADMIN) */
  apiKeys: Array<ApiKey>;
  /** The audit log (审计日志), newest first: AUDITOR and ADMIN only */
  auditLog: AuditLogConnection;
  /** One Budget line (经费明细) by id, or null */
  budgetLine?: Maybe<BudgetLine>;
  /** A page of Budget line (经费明细) with filter, order and paging */
  budgetLines: BudgetLineConnection;
  /** Budget lines of a fiscal year summed by the chosen keys (经费汇总), with balance and fiscal dependency; exact decimals */
  budgetSummary: BudgetSummary;
  /** Indicators of a service centre: its communities, its own budget lines and duties (中心指标) */
  centerIndicators: AreaIndicators;
  /** Indicators of the whole city (全市指标) */
  cityIndicators: AreaIndicators;
  /** A page of Community (社区) with filter, order and paging */
  communities: CommunityConnection;
  /** One Community (社区) by id, or null */
  community?: Maybe<Community>;
  /** A page of Community activity (社区活动) with filter, order and paging */
  communityActivities: CommunityActivityConnection;
  /** One Community activity (社区活动) by id, or null */
  communityActivity?: Maybe<CommunityActivity>;
  /** Indicators of each community matching the filter for a year (社区指标), ordered by code */
  communityIndicators: Array<CommunityIndicators>;
  /** One Community worker (社区工作者) by id, or null */
  communityWorker?: Maybe<CommunityWorker>;
  /** A page of Community worker (社区工作者) with filter, order and paging */
  communityWorkers: CommunityWorkerConnection;
  /** One Compound (小区) by id, or null */
  compound?: Maybe<Compound>;
  /** A page of Compound (小区) with filter, order and paging */
  compounds: CompoundConnection;
  /** One Council meeting (居民议事会议) by id, or null */
  councilMeeting?: Maybe<CouncilMeeting>;
  /** A page of Council meeting (居民议事会议) with filter, order and paging */
  councilMeetings: CouncilMeetingConnection;
  /** Which inputs of the figures are missing (数据完整性): per community, the empty fields the figures need and the yearly records not entered, as far as you may see them */
  dataCompleteness: DataCompleteness;
  /** Stored values of one community’s records that the declared formats (GB 11643, GB 32100, phones) refuse, as far as you may read them (数据质量) */
  dataQuality: Array<DataQualityIssue>;
  /** Possible duplicate people (疑似重复人员): live community workers and party members with the same identity number, or workers with the same name and birth year, across communities. ADMIN and AUDITOR only */
  duplicatePeople: Array<DuplicateGroup>;
  /** One Duty assignment (权责承接) by id, or null */
  dutyAssignment?: Maybe<DutyAssignment>;
  /** A page of Duty assignment (权责承接) with filter, order and paging */
  dutyAssignments: DutyAssignmentConnection;
  /** Power mismatches and unfunded duties of a year (权责不匹配、费未随事转) */
  dutyFindings: DutyFindings;
  /** One Duty item (权责事项) by id, or null */
  dutyItem?: Maybe<DutyItem>;
  /** A page of Duty item (权责事项) with filter, order and paging */
  dutyItems: DutyItemConnection;
  /** The logged-in user, or null (当前用户) */
  me?: Maybe<User>;
  /** Basic situation (基本情况) of the city or one service centre, as it stood on asOf (default today, UTC) */
  overview: Overview;
  /** One Party member (党员) by id, or null */
  partyMember?: Maybe<PartyMember>;
  /** A page of Party member (党员) with filter, order and paging */
  partyMembers: PartyMemberConnection;
  /** One Party organisation (党组织) by id, or null */
  partyOrganization?: Maybe<PartyOrganization>;
  /** A page of Party organisation (党组织) with filter, order and paging */
  partyOrganizations: PartyOrganizationConnection;
  /** One Performance review (考核评价) by id, or null */
  performanceReview?: Maybe<PerformanceReview>;
  /** A page of Performance review (考核评价) with filter, order and paging */
  performanceReviews: PerformanceReviewConnection;
  /** What the caller may read and write (权限): works for anonymous callers, partners and users */
  permissions: Permissions;
  /** Everything the platform holds about one identity number (个人信息导出): records of every type holding it, the records pointing at them, their audit entries. ADMIN only; the request is audited (PERSON_EXPORT) */
  personData: PersonDataExport;
  /** One published report (发布版本), or null */
  publishedReport?: Maybe<PublishedReport>;
  /** What changed since a report was published (发布以来的变化): its numbers against today’s data of the same year and scope, both as anonymous readers are told them */
  publishedReportComparison: PublishedReportComparison;
  /** Published reports (已发布报告), newest first */
  publishedReports: Array<PublishedReport>;
  /** The community-building report (社区建设发展情况报告) generated from the data, in Chinese */
  report: Report;
  /** Records of every type with a name found by characters, full pinyin or initials (拼音搜索), best first; types whose name the caller may not read are left out */
  search: Array<SearchHit>;
  /** One Service centre (党群服务中心/街道) by id, or null */
  serviceCenter?: Maybe<ServiceCenter>;
  /** A page of Service centre (党群服务中心/街道) with filter, order and paging */
  serviceCenters: ServiceCenterConnection;
  /** One Social organisation (社区社会组织) by id, or null */
  socialOrganization?: Maybe<SocialOrganization>;
  /** A page of Social organisation (社区社会组织) with filter, order and paging */
  socialOrganizations: SocialOrganizationConnection;
  /** One Training record (培训记录) by id, or null */
  trainingRecord?: Maybe<TrainingRecord>;
  /** A page of Training record (培训记录) with filter, order and paging */
  trainingRecords: TrainingRecordConnection;
  /** All users (用户), active or not (ADMIN) */
  users: Array<User>;
};


/** Read the community governance data (查询) */
export type QueryAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccessLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read the community governance data (查询) */
export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read the community governance data (查询) */
export type QueryBudgetLineArgs = {
  id: Scalars['ID']['input'];
};


/** Read the community governance data (查询) */
export type QueryBudgetLinesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BudgetLineFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<BudgetLineOrder>>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Read the community governance data (查询) */
export type QueryBudgetSummaryArgs = {
  filter?: InputMaybe<BudgetLineFilter>;
  groupBy: Array<BudgetGroup>;
  year: Scalars['Int']['input'];
};


/** Read the community governance data (查询) */
export type QueryCenterIndicatorsArgs = {
  serviceCenterId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


/** Read the community governance data (查询) */
export type QueryCityIndicatorsArgs = {
  year: Scalars['Int']['input'];
};


/** Read the community governance data (查询) */
export type QueryCommunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CommunityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CommunityOrder>>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Read the community governance data (查询) */
export type QueryCommunityArgs = {
  id: Scalars['ID']['input'];
};


/** Read the community governance data (查询) */
export type QueryCommunityActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CommunityActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CommunityActivityOrder>>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Read the community governance data (查询) */
export type QueryCommunityActivityArgs = {
  id: Scalars['ID']['input'];
};


/** Read the community governance data (查询) */
export type QueryCommunityIndicatorsArgs = {
  filter?: InputMaybe<CommunityFilter>;
  year: Scalars['Int']['input'];
};


/** Read the community governance data (查询) */
export type QueryCommunityWorkerArgs = {
  id: Scalars['ID']['input'];
};


/** Read the community governance data (查询) */
export type QueryCommunityWorkersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CommunityWorkerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CommunityWorkerOrder>>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Read the community governance data (查询) */
export type QueryCompoundArgs = {
  id: Scalars['ID']['input'];
};


/** Read the community governance data (查询) */
export type QueryCompoundsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CompoundFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CompoundOrder>>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Read the community governance data (查询) */
export type QueryCouncilMeetingArgs = {
  id: Scalars['ID']['input'];
};


/** Read the community governance data (查询) */
export type QueryCouncilMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CouncilMeetingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CouncilMeetingOrder>>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Read the community governance data (查询) */
export type QueryDataCompletenessArgs = {
  serviceCenterId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


/** Read the community governance data (查询) */
export type QueryDataQualityArgs = {
  communityId: Scalars['ID']['input'];
};


/** Read the community governance data (查询) */
export type QueryDuplicatePeopleArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read the community governance data (查询) */
export type QueryDutyAssignmentArgs = {
  id: Scalars['ID']['input'];
};


/** Read the community governance data (查询) */
export type QueryDutyAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DutyAssignmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DutyAssignmentOrder>>;
};


/** Read the community governance data (查询) */
export type QueryDutyFindingsArgs = {
  serviceCenterId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


/** Read the community governance data (查询) */
export type QueryDutyItemArgs = {
  id: Scalars['ID']['input'];
};


/** Read the community governance data (查询) */
export type QueryDutyItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DutyItemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DutyItemOrder>>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Read the community governance data (查询) */
export type QueryOverviewArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  serviceCenterId?: InputMaybe<Scalars['ID']['input']>;
};


/** Read the community governance data (查询) */
export type QueryPartyMemberArgs = {
  id: Scalars['ID']['input'];
};


/** Read the community governance data (查询) */
export type QueryPartyMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PartyMemberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PartyMemberOrder>>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Read the community governance data (查询) */
export type QueryPartyOrganizationArgs = {
  id: Scalars['ID']['input'];
};


/** Read the community governance data (查询) */
export type QueryPartyOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PartyOrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PartyOrganizationOrder>>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Read the community governance data (查询) */
export type QueryPerformanceReviewArgs = {
  id: Scalars['ID']['input'];
};


/** Read the community governance data (查询) */
export type QueryPerformanceReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PerformanceReviewFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PerformanceReviewOrder>>;
};


/** Read the community governance data (查询) */
export type QueryPersonDataArgs = {
  idNumber: Scalars['String']['input'];
};


/** Read the community governance data (查询) */
export type QueryPublishedReportArgs = {
  id: Scalars['ID']['input'];
};


/** Read the community governance data (查询) */
export type QueryPublishedReportComparisonArgs = {
  id: Scalars['ID']['input'];
};


/** Read the community governance data (查询) */
export type QueryPublishedReportsArgs = {
  current?: InputMaybe<Scalars['Boolean']['input']>;
  first?: Scalars['Int']['input'];
  serviceCenterId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** Read the community governance data (查询) */
export type QueryReportArgs = {
  format?: ReportFormat;
  serviceCenterId?: InputMaybe<Scalars['ID']['input']>;
  thresholds?: InputMaybe<ReportThresholdsInput>;
  year: Scalars['Int']['input'];
};


/** Read the community governance data (查询) */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** Read the community governance data (查询) */
export type QueryServiceCenterArgs = {
  id: Scalars['ID']['input'];
};


/** Read the community governance data (查询) */
export type QueryServiceCentersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceCenterFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ServiceCenterOrder>>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Read the community governance data (查询) */
export type QuerySocialOrganizationArgs = {
  id: Scalars['ID']['input'];
};


/** Read the community governance data (查询) */
export type QuerySocialOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SocialOrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<SocialOrganizationOrder>>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Read the community governance data (查询) */
export type QueryTrainingRecordArgs = {
  id: Scalars['ID']['input'];
};


/** Read the community governance data (查询) */
export type QueryTrainingRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TrainingRecordFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<TrainingRecordOrder>>;
  search?: InputMaybe<Scalars['String']['input']>;
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
  eq?: InputMaybe<Registration>;
  /** is one of (属于) */
  in?: InputMaybe<Array<Registration>>;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** does not equal (不等于) */
  ne?: InputMaybe<Registration>;
  /** is none of (不属于) */
  notIn?: InputMaybe<Array<Registration>>;
};

/** A report generated from the data (数据生成的报告) */
export type Report = {
  __typename?: 'Report';
  /** The whole report in the chosen format; for DOCX the .docx file base64-encoded (正文;DOCX 为 base64 编码的文件) */
  content: Scalars['String']['output'];
  /** A file name to save it under, e.g. report-2026.docx (文件名) */
  fileName: Scalars['String']['output'];
  /** Format of content (格式) */
  format: ReportFormat;
  /** When it was generated (生成时间) */
  generatedAt: Scalars['DateTime']['output'];
  /** Media type of the decoded content, e.g. text/markdown (媒体类型) */
  mimeType: Scalars['String']['output'];
  /** Title (标题) */
  title: Scalars['String']['output'];
};

/** Format of a generated report (报告格式) */
export type ReportFormat =
  /** Word document (.docx) in the layout of official documents, GB/T 9704 as a guide, charts as images; content is base64 (Word 公文格式,base64 编码) */
  | 'DOCX'
  /** Printable HTML with inline SVG charts (可打印网页) */
  | 'HTML'
  /** Markdown (Markdown 文本) */
  | 'MARKDOWN';

/** Thresholds for calling something a problem (问题判定阈值); omitted ones keep the configured values */
export type ReportThresholdsInput = {
  /** Fiscal dependency above this is reported, 0-1 (财政依赖度上限) */
  maxFiscalDependency?: InputMaybe<Scalars['Float']['input']>;
  /** Average council attendance below this is reported (议事会议平均参会人数下限) */
  minAverageResidentAttendance?: InputMaybe<Scalars['Float']['input']>;
  /** Office area per 100 households below this is reported, in m² (每百户社区办公用房面积下限) */
  minOfficeAreaPer100Households?: InputMaybe<Scalars['Float']['input']>;
  /** Social organisations per 10,000 residents below this is reported (每万人社会组织数下限) */
  minSocialOrgsPer10k?: InputMaybe<Scalars['Float']['input']>;
  /** Workers per 10,000 residents below this is reported (每万人社区工作者数下限) */
  minWorkersPer10k?: InputMaybe<Scalars['Float']['input']>;
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
  eq?: InputMaybe<RequiredPower>;
  /** is one of (属于) */
  in?: InputMaybe<Array<RequiredPower>>;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** does not equal (不等于) */
  ne?: InputMaybe<RequiredPower>;
  /** is none of (不属于) */
  notIn?: InputMaybe<Array<RequiredPower>>;
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
  eq?: InputMaybe<ResponsibleLevel>;
  /** is one of (属于) */
  in?: InputMaybe<Array<ResponsibleLevel>>;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** does not equal (不等于) */
  ne?: InputMaybe<ResponsibleLevel>;
  /** is none of (不属于) */
  notIn?: InputMaybe<Array<ResponsibleLevel>>;
};

/** Purpose of reading a masked value in clear (查看明文的目的) */
export type RevealPurpose =
  /** Audit check (审计核查) */
  | 'AUDIT_CHECK'
  /** Contact the person (联系本人) */
  | 'CONTACT_PERSON'
  /** Correct the record (更正信息) */
  | 'CORRECT_RECORD'
  /** Handle a matter for the person (办理事项) */
  | 'HANDLE_MATTER'
  /** Verify identity (核实身份) */
  | 'VERIFY_IDENTITY';

/** Role (角色) */
export type Role =
  /** Administrator (系统管理员) */
  | 'ADMIN'
  /** Auditor (审计员) */
  | 'AUDITOR'
  /** Centre administrator (服务中心管理员) */
  | 'CENTER_ADMIN'
  /** Community staff (社区工作人员) */
  | 'COMMUNITY_STAFF';

/** A record found by its name (搜索结果) */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** Its display name, as matched (显示名称) */
  display: Scalars['String']['output'];
  /** Its id (记录编号) */
  id: Scalars['ID']['output'];
  /** How well it matched: 3 exact, 2 prefix, 1 initials, 0 substring (匹配程度) */
  rank: Scalars['Int']['output'];
  /** Its record type, e.g. CommunityWorker (记录类型) */
  type: Scalars['String']['output'];
};

/** Service centre (党群服务中心/街道). The body above communities: a party service centre (党群服务中心) or a sub-district office (街道办事处). */
export type ServiceCenter = {
  __typename?: 'ServiceCenter';
  /** Budget lines (经费明细) */
  budgetLines?: Maybe<Array<BudgetLine>>;
  /** Communities (下辖社区) */
  communities: Array<Community>;
  /** When the record was created (创建时间) */
  createdAt: Scalars['DateTime']['output'];
  /** When the record was deleted (删除时间); null while it is live */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Duty assignments (承接事项) */
  dutyAssignments: Array<DutyAssignment>;
  /** Audit entries of this record, oldest first (变更历史); logged-in users only, values masked by what you may read */
  history?: Maybe<Array<AuditEntry>>;
  /** Identifier (标识) */
  id: Scalars['ID']['output'];
  /** Kind (类型) */
  kind: ServiceCenterKind;
  /** Legal form (机构性质) */
  legalForm: LegalForm;
  /** Name (名称) */
  name: Scalars['String']['output'];
  /** Party organisations (党组织) */
  partyOrganizations: Array<PartyOrganization>;
  /** Powers held (依法享有的权力). Administrative powers the body legally holds; a party service centre typically holds none */
  powers: Array<Power>;
  /** When the record was last changed (更新时间) */
  updatedAt: Scalars['DateTime']['output'];
  /** Version (版本) for optimistic locking: pass it back as expectedVersion when updating */
  version: Scalars['Int']['output'];
};


/** Service centre (党群服务中心/街道). The body above communities: a party service centre (党群服务中心) or a sub-district office (街道办事处). */
export type ServiceCenterBudgetLinesArgs = {
  filter?: InputMaybe<BudgetLineFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<BudgetLineOrder>>;
};


/** Service centre (党群服务中心/街道). The body above communities: a party service centre (党群服务中心) or a sub-district office (街道办事处). */
export type ServiceCenterCommunitiesArgs = {
  filter?: InputMaybe<CommunityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CommunityOrder>>;
};


/** Service centre (党群服务中心/街道). The body above communities: a party service centre (党群服务中心) or a sub-district office (街道办事处). */
export type ServiceCenterDutyAssignmentsArgs = {
  filter?: InputMaybe<DutyAssignmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DutyAssignmentOrder>>;
};


/** Service centre (党群服务中心/街道). The body above communities: a party service centre (党群服务中心) or a sub-district office (街道办事处). */
export type ServiceCenterPartyOrganizationsArgs = {
  filter?: InputMaybe<PartyOrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PartyOrganizationOrder>>;
};

/** A page of Service centre (党群服务中心/街道列表) */
export type ServiceCenterConnection = {
  __typename?: 'ServiceCenterConnection';
  /** The records of this page with their cursors (本页记录及游标) */
  edges: Array<ServiceCenterEdge>;
  /** The records of this page (本页记录) */
  nodes: Array<ServiceCenter>;
  /** Paging information (分页信息) */
  pageInfo: PageInfo;
  /** How many records match the filter in all (总数) */
  totalCount: Scalars['Int']['output'];
};

/** A new Service centre (党群服务中心/街道); omitted optional fields take their defaults */
export type ServiceCenterCreateInput = {
  /** Kind (类型) */
  kind: ServiceCenterKind;
  /** Legal form (机构性质) */
  legalForm: LegalForm;
  /** Name (名称) */
  name: Scalars['String']['input'];
  /** Powers held (依法享有的权力). Administrative powers the body legally holds; a party service centre typically holds none */
  powers?: InputMaybe<Array<Power>>;
};

/** A Service centre (党群服务中心/街道) in a page, with its cursor */
export type ServiceCenterEdge = {
  __typename?: 'ServiceCenterEdge';
  /** Cursor of this record (游标) */
  cursor: Scalars['String']['output'];
  /** Service centre (党群服务中心/街道) */
  node: ServiceCenter;
};

/** Filter on Service centre (党群服务中心/街道筛选条件); fields combine with AND */
export type ServiceCenterFilter = {
  /** All of these hold (且) */
  and?: InputMaybe<Array<ServiceCenterFilter>>;
  /** Created at (创建时间) */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Deleted at (删除时间) */
  deletedAt?: InputMaybe<DateTimeFilter>;
  /** ID (标识) */
  id?: InputMaybe<IdFilter>;
  /** Kind (类型) */
  kind?: InputMaybe<ServiceCenterKindFilter>;
  /** Legal form (机构性质) */
  legalForm?: InputMaybe<LegalFormFilter>;
  /** Name (名称) */
  name?: InputMaybe<StringFilter>;
  /** This does not hold (非) */
  not?: InputMaybe<ServiceCenterFilter>;
  /** Any of these holds (或) */
  or?: InputMaybe<Array<ServiceCenterFilter>>;
  /** Powers held (依法享有的权力). Administrative powers the body legally holds; a party service centre typically holds none */
  powers?: InputMaybe<PowerSetFilter>;
  /** Updated at (更新时间) */
  updatedAt?: InputMaybe<DateTimeFilter>;
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
  eq?: InputMaybe<ServiceCenterKind>;
  /** is one of (属于) */
  in?: InputMaybe<Array<ServiceCenterKind>>;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** does not equal (不等于) */
  ne?: InputMaybe<ServiceCenterKind>;
  /** is none of (不属于) */
  notIn?: InputMaybe<Array<ServiceCenterKind>>;
};

/** One sort key of Service centre (党群服务中心/街道排序): name exactly one field */
export type ServiceCenterOrder = {
  /** Created at (创建时间) */
  createdAt?: InputMaybe<SortDirection>;
  /** Deleted at (删除时间) */
  deletedAt?: InputMaybe<SortDirection>;
  /** Kind (类型) */
  kind?: InputMaybe<SortDirection>;
  /** Legal form (机构性质) */
  legalForm?: InputMaybe<SortDirection>;
  /** Name (名称) */
  name?: InputMaybe<SortDirection>;
  /** Updated at (更新时间) */
  updatedAt?: InputMaybe<SortDirection>;
};

/** Changes to a Service centre (党群服务中心/街道); omitted fields stay as they are, null clears */
export type ServiceCenterUpdateInput = {
  /** Kind (类型) */
  kind?: InputMaybe<ServiceCenterKind>;
  /** Legal form (机构性质) */
  legalForm?: InputMaybe<LegalForm>;
  /** Name (名称) */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Powers held (依法享有的权力). Administrative powers the body legally holds; a party service centre typically holds none */
  powers?: InputMaybe<Array<Power>>;
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
  eq?: InputMaybe<SocialOrgCategory>;
  /** is one of (属于) */
  in?: InputMaybe<Array<SocialOrgCategory>>;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** does not equal (不等于) */
  ne?: InputMaybe<SocialOrgCategory>;
  /** is none of (不属于) */
  notIn?: InputMaybe<Array<SocialOrgCategory>>;
};

/** Social organisation (社区社会组织). A community social organisation (社区社会组织): elderly care, volunteers, culture and so on. */
export type SocialOrganization = {
  __typename?: 'SocialOrganization';
  /** Activities organised (组织的活动) */
  activities: Array<CommunityActivity>;
  /** Support lines (扶持经费) */
  budgetLines?: Maybe<Array<BudgetLine>>;
  /** Category (类别) */
  category: SocialOrgCategory;
  /** Community (所属社区) */
  community: Community;
  /** Id of: Community (所属社区) */
  communityId: Scalars['ID']['output'];
  /** Contact name (联系人) Masked (the first character, the rest as *) unless read with @reveal(purpose:), which the access log records. */
  contactName?: Maybe<Scalars['String']['output']>;
  /** Contact phone (联系电话) Masked (the first 3 and the last 4 characters, the rest as *) unless read with @reveal(purpose:), which the access log records. */
  contactPhone?: Maybe<Scalars['String']['output']>;
  /** When the record was created (创建时间) */
  createdAt: Scalars['DateTime']['output'];
  /** Unified social credit code (统一社会信用代码) */
  creditCode?: Maybe<Scalars['String']['output']>;
  /** When the record was deleted (删除时间); null while it is live */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Founded on (成立日期) */
  foundedOn?: Maybe<Scalars['Date']['output']>;
  /** Audit entries of this record, oldest first (变更历史); logged-in users only, values masked by what you may read */
  history?: Maybe<Array<AuditEntry>>;
  /** Identifier (标识) */
  id: Scalars['ID']['output'];
  /** Members (成员数) */
  memberCount?: Maybe<Scalars['Int']['output']>;
  /** Name (名称) */
  name: Scalars['String']['output'];
  /** Registration (登记状态) */
  registration: Registration;
  /** Stage (发展阶段) */
  stage: OrgStage;
  /** When the record was last changed (更新时间) */
  updatedAt: Scalars['DateTime']['output'];
  /** Version (版本) for optimistic locking: pass it back as expectedVersion when updating */
  version: Scalars['Int']['output'];
};


/** Social organisation (社区社会组织). A community social organisation (社区社会组织): elderly care, volunteers, culture and so on. */
export type SocialOrganizationActivitiesArgs = {
  filter?: InputMaybe<CommunityActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CommunityActivityOrder>>;
};


/** Social organisation (社区社会组织). A community social organisation (社区社会组织): elderly care, volunteers, culture and so on. */
export type SocialOrganizationBudgetLinesArgs = {
  filter?: InputMaybe<BudgetLineFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<BudgetLineOrder>>;
};

/** A page of Social organisation (社区社会组织列表) */
export type SocialOrganizationConnection = {
  __typename?: 'SocialOrganizationConnection';
  /** The records of this page with their cursors (本页记录及游标) */
  edges: Array<SocialOrganizationEdge>;
  /** The records of this page (本页记录) */
  nodes: Array<SocialOrganization>;
  /** Paging information (分页信息) */
  pageInfo: PageInfo;
  /** How many records match the filter in all (总数) */
  totalCount: Scalars['Int']['output'];
};

/** A new Social organisation (社区社会组织); omitted optional fields take their defaults */
export type SocialOrganizationCreateInput = {
  /** Category (类别) */
  category: SocialOrgCategory;
  /** Id of: Community (所属社区) */
  communityId: Scalars['ID']['input'];
  /** Contact name (联系人) */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** Contact phone (联系电话) */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** Unified social credit code (统一社会信用代码) */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  /** Founded on (成立日期) */
  foundedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Members (成员数) */
  memberCount?: InputMaybe<Scalars['Int']['input']>;
  /** Name (名称) */
  name: Scalars['String']['input'];
  /** Registration (登记状态) */
  registration?: InputMaybe<Registration>;
  /** Stage (发展阶段) */
  stage?: InputMaybe<OrgStage>;
};

/** A Social organisation (社区社会组织) in a page, with its cursor */
export type SocialOrganizationEdge = {
  __typename?: 'SocialOrganizationEdge';
  /** Cursor of this record (游标) */
  cursor: Scalars['String']['output'];
  /** Social organisation (社区社会组织) */
  node: SocialOrganization;
};

/** Filter on Social organisation (社区社会组织筛选条件); fields combine with AND */
export type SocialOrganizationFilter = {
  /** All of these hold (且) */
  and?: InputMaybe<Array<SocialOrganizationFilter>>;
  /** Category (类别) */
  category?: InputMaybe<SocialOrgCategoryFilter>;
  /** Records whose community matches this filter: Community (所属社区) */
  community?: InputMaybe<CommunityFilter>;
  /** Id of: Community (所属社区) */
  communityId?: InputMaybe<IdFilter>;
  /** Contact name (联系人) */
  contactName?: InputMaybe<StringFilter>;
  /** Contact phone (联系电话) */
  contactPhone?: InputMaybe<StringFilter>;
  /** Created at (创建时间) */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Unified social credit code (统一社会信用代码) */
  creditCode?: InputMaybe<StringFilter>;
  /** Deleted at (删除时间) */
  deletedAt?: InputMaybe<DateTimeFilter>;
  /** Founded on (成立日期) */
  foundedOn?: InputMaybe<DateFilter>;
  /** ID (标识) */
  id?: InputMaybe<IdFilter>;
  /** Members (成员数) */
  memberCount?: InputMaybe<IntFilter>;
  /** Name (名称) */
  name?: InputMaybe<StringFilter>;
  /** This does not hold (非) */
  not?: InputMaybe<SocialOrganizationFilter>;
  /** Any of these holds (或) */
  or?: InputMaybe<Array<SocialOrganizationFilter>>;
  /** Registration (登记状态) */
  registration?: InputMaybe<RegistrationFilter>;
  /** Stage (发展阶段) */
  stage?: InputMaybe<OrgStageFilter>;
  /** Updated at (更新时间) */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key of Social organisation (社区社会组织排序): name exactly one field */
export type SocialOrganizationOrder = {
  /** Category (类别) */
  category?: InputMaybe<SortDirection>;
  /** Contact name (联系人) */
  contactName?: InputMaybe<SortDirection>;
  /** Contact phone (联系电话) */
  contactPhone?: InputMaybe<SortDirection>;
  /** Created at (创建时间) */
  createdAt?: InputMaybe<SortDirection>;
  /** Unified social credit code (统一社会信用代码) */
  creditCode?: InputMaybe<SortDirection>;
  /** Deleted at (删除时间) */
  deletedAt?: InputMaybe<SortDirection>;
  /** Founded on (成立日期) */
  foundedOn?: InputMaybe<SortDirection>;
  /** Members (成员数) */
  memberCount?: InputMaybe<SortDirection>;
  /** Name (名称) */
  name?: InputMaybe<SortDirection>;
  /** Registration (登记状态) */
  registration?: InputMaybe<SortDirection>;
  /** Stage (发展阶段) */
  stage?: InputMaybe<SortDirection>;
  /** Updated at (更新时间) */
  updatedAt?: InputMaybe<SortDirection>;
};

/** Changes to a Social organisation (社区社会组织); omitted fields stay as they are, null clears */
export type SocialOrganizationUpdateInput = {
  /** Category (类别) */
  category?: InputMaybe<SocialOrgCategory>;
  /** Id of: Community (所属社区) */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** Contact name (联系人) */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** Contact phone (联系电话) */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** Unified social credit code (统一社会信用代码) */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  /** Founded on (成立日期) */
  foundedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Members (成员数) */
  memberCount?: InputMaybe<Scalars['Int']['input']>;
  /** Name (名称) */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Registration (登记状态) */
  registration?: InputMaybe<Registration>;
  /** Stage (发展阶段) */
  stage?: InputMaybe<OrgStage>;
};

/** Sort direction (排序方向); nulls sort last ascending and first descending */
export type SortDirection =
  /** Ascending (升序) */
  | 'ASC'
  /** Descending (降序) */
  | 'DESC';

/** Filter on a short text (文本筛选) */
export type StringFilter = {
  /** contains, ignoring case (包含) */
  contains?: InputMaybe<Scalars['String']['input']>;
  /** equals (等于) */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** greater than (大于) */
  gt?: InputMaybe<Scalars['String']['input']>;
  /** at least (大于等于) */
  gte?: InputMaybe<Scalars['String']['input']>;
  /** is one of (属于) */
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** less than (小于) */
  lt?: InputMaybe<Scalars['String']['input']>;
  /** at most (小于等于) */
  lte?: InputMaybe<Scalars['String']['input']>;
  /** does not equal (不等于) */
  ne?: InputMaybe<Scalars['String']['input']>;
  /** is none of (不属于) */
  notIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** starts with (开头为) */
  startsWith?: InputMaybe<Scalars['String']['input']>;
};

/** Filter on a long text (长文本筛选) */
export type TextFilter = {
  /** contains, ignoring case (包含) */
  contains?: InputMaybe<Scalars['String']['input']>;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** starts with (开头为) */
  startsWith?: InputMaybe<Scalars['String']['input']>;
};

/** One threshold a published report judged problems by (问题判定阈值) */
export type ThresholdValue = {
  __typename?: 'ThresholdValue';
  /** Its name, as in ReportThresholdsInput, e.g. minWorkersPer10k (阈值名称) */
  name: Scalars['String']['output'];
  /** Its value at publication (阈值) */
  value: Scalars['Float']['output'];
};

/** Training record (培训记录). A course a community worker completed (培训记录). */
export type TrainingRecord = {
  __typename?: 'TrainingRecord';
  /** Completed on (完成日期) */
  completedOn?: Maybe<Scalars['Date']['output']>;
  /** Course (课程) */
  course?: Maybe<Scalars['String']['output']>;
  /** When the record was created (创建时间) */
  createdAt: Scalars['DateTime']['output'];
  /** When the record was deleted (删除时间); null while it is live */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Audit entries of this record, oldest first (变更历史); logged-in users only, values masked by what you may read */
  history?: Maybe<Array<AuditEntry>>;
  /** Hours (学时) */
  hours?: Maybe<Scalars['Float']['output']>;
  /** Identifier (标识) */
  id: Scalars['ID']['output'];
  /** Provider (培训机构) */
  provider?: Maybe<Scalars['String']['output']>;
  /** When the record was last changed (更新时间) */
  updatedAt: Scalars['DateTime']['output'];
  /** Version (版本) for optimistic locking: pass it back as expectedVersion when updating */
  version: Scalars['Int']['output'];
  /** Worker (社区工作者) */
  worker?: Maybe<CommunityWorker>;
  /** Id of: Worker (社区工作者) */
  workerId?: Maybe<Scalars['ID']['output']>;
};

/** A page of Training record (培训记录列表) */
export type TrainingRecordConnection = {
  __typename?: 'TrainingRecordConnection';
  /** The records of this page with their cursors (本页记录及游标) */
  edges: Array<TrainingRecordEdge>;
  /** The records of this page (本页记录) */
  nodes: Array<TrainingRecord>;
  /** Paging information (分页信息) */
  pageInfo: PageInfo;
  /** How many records match the filter in all (总数) */
  totalCount: Scalars['Int']['output'];
};

/** A new Training record (培训记录); omitted optional fields take their defaults */
export type TrainingRecordCreateInput = {
  /** Completed on (完成日期) */
  completedOn: Scalars['Date']['input'];
  /** Course (课程) */
  course: Scalars['String']['input'];
  /** Hours (学时) */
  hours: Scalars['Float']['input'];
  /** Provider (培训机构) */
  provider?: InputMaybe<Scalars['String']['input']>;
  /** Id of: Worker (社区工作者) */
  workerId: Scalars['ID']['input'];
};

/** A Training record (培训记录) in a page, with its cursor */
export type TrainingRecordEdge = {
  __typename?: 'TrainingRecordEdge';
  /** Cursor of this record (游标) */
  cursor: Scalars['String']['output'];
  /** Training record (培训记录) */
  node: TrainingRecord;
};

/** Filter on Training record (培训记录筛选条件); fields combine with AND */
export type TrainingRecordFilter = {
  /** All of these hold (且) */
  and?: InputMaybe<Array<TrainingRecordFilter>>;
  /** Completed on (完成日期) */
  completedOn?: InputMaybe<DateFilter>;
  /** Course (课程) */
  course?: InputMaybe<StringFilter>;
  /** Created at (创建时间) */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Deleted at (删除时间) */
  deletedAt?: InputMaybe<DateTimeFilter>;
  /** Hours (学时) */
  hours?: InputMaybe<FloatFilter>;
  /** ID (标识) */
  id?: InputMaybe<IdFilter>;
  /** This does not hold (非) */
  not?: InputMaybe<TrainingRecordFilter>;
  /** Any of these holds (或) */
  or?: InputMaybe<Array<TrainingRecordFilter>>;
  /** Provider (培训机构) */
  provider?: InputMaybe<StringFilter>;
  /** Updated at (更新时间) */
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** Records whose worker matches this filter: Worker (社区工作者) */
  worker?: InputMaybe<CommunityWorkerFilter>;
  /** Id of: Worker (社区工作者) */
  workerId?: InputMaybe<IdFilter>;
};

/** One sort key of Training record (培训记录排序): name exactly one field */
export type TrainingRecordOrder = {
  /** Completed on (完成日期) */
  completedOn?: InputMaybe<SortDirection>;
  /** Course (课程) */
  course?: InputMaybe<SortDirection>;
  /** Created at (创建时间) */
  createdAt?: InputMaybe<SortDirection>;
  /** Deleted at (删除时间) */
  deletedAt?: InputMaybe<SortDirection>;
  /** Hours (学时) */
  hours?: InputMaybe<SortDirection>;
  /** Provider (培训机构) */
  provider?: InputMaybe<SortDirection>;
  /** Updated at (更新时间) */
  updatedAt?: InputMaybe<SortDirection>;
};

/** Changes to a Training record (培训记录); omitted fields stay as they are, null clears */
export type TrainingRecordUpdateInput = {
  /** Completed on (完成日期) */
  completedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Course (课程) */
  course?: InputMaybe<Scalars['String']['input']>;
  /** Hours (学时) */
  hours?: InputMaybe<Scalars['Float']['input']>;
  /** Provider (培训机构) */
  provider?: InputMaybe<Scalars['String']['input']>;
  /** Id of: Worker (社区工作者) */
  workerId?: InputMaybe<Scalars['ID']['input']>;
};

/** What the caller may do with one record type (类型权限) */
export type TypePermission = {
  __typename?: 'TypePermission';
  /** May create them (可新建) */
  canCreate: Scalars['Boolean']['output'];
  /** May delete and restore them (可删除) */
  canDelete: Scalars['Boolean']['output'];
  /** May read records of this type (可读) */
  canRead: Scalars['Boolean']['output'];
  /** May change them (可修改) */
  canUpdate: Scalars['Boolean']['output'];
  /** Per field (字段权限) */
  fields: Array<FieldPermission>;
  /** Record type name, e.g. Community (记录类型) */
  type: Scalars['String']['output'];
};

/** Unfunded duty (费未随事转): no approved expenditure follows a duty that requires funding */
export type UnfundedDuty = DutyFinding & {
  __typename?: 'UnfundedDuty';
  /** The duty assignment (承接记录) */
  assignment: DutyAssignment;
  /** The duty assignment (承接记录) */
  assignmentId: Scalars['ID']['output'];
  /** The community (社区) */
  community?: Maybe<Community>;
  /** The assignee community (承接社区), or null when a centre is the assignee */
  communityId?: Maybe<Scalars['ID']['output']>;
  /** The duty item (权责事项) */
  dutyItem: DutyItem;
  /** The duty item (权责事项) */
  dutyItemId: Scalars['ID']['output'];
  /** Funded assignments of the same duty that year the estimate is the mean of (估算参照的承接单位数) */
  estimateBasis: Scalars['Int']['output'];
  /** The funding that would close it (所需经费估算): the mean of what the same duty’s funded assignments in the city received that year; null when none is funded (无法估算), or when suppressed */
  estimatedFunding?: Maybe<Scalars['Decimal']['output']>;
  /** Chinese and English reason together (原因) */
  reason: Scalars['String']['output'];
  /** Why this is a finding, in English (原因, 英文) */
  reasonEn: Scalars['String']['output'];
  /** Why this is a finding, in Chinese (原因) */
  reasonZh: Scalars['String']['output'];
  /** The service centre (服务中心) */
  serviceCenter: ServiceCenter;
  /** The assignee centre, or the assignee community’s centre (服务中心) */
  serviceCenterId: Scalars['ID']['output'];
  /** Fields of this answer withheld (null): computed from fewer than SUMMARY_MIN_ROWS (3) budget lines you may not read one by one (小样本不公开的字段) */
  suppressed: Array<Scalars['String']['output']>;
};

/** A person who logs in to the platform (用户) */
export type User = {
  __typename?: 'User';
  /** false: deactivated, cannot log in (是否启用) */
  active: Scalars['Boolean']['output'];
  /** Community a staff member is bound to (所属社区) */
  communityId?: Maybe<Scalars['ID']['output']>;
  /** Name shown in the console (显示名称) */
  displayName: Scalars['String']['output'];
  /** Login e-mail (登录邮箱) */
  email: Scalars['String']['output'];
  /** Identifier (标识) */
  id: Scalars['ID']['output'];
  /** What this user may read and write (权限) */
  permissions: Permissions;
  /** Role (角色) */
  role: Role;
  /** Service centre a centre administrator is bound to (所属服务中心) */
  serviceCenterId?: Maybe<Scalars['ID']['output']>;
};

/** A new user (新用户): CENTER_ADMIN needs serviceCenterId, COMMUNITY_STAFF needs communityId */
export type UserCreateInput = {
  /** Community of a COMMUNITY_STAFF (所属社区) */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** Name shown in the console (显示名称) */
  displayName: Scalars['String']['input'];
  /** Login e-mail (登录邮箱) */
  email: Scalars['String']['input'];
  /** Initial password, at least 8 characters (初始密码) */
  password: Scalars['String']['input'];
  /** Role (角色) */
  role: Role;
  /** Service centre of a CENTER_ADMIN (所属服务中心) */
  serviceCenterId?: InputMaybe<Scalars['ID']['input']>;
};

/** Changes to a user (修改用户); omitted fields stay as they are */
export type UserUpdateInput = {
  /** false: the user can no longer log in, and its sessions stop working (是否启用) */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Community of a COMMUNITY_STAFF (所属社区) */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** Name shown in the console (显示名称) */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** A new password (at least 8 characters) set by the administrator (重置密码) */
  password?: InputMaybe<Scalars['String']['input']>;
  /** Role (角色) */
  role?: InputMaybe<Role>;
  /** Service centre of a CENTER_ADMIN (所属服务中心) */
  serviceCenterId?: InputMaybe<Scalars['ID']['input']>;
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
  eq?: InputMaybe<WorkerStatus>;
  /** is one of (属于) */
  in?: InputMaybe<Array<WorkerStatus>>;
  /** true: has no value; false: has a value (是否为空) */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** does not equal (不等于) */
  ne?: InputMaybe<WorkerStatus>;
  /** is none of (不属于) */
  notIn?: InputMaybe<Array<WorkerStatus>>;
};
