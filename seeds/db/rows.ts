/**
 * Row shapes of the platform's tables as the seeders write them: snake_case columns as
 * in the migration, refs as `<ref>_id`, dates as "YYYY-MM-DD", instants as ISO strings,
 * money as decimal strings.
 */
export interface SystemColumns {
  id: string;
  version: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface ServiceCenterRow extends SystemColumns {
  name: string;
  kind: string;
  legal_form: string;
  powers: string[];
}

export interface CommunityRow extends SystemColumns {
  code: string;
  name: string;
  service_center_id: string;
  area_km2: number | null;
  population: number | null;
  households: number | null;
  address: string | null;
  office_area_m2: number | null;
  service_window_count: number | null;
  activity_space_m2: number | null;
  office_built_year: number | null;
  facility_condition: string | null;
}

export interface CompoundRow extends SystemColumns {
  community_id: string;
  name: string;
  households: number | null;
  population: number | null;
  property_manager: string | null;
}

export interface CommunityWorkerRow extends SystemColumns {
  community_id: string;
  name: string;
  gender: string | null;
  birth_year: number | null;
  phone: string | null;
  id_number: string | null;
  employment_type: string;
  position: string;
  education: string | null;
  social_work_certificate: boolean;
  monthly_salary: string | null;
  hired_on: string | null;
  status: string;
}

export interface TrainingRecordRow extends SystemColumns {
  worker_id: string;
  course: string;
  provider: string | null;
  hours: number;
  completed_on: string;
}

export interface PerformanceReviewRow extends SystemColumns {
  worker_id: string;
  year: number;
  score: number;
  grade: string;
  comments: string | null;
}

export interface PartyOrganizationRow extends SystemColumns {
  name: string;
  kind: string;
  parent_id: string | null;
  community_id: string | null;
  service_center_id: string | null;
  secretary_id: string | null;
  founded_on: string | null;
}

export interface PartyMemberRow extends SystemColumns {
  organization_id: string;
  name: string;
  gender: string | null;
  joined_on: string | null;
  status: string;
  phone: string | null;
  id_number: string | null;
}

export interface SocialOrganizationRow extends SystemColumns {
  community_id: string;
  name: string;
  category: string;
  registration: string;
  stage: string;
  member_count: number | null;
  founded_on: string | null;
  contact_name: string | null;
  contact_phone: string | null;
}

export interface DutyItemRow extends SystemColumns {
  code: string;
  title: string;
  description: string | null;
  category: string;
  legal_basis: string | null;
  source_department: string | null;
  responsible_level: string;
  required_power: string;
  funding_required: boolean;
  status: string;
  effective_from: string | null;
  effective_to: string | null;
}

export interface DutyAssignmentRow extends SystemColumns {
  duty_item_id: string;
  community_id: string | null;
  service_center_id: string | null;
  accountable_worker_id: string | null;
  assigned_on: string;
  status: string;
}

export interface BudgetLineRow extends SystemColumns {
  community_id: string | null;
  service_center_id: string | null;
  fiscal_year: number;
  direction: string;
  source: string | null;
  category: string | null;
  amount: string;
  description: string | null;
  duty_assignment_id: string | null;
  social_organization_id: string | null;
  status: string;
  approved_by: string | null;
  approved_at: string | null;
}

export interface CouncilMeetingRow extends SystemColumns {
  community_id: string;
  held_on: string;
  topic: string;
  attendee_count: number;
  resident_attendee_count: number;
  resolutions: string | null;
  follow_up_status: string;
}

export interface CommunityActivityRow extends SystemColumns {
  community_id: string;
  organizer_id: string | null;
  title: string;
  category: string;
  held_on: string;
  participant_count: number;
}

/** Every seeded table, keyed by table name. */
export interface DataSet {
  service_center: ServiceCenterRow[];
  community: CommunityRow[];
  compound: CompoundRow[];
  community_worker: CommunityWorkerRow[];
  training_record: TrainingRecordRow[];
  performance_review: PerformanceReviewRow[];
  party_organization: PartyOrganizationRow[];
  party_member: PartyMemberRow[];
  social_organization: SocialOrganizationRow[];
  duty_item: DutyItemRow[];
  duty_assignment: DutyAssignmentRow[];
  budget_line: BudgetLineRow[];
  council_meeting: CouncilMeetingRow[];
  community_activity: CommunityActivityRow[];
}

export type TableName = keyof DataSet;

/** The system columns of a new row: version 1, updated when created unless told otherwise. */
export function system(id: string, createdAt: string, opts: { updatedAt?: string; deletedAt?: string | null; version?: number } = {}): SystemColumns {
  const deletedAt = opts.deletedAt ?? null;
  const changes = (opts.version ?? 1) + (deletedAt ? 1 : 0);
  return {
    id,
    version: changes,
    created_at: createdAt,
    updated_at: deletedAt ?? opts.updatedAt ?? createdAt,
    deleted_at: deletedAt,
  };
}
