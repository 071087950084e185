import { Migration } from '@mikro-orm/migrations';

export class Migration20261125083928_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "duty_item" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "deleted_at" timestamptz null, "code" varchar(32) not null, "title" varchar(200) not null, "description" text null, "category" text check ("category" in ('ADMINISTRATIVE_APPROVAL', 'MANAGEMENT', 'ENFORCEMENT', 'PUBLIC_SERVICE', 'ASSISTANCE', 'SELF_GOVERNANCE')) not null, "legal_basis" text null, "source_department" varchar(100) null, "responsible_level" text check ("responsible_level" in ('CITY_DEPARTMENT', 'SERVICE_CENTER', 'COMMUNITY')) not null, "required_power" text check ("required_power" in ('NONE', 'MANAGEMENT', 'APPROVAL', 'ENFORCEMENT')) not null default 'NONE', "funding_required" boolean not null default false, "status" text check ("status" in ('DRAFT', 'PUBLISHED', 'REPEALED')) not null default 'DRAFT', "effective_from" date null, "effective_to" date null, constraint "duty_item_pkey" primary key ("id"));`);
    this.addSql(`create index "duty_item_created_at_index" on "duty_item" ("created_at");`);
    this.addSql(`create index "duty_item_updated_at_index" on "duty_item" ("updated_at");`);
    this.addSql(`create index "duty_item_deleted_at_index" on "duty_item" ("deleted_at");`);
    this.addSql(`alter table "duty_item" add constraint "duty_item_code_unique" unique ("code");`);
    this.addSql(`create index "duty_item_title_index" on "duty_item" ("title");`);
    this.addSql(`create index "duty_item_category_index" on "duty_item" ("category");`);
    this.addSql(`create index "duty_item_source_department_index" on "duty_item" ("source_department");`);
    this.addSql(`create index "duty_item_responsible_level_index" on "duty_item" ("responsible_level");`);
    this.addSql(`create index "duty_item_required_power_index" on "duty_item" ("required_power");`);
    this.addSql(`create index "duty_item_funding_required_index" on "duty_item" ("funding_required");`);
    this.addSql(`create index "duty_item_status_index" on "duty_item" ("status");`);
    this.addSql(`create index "duty_item_effective_from_index" on "duty_item" ("effective_from");`);
    this.addSql(`create index "duty_item_effective_to_index" on "duty_item" ("effective_to");`);

    this.addSql(`create table "service_center" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "deleted_at" timestamptz null, "name" varchar(100) not null, "kind" text check ("kind" in ('PARTY_SERVICE_CENTER', 'SUB_DISTRICT_OFFICE')) not null, "legal_form" text check ("legal_form" in ('PUBLIC_INSTITUTION', 'GOVERNMENT_AGENCY')) not null, "powers" text[] not null default '{}', constraint "service_center_pkey" primary key ("id"));`);
    this.addSql(`create index "service_center_created_at_index" on "service_center" ("created_at");`);
    this.addSql(`create index "service_center_updated_at_index" on "service_center" ("updated_at");`);
    this.addSql(`create index "service_center_deleted_at_index" on "service_center" ("deleted_at");`);
    this.addSql(`create index "service_center_name_index" on "service_center" ("name");`);
    this.addSql(`create index "service_center_kind_index" on "service_center" ("kind");`);
    this.addSql(`create index "service_center_legal_form_index" on "service_center" ("legal_form");`);

    this.addSql(`create table "community" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "deleted_at" timestamptz null, "code" varchar(32) not null, "name" varchar(100) not null, "service_center_id" uuid not null, "area_km2" double precision null, "population" int null, "households" int null, "address" varchar(200) null, "office_area_m2" double precision null, "service_window_count" int null, "activity_space_m2" double precision null, "office_built_year" int null, "facility_condition" text check ("facility_condition" in ('GOOD', 'AGING', 'POOR')) null, constraint "community_pkey" primary key ("id"));`);
    this.addSql(`create index "community_created_at_index" on "community" ("created_at");`);
    this.addSql(`create index "community_updated_at_index" on "community" ("updated_at");`);
    this.addSql(`create index "community_deleted_at_index" on "community" ("deleted_at");`);
    this.addSql(`alter table "community" add constraint "community_code_unique" unique ("code");`);
    this.addSql(`create index "community_name_index" on "community" ("name");`);
    this.addSql(`create index "community_service_center_id_index" on "community" ("service_center_id");`);
    this.addSql(`create index "community_area_km2_index" on "community" ("area_km2");`);
    this.addSql(`create index "community_population_index" on "community" ("population");`);
    this.addSql(`create index "community_households_index" on "community" ("households");`);
    this.addSql(`create index "community_address_index" on "community" ("address");`);
    this.addSql(`create index "community_office_area_m2_index" on "community" ("office_area_m2");`);
    this.addSql(`create index "community_service_window_count_index" on "community" ("service_window_count");`);
    this.addSql(`create index "community_activity_space_m2_index" on "community" ("activity_space_m2");`);
    this.addSql(`create index "community_office_built_year_index" on "community" ("office_built_year");`);
    this.addSql(`create index "community_facility_condition_index" on "community" ("facility_condition");`);

    this.addSql(`create table "council_meeting" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "deleted_at" timestamptz null, "community_id" uuid not null, "held_on" date not null, "topic" varchar(200) not null, "attendee_count" int not null, "resident_attendee_count" int not null, "resolutions" text null, "follow_up_status" text check ("follow_up_status" in ('OPEN', 'IN_PROGRESS', 'DONE')) not null default 'OPEN', constraint "council_meeting_pkey" primary key ("id"));`);
    this.addSql(`create index "council_meeting_created_at_index" on "council_meeting" ("created_at");`);
    this.addSql(`create index "council_meeting_updated_at_index" on "council_meeting" ("updated_at");`);
    this.addSql(`create index "council_meeting_deleted_at_index" on "council_meeting" ("deleted_at");`);
    this.addSql(`create index "council_meeting_community_id_index" on "council_meeting" ("community_id");`);
    this.addSql(`create index "council_meeting_held_on_index" on "council_meeting" ("held_on");`);
    this.addSql(`create index "council_meeting_topic_index" on "council_meeting" ("topic");`);
    this.addSql(`create index "council_meeting_attendee_count_index" on "council_meeting" ("attendee_count");`);
    this.addSql(`create index "council_meeting_resident_attendee_count_index" on "council_meeting" ("resident_attendee_count");`);
    this.addSql(`create index "council_meeting_follow_up_status_index" on "council_meeting" ("follow_up_status");`);

    this.addSql(`create table "compound" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "deleted_at" timestamptz null, "community_id" uuid not null, "name" varchar(100) not null, "households" int null, "population" int null, "property_manager" varchar(100) null, constraint "compound_pkey" primary key ("id"));`);
    this.addSql(`create index "compound_created_at_index" on "compound" ("created_at");`);
    this.addSql(`create index "compound_updated_at_index" on "compound" ("updated_at");`);
    this.addSql(`create index "compound_deleted_at_index" on "compound" ("deleted_at");`);
    this.addSql(`create index "compound_community_id_index" on "compound" ("community_id");`);
    this.addSql(`create index "compound_name_index" on "compound" ("name");`);
    this.addSql(`create index "compound_households_index" on "compound" ("households");`);
    this.addSql(`create index "compound_population_index" on "compound" ("population");`);
    this.addSql(`create index "compound_property_manager_index" on "compound" ("property_manager");`);

    this.addSql(`create table "community_worker" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "deleted_at" timestamptz null, "community_id" uuid not null, "name" varchar(50) not null, "gender" text check ("gender" in ('MALE', 'FEMALE')) null, "birth_year" int null, "phone" varchar(20) null, "id_number" varchar(18) null, "employment_type" text check ("employment_type" in ('CAREER_ESTABLISHMENT', 'REGISTERED', 'GRID_WORKER', 'OTHER')) not null, "position" text check ("position" in ('SECRETARY', 'DIRECTOR', 'DEPUTY', 'COMMITTEE_MEMBER', 'STAFF')) not null default 'STAFF', "education" text check ("education" in ('JUNIOR_SECONDARY', 'SENIOR_SECONDARY', 'JUNIOR_COLLEGE', 'BACHELOR', 'POSTGRADUATE')) null, "social_work_certificate" boolean not null default false, "monthly_salary" numeric(14,2) null, "hired_on" date null, "status" text check ("status" in ('ACTIVE', 'LEFT')) not null default 'ACTIVE', constraint "community_worker_pkey" primary key ("id"));`);
    this.addSql(`create index "community_worker_created_at_index" on "community_worker" ("created_at");`);
    this.addSql(`create index "community_worker_updated_at_index" on "community_worker" ("updated_at");`);
    this.addSql(`create index "community_worker_deleted_at_index" on "community_worker" ("deleted_at");`);
    this.addSql(`create index "community_worker_community_id_index" on "community_worker" ("community_id");`);
    this.addSql(`create index "community_worker_name_index" on "community_worker" ("name");`);
    this.addSql(`create index "community_worker_gender_index" on "community_worker" ("gender");`);
    this.addSql(`create index "community_worker_birth_year_index" on "community_worker" ("birth_year");`);
    this.addSql(`create index "community_worker_phone_index" on "community_worker" ("phone");`);
    this.addSql(`create index "community_worker_id_number_index" on "community_worker" ("id_number");`);
    this.addSql(`create index "community_worker_employment_type_index" on "community_worker" ("employment_type");`);
    this.addSql(`create index "community_worker_position_index" on "community_worker" ("position");`);
    this.addSql(`create index "community_worker_education_index" on "community_worker" ("education");`);
    this.addSql(`create index "community_worker_social_work_certificate_index" on "community_worker" ("social_work_certificate");`);
    this.addSql(`create index "community_worker_monthly_salary_index" on "community_worker" ("monthly_salary");`);
    this.addSql(`create index "community_worker_hired_on_index" on "community_worker" ("hired_on");`);
    this.addSql(`create index "community_worker_status_index" on "community_worker" ("status");`);

    this.addSql(`create table "performance_review" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "deleted_at" timestamptz null, "worker_id" uuid not null, "year" int not null, "score" double precision not null, "grade" text check ("grade" in ('EXCELLENT', 'COMPETENT', 'BASIC', 'INCOMPETENT')) not null, "comments" text null, constraint "performance_review_pkey" primary key ("id"));`);
    this.addSql(`create index "performance_review_created_at_index" on "performance_review" ("created_at");`);
    this.addSql(`create index "performance_review_updated_at_index" on "performance_review" ("updated_at");`);
    this.addSql(`create index "performance_review_deleted_at_index" on "performance_review" ("deleted_at");`);
    this.addSql(`create index "performance_review_worker_id_index" on "performance_review" ("worker_id");`);
    this.addSql(`create index "performance_review_year_index" on "performance_review" ("year");`);
    this.addSql(`create index "performance_review_score_index" on "performance_review" ("score");`);
    this.addSql(`create index "performance_review_grade_index" on "performance_review" ("grade");`);

    this.addSql(`create table "party_organization" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "deleted_at" timestamptz null, "name" varchar(100) not null, "kind" text check ("kind" in ('COMMITTEE', 'GENERAL_BRANCH', 'BRANCH')) not null, "parent_id" uuid null, "community_id" uuid null, "service_center_id" uuid null, "secretary_id" uuid null, "founded_on" date null, constraint "party_organization_pkey" primary key ("id"), constraint party_organization_one_owner_check check (num_nonnulls(community_id, service_center_id) = 1));`);
    this.addSql(`create index "party_organization_created_at_index" on "party_organization" ("created_at");`);
    this.addSql(`create index "party_organization_updated_at_index" on "party_organization" ("updated_at");`);
    this.addSql(`create index "party_organization_deleted_at_index" on "party_organization" ("deleted_at");`);
    this.addSql(`create index "party_organization_name_index" on "party_organization" ("name");`);
    this.addSql(`create index "party_organization_kind_index" on "party_organization" ("kind");`);
    this.addSql(`create index "party_organization_parent_id_index" on "party_organization" ("parent_id");`);
    this.addSql(`create index "party_organization_community_id_index" on "party_organization" ("community_id");`);
    this.addSql(`create index "party_organization_service_center_id_index" on "party_organization" ("service_center_id");`);
    this.addSql(`create index "party_organization_secretary_id_index" on "party_organization" ("secretary_id");`);
    this.addSql(`create index "party_organization_founded_on_index" on "party_organization" ("founded_on");`);

    this.addSql(`create table "party_member" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "deleted_at" timestamptz null, "organization_id" uuid not null, "name" varchar(50) not null, "gender" text check ("gender" in ('MALE', 'FEMALE')) null, "joined_on" date null, "status" text check ("status" in ('FULL', 'PROBATIONARY')) not null default 'FULL', "phone" varchar(20) null, "id_number" varchar(18) null, constraint "party_member_pkey" primary key ("id"));`);
    this.addSql(`create index "party_member_created_at_index" on "party_member" ("created_at");`);
    this.addSql(`create index "party_member_updated_at_index" on "party_member" ("updated_at");`);
    this.addSql(`create index "party_member_deleted_at_index" on "party_member" ("deleted_at");`);
    this.addSql(`create index "party_member_organization_id_index" on "party_member" ("organization_id");`);
    this.addSql(`create index "party_member_name_index" on "party_member" ("name");`);
    this.addSql(`create index "party_member_gender_index" on "party_member" ("gender");`);
    this.addSql(`create index "party_member_joined_on_index" on "party_member" ("joined_on");`);
    this.addSql(`create index "party_member_status_index" on "party_member" ("status");`);
    this.addSql(`create index "party_member_phone_index" on "party_member" ("phone");`);
    this.addSql(`create index "party_member_id_number_index" on "party_member" ("id_number");`);

    this.addSql(`create table "duty_assignment" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "deleted_at" timestamptz null, "duty_item_id" uuid not null, "community_id" uuid null, "service_center_id" uuid null, "accountable_worker_id" uuid null, "assigned_on" date not null, "status" text check ("status" in ('ACTIVE', 'WITHDRAWN')) not null default 'ACTIVE', constraint "duty_assignment_pkey" primary key ("id"), constraint duty_assignment_one_assignee_check check (num_nonnulls(community_id, service_center_id) = 1));`);
    this.addSql(`create index "duty_assignment_created_at_index" on "duty_assignment" ("created_at");`);
    this.addSql(`create index "duty_assignment_updated_at_index" on "duty_assignment" ("updated_at");`);
    this.addSql(`create index "duty_assignment_deleted_at_index" on "duty_assignment" ("deleted_at");`);
    this.addSql(`create index "duty_assignment_duty_item_id_index" on "duty_assignment" ("duty_item_id");`);
    this.addSql(`create index "duty_assignment_community_id_index" on "duty_assignment" ("community_id");`);
    this.addSql(`create index "duty_assignment_service_center_id_index" on "duty_assignment" ("service_center_id");`);
    this.addSql(`create index "duty_assignment_accountable_worker_id_index" on "duty_assignment" ("accountable_worker_id");`);
    this.addSql(`create index "duty_assignment_assigned_on_index" on "duty_assignment" ("assigned_on");`);
    this.addSql(`create index "duty_assignment_status_index" on "duty_assignment" ("status");`);

    this.addSql(`create table "social_organization" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "deleted_at" timestamptz null, "community_id" uuid not null, "name" varchar(100) not null, "category" text check ("category" in ('ELDERLY_CARE', 'CHILD_YOUTH', 'VOLUNTEER', 'CULTURE_SPORTS', 'MEDIATION', 'CHARITY', 'OTHER')) not null, "registration" text check ("registration" in ('REGISTERED', 'FILED', 'UNREGISTERED')) not null default 'UNREGISTERED', "stage" text check ("stage" in ('INCUBATING', 'GROWING', 'MATURE')) not null default 'INCUBATING', "member_count" int null, "founded_on" date null, "contact_name" varchar(50) null, "contact_phone" varchar(20) null, constraint "social_organization_pkey" primary key ("id"));`);
    this.addSql(`create index "social_organization_created_at_index" on "social_organization" ("created_at");`);
    this.addSql(`create index "social_organization_updated_at_index" on "social_organization" ("updated_at");`);
    this.addSql(`create index "social_organization_deleted_at_index" on "social_organization" ("deleted_at");`);
    this.addSql(`create index "social_organization_community_id_index" on "social_organization" ("community_id");`);
    this.addSql(`create index "social_organization_name_index" on "social_organization" ("name");`);
    this.addSql(`create index "social_organization_category_index" on "social_organization" ("category");`);
    this.addSql(`create index "social_organization_registration_index" on "social_organization" ("registration");`);
    this.addSql(`create index "social_organization_stage_index" on "social_organization" ("stage");`);
    this.addSql(`create index "social_organization_member_count_index" on "social_organization" ("member_count");`);
    this.addSql(`create index "social_organization_founded_on_index" on "social_organization" ("founded_on");`);
    this.addSql(`create index "social_organization_contact_name_index" on "social_organization" ("contact_name");`);
    this.addSql(`create index "social_organization_contact_phone_index" on "social_organization" ("contact_phone");`);

    this.addSql(`create table "community_activity" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "deleted_at" timestamptz null, "community_id" uuid not null, "organizer_id" uuid null, "title" varchar(200) not null, "category" text check ("category" in ('PUBLICITY', 'CULTURE', 'VOLUNTEER', 'TRAINING', 'OTHER')) not null, "held_on" date not null, "participant_count" int not null, constraint "community_activity_pkey" primary key ("id"));`);
    this.addSql(`create index "community_activity_created_at_index" on "community_activity" ("created_at");`);
    this.addSql(`create index "community_activity_updated_at_index" on "community_activity" ("updated_at");`);
    this.addSql(`create index "community_activity_deleted_at_index" on "community_activity" ("deleted_at");`);
    this.addSql(`create index "community_activity_community_id_index" on "community_activity" ("community_id");`);
    this.addSql(`create index "community_activity_organizer_id_index" on "community_activity" ("organizer_id");`);
    this.addSql(`create index "community_activity_title_index" on "community_activity" ("title");`);
    this.addSql(`create index "community_activity_category_index" on "community_activity" ("category");`);
    this.addSql(`create index "community_activity_held_on_index" on "community_activity" ("held_on");`);
    this.addSql(`create index "community_activity_participant_count_index" on "community_activity" ("participant_count");`);

    this.addSql(`create table "budget_line" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "deleted_at" timestamptz null, "community_id" uuid null, "service_center_id" uuid null, "fiscal_year" int not null, "direction" text check ("direction" in ('INCOME', 'EXPENDITURE')) not null, "source" text check ("source" in ('FISCAL_APPROPRIATION', 'HIGHER_LEVEL_TRANSFER', 'SOCIAL_DONATION', 'SERVICE_REVENUE', 'OTHER')) null, "category" text check ("category" in ('STAFF', 'OFFICE_FACILITIES', 'ACTIVITIES', 'TRAINING', 'SOCIAL_ORG_SUPPORT', 'DUTY_FUNDING', 'OTHER')) null, "amount" numeric(14,2) not null, "description" varchar(500) null, "duty_assignment_id" uuid null, "social_organization_id" uuid null, "status" text check ("status" in ('PLANNED', 'APPROVED', 'SPENT')) not null default 'PLANNED', "approved_by" varchar(100) null, "approved_at" timestamptz null, constraint "budget_line_pkey" primary key ("id"), constraint budget_line_one_owner_check check (num_nonnulls(community_id, service_center_id) = 1), constraint budget_line_amount_positive_check check (amount > 0));`);
    this.addSql(`create index "budget_line_created_at_index" on "budget_line" ("created_at");`);
    this.addSql(`create index "budget_line_updated_at_index" on "budget_line" ("updated_at");`);
    this.addSql(`create index "budget_line_deleted_at_index" on "budget_line" ("deleted_at");`);
    this.addSql(`create index "budget_line_community_id_index" on "budget_line" ("community_id");`);
    this.addSql(`create index "budget_line_service_center_id_index" on "budget_line" ("service_center_id");`);
    this.addSql(`create index "budget_line_fiscal_year_index" on "budget_line" ("fiscal_year");`);
    this.addSql(`create index "budget_line_direction_index" on "budget_line" ("direction");`);
    this.addSql(`create index "budget_line_source_index" on "budget_line" ("source");`);
    this.addSql(`create index "budget_line_category_index" on "budget_line" ("category");`);
    this.addSql(`create index "budget_line_amount_index" on "budget_line" ("amount");`);
    this.addSql(`create index "budget_line_description_index" on "budget_line" ("description");`);
    this.addSql(`create index "budget_line_duty_assignment_id_index" on "budget_line" ("duty_assignment_id");`);
    this.addSql(`create index "budget_line_social_organization_id_index" on "budget_line" ("social_organization_id");`);
    this.addSql(`create index "budget_line_status_index" on "budget_line" ("status");`);
    this.addSql(`create index "budget_line_approved_by_index" on "budget_line" ("approved_by");`);
    this.addSql(`create index "budget_line_approved_at_index" on "budget_line" ("approved_at");`);

    this.addSql(`create table "training_record" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "deleted_at" timestamptz null, "worker_id" uuid not null, "course" varchar(200) not null, "provider" varchar(100) null, "hours" double precision not null, "completed_on" date not null, constraint "training_record_pkey" primary key ("id"));`);
    this.addSql(`create index "training_record_created_at_index" on "training_record" ("created_at");`);
    this.addSql(`create index "training_record_updated_at_index" on "training_record" ("updated_at");`);
    this.addSql(`create index "training_record_deleted_at_index" on "training_record" ("deleted_at");`);
    this.addSql(`create index "training_record_worker_id_index" on "training_record" ("worker_id");`);
    this.addSql(`create index "training_record_course_index" on "training_record" ("course");`);
    this.addSql(`create index "training_record_provider_index" on "training_record" ("provider");`);
    this.addSql(`create index "training_record_hours_index" on "training_record" ("hours");`);
    this.addSql(`create index "training_record_completed_on_index" on "training_record" ("completed_on");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "deleted_at" timestamptz null, "email" varchar(200) not null, "display_name" varchar(200) not null, "password_hash" varchar(300) not null, "role" text check ("role" in ('ADMIN', 'CENTER_ADMIN', 'COMMUNITY_STAFF', 'AUDITOR')) not null, "service_center_id" uuid null, "community_id" uuid null, "active" boolean not null default true, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`create index "app_user_created_at_index" on "app_user" ("created_at");`);
    this.addSql(`create index "app_user_updated_at_index" on "app_user" ("updated_at");`);
    this.addSql(`create index "app_user_deleted_at_index" on "app_user" ("deleted_at");`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);
    this.addSql(`create index "app_user_service_center_id_index" on "app_user" ("service_center_id");`);
    this.addSql(`create index "app_user_community_id_index" on "app_user" ("community_id");`);

    this.addSql(`alter table "community" add constraint "community_service_center_id_foreign" foreign key ("service_center_id") references "service_center" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "council_meeting" add constraint "council_meeting_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "compound" add constraint "compound_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "community_worker" add constraint "community_worker_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "performance_review" add constraint "performance_review_worker_id_foreign" foreign key ("worker_id") references "community_worker" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "party_organization" add constraint "party_organization_parent_id_foreign" foreign key ("parent_id") references "party_organization" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "party_organization" add constraint "party_organization_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "party_organization" add constraint "party_organization_service_center_id_foreign" foreign key ("service_center_id") references "service_center" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "party_organization" add constraint "party_organization_secretary_id_foreign" foreign key ("secretary_id") references "community_worker" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "party_member" add constraint "party_member_organization_id_foreign" foreign key ("organization_id") references "party_organization" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "duty_assignment" add constraint "duty_assignment_duty_item_id_foreign" foreign key ("duty_item_id") references "duty_item" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "duty_assignment" add constraint "duty_assignment_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "duty_assignment" add constraint "duty_assignment_service_center_id_foreign" foreign key ("service_center_id") references "service_center" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "duty_assignment" add constraint "duty_assignment_accountable_worker_id_foreign" foreign key ("accountable_worker_id") references "community_worker" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "social_organization" add constraint "social_organization_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "community_activity" add constraint "community_activity_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "community_activity" add constraint "community_activity_organizer_id_foreign" foreign key ("organizer_id") references "social_organization" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "budget_line" add constraint "budget_line_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "budget_line" add constraint "budget_line_service_center_id_foreign" foreign key ("service_center_id") references "service_center" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "budget_line" add constraint "budget_line_duty_assignment_id_foreign" foreign key ("duty_assignment_id") references "duty_assignment" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "budget_line" add constraint "budget_line_social_organization_id_foreign" foreign key ("social_organization_id") references "social_organization" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "training_record" add constraint "training_record_worker_id_foreign" foreign key ("worker_id") references "community_worker" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "app_user" add constraint "app_user_service_center_id_foreign" foreign key ("service_center_id") references "service_center" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "app_user" add constraint "app_user_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "duty_assignment" drop constraint "duty_assignment_duty_item_id_foreign";`);

    this.addSql(`alter table "community" drop constraint "community_service_center_id_foreign";`);

    this.addSql(`alter table "party_organization" drop constraint "party_organization_service_center_id_foreign";`);

    this.addSql(`alter table "duty_assignment" drop constraint "duty_assignment_service_center_id_foreign";`);

    this.addSql(`alter table "budget_line" drop constraint "budget_line_service_center_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_service_center_id_foreign";`);

    this.addSql(`alter table "council_meeting" drop constraint "council_meeting_community_id_foreign";`);

    this.addSql(`alter table "compound" drop constraint "compound_community_id_foreign";`);

    this.addSql(`alter table "community_worker" drop constraint "community_worker_community_id_foreign";`);

    this.addSql(`alter table "party_organization" drop constraint "party_organization_community_id_foreign";`);

    this.addSql(`alter table "duty_assignment" drop constraint "duty_assignment_community_id_foreign";`);

    this.addSql(`alter table "social_organization" drop constraint "social_organization_community_id_foreign";`);

    this.addSql(`alter table "community_activity" drop constraint "community_activity_community_id_foreign";`);

    this.addSql(`alter table "budget_line" drop constraint "budget_line_community_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_community_id_foreign";`);

    this.addSql(`alter table "performance_review" drop constraint "performance_review_worker_id_foreign";`);

    this.addSql(`alter table "party_organization" drop constraint "party_organization_secretary_id_foreign";`);

    this.addSql(`alter table "duty_assignment" drop constraint "duty_assignment_accountable_worker_id_foreign";`);

    this.addSql(`alter table "training_record" drop constraint "training_record_worker_id_foreign";`);

    this.addSql(`alter table "party_organization" drop constraint "party_organization_parent_id_foreign";`);

    this.addSql(`alter table "party_member" drop constraint "party_member_organization_id_foreign";`);

    this.addSql(`alter table "budget_line" drop constraint "budget_line_duty_assignment_id_foreign";`);

    this.addSql(`alter table "community_activity" drop constraint "community_activity_organizer_id_foreign";`);

    this.addSql(`alter table "budget_line" drop constraint "budget_line_social_organization_id_foreign";`);

    this.addSql(`drop table if exists "duty_item" cascade;`);

    this.addSql(`drop table if exists "service_center" cascade;`);

    this.addSql(`drop table if exists "community" cascade;`);

    this.addSql(`drop table if exists "council_meeting" cascade;`);

    this.addSql(`drop table if exists "compound" cascade;`);

    this.addSql(`drop table if exists "community_worker" cascade;`);

    this.addSql(`drop table if exists "performance_review" cascade;`);

    this.addSql(`drop table if exists "party_organization" cascade;`);

    this.addSql(`drop table if exists "party_member" cascade;`);

    this.addSql(`drop table if exists "duty_assignment" cascade;`);

    this.addSql(`drop table if exists "social_organization" cascade;`);

    this.addSql(`drop table if exists "community_activity" cascade;`);

    this.addSql(`drop table if exists "budget_line" cascade;`);

    this.addSql(`drop table if exists "training_record" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);
  }

}
