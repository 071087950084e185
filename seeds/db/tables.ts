import type { DataSet, TableName } from './rows';

/** Insert order: every table after the tables it references. */
export const TABLE_ORDER: TableName[] = [
  'service_center',
  'community',
  'compound',
  'community_worker',
  'training_record',
  'performance_review',
  'party_organization',
  'party_member',
  'social_organization',
  'duty_item',
  'duty_assignment',
  'budget_line',
  'council_meeting',
  'community_activity',
];

/** The declared record type behind each table (for validation). */
export const RECORD_OF: Record<TableName, string> = {
  service_center: 'ServiceCenter',
  community: 'Community',
  compound: 'Compound',
  community_worker: 'CommunityWorker',
  training_record: 'TrainingRecord',
  performance_review: 'PerformanceReview',
  party_organization: 'PartyOrganization',
  party_member: 'PartyMember',
  social_organization: 'SocialOrganization',
  duty_item: 'DutyItem',
  duty_assignment: 'DutyAssignment',
  budget_line: 'BudgetLine',
  council_meeting: 'CouncilMeeting',
  community_activity: 'CommunityActivity',
};

export const emptyDataSet = (): DataSet => ({
  service_center: [],
  community: [],
  compound: [],
  community_worker: [],
  training_record: [],
  performance_review: [],
  party_organization: [],
  party_member: [],
  social_organization: [],
  duty_item: [],
  duty_assignment: [],
  budget_line: [],
  council_meeting: [],
  community_activity: [],
});
