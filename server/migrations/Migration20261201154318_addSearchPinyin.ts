import { Migration } from '@mikro-orm/migrations';

export class Migration20261201154318_addSearchPinyin extends Migration {

  override async up(): Promise<void> {
    // Trigram indexes for pinyin search (issue 19). pg_trgm ships with PostgreSQL (the embedded one
    // included) and is a trusted extension: the database owner may create it, no superuser needed.
    // The columns start empty: pinyin cannot be computed in SQL, so server/src/db/search-backfill.ts
    // fills them after migrating (at start and after a restore).
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`alter table "duty_item" add column "title_pinyin" text null, add column "title_initials" text null;`);
    this.addSql(`create index "duty_item_title_pinyin_trgm" on "duty_item" using gin ("title_pinyin" gin_trgm_ops);`);
    this.addSql(`create index "duty_item_title_initials_trgm" on "duty_item" using gin ("title_initials" gin_trgm_ops);`);

    this.addSql(`alter table "service_center" add column "name_pinyin" text null, add column "name_initials" text null;`);
    this.addSql(`create index "service_center_name_pinyin_trgm" on "service_center" using gin ("name_pinyin" gin_trgm_ops);`);
    this.addSql(`create index "service_center_name_initials_trgm" on "service_center" using gin ("name_initials" gin_trgm_ops);`);

    this.addSql(`alter table "community" add column "name_pinyin" text null, add column "name_initials" text null;`);
    this.addSql(`create index "community_name_pinyin_trgm" on "community" using gin ("name_pinyin" gin_trgm_ops);`);
    this.addSql(`create index "community_name_initials_trgm" on "community" using gin ("name_initials" gin_trgm_ops);`);

    this.addSql(`alter table "council_meeting" add column "topic_pinyin" text null, add column "topic_initials" text null;`);
    this.addSql(`create index "council_meeting_topic_pinyin_trgm" on "council_meeting" using gin ("topic_pinyin" gin_trgm_ops);`);
    this.addSql(`create index "council_meeting_topic_initials_trgm" on "council_meeting" using gin ("topic_initials" gin_trgm_ops);`);

    this.addSql(`alter table "compound" add column "name_pinyin" text null, add column "name_initials" text null;`);
    this.addSql(`create index "compound_name_pinyin_trgm" on "compound" using gin ("name_pinyin" gin_trgm_ops);`);
    this.addSql(`create index "compound_name_initials_trgm" on "compound" using gin ("name_initials" gin_trgm_ops);`);

    this.addSql(`alter table "community_worker" add column "name_pinyin" text null, add column "name_initials" text null;`);
    this.addSql(`create index "community_worker_name_pinyin_trgm" on "community_worker" using gin ("name_pinyin" gin_trgm_ops);`);
    this.addSql(`create index "community_worker_name_initials_trgm" on "community_worker" using gin ("name_initials" gin_trgm_ops);`);

    this.addSql(`alter table "party_organization" add column "name_pinyin" text null, add column "name_initials" text null;`);
    this.addSql(`create index "party_organization_name_pinyin_trgm" on "party_organization" using gin ("name_pinyin" gin_trgm_ops);`);
    this.addSql(`create index "party_organization_name_initials_trgm" on "party_organization" using gin ("name_initials" gin_trgm_ops);`);

    this.addSql(`alter table "party_member" add column "name_pinyin" text null, add column "name_initials" text null;`);
    this.addSql(`create index "party_member_name_pinyin_trgm" on "party_member" using gin ("name_pinyin" gin_trgm_ops);`);
    this.addSql(`create index "party_member_name_initials_trgm" on "party_member" using gin ("name_initials" gin_trgm_ops);`);

    this.addSql(`alter table "social_organization" add column "name_pinyin" text null, add column "name_initials" text null;`);
    this.addSql(`create index "social_organization_name_pinyin_trgm" on "social_organization" using gin ("name_pinyin" gin_trgm_ops);`);
    this.addSql(`create index "social_organization_name_initials_trgm" on "social_organization" using gin ("name_initials" gin_trgm_ops);`);

    this.addSql(`alter table "community_activity" add column "title_pinyin" text null, add column "title_initials" text null;`);
    this.addSql(`create index "community_activity_title_pinyin_trgm" on "community_activity" using gin ("title_pinyin" gin_trgm_ops);`);
    this.addSql(`create index "community_activity_title_initials_trgm" on "community_activity" using gin ("title_initials" gin_trgm_ops);`);

    this.addSql(`alter table "budget_line" add column "description_pinyin" text null, add column "description_initials" text null;`);
    this.addSql(`create index "budget_line_description_pinyin_trgm" on "budget_line" using gin ("description_pinyin" gin_trgm_ops);`);
    this.addSql(`create index "budget_line_description_initials_trgm" on "budget_line" using gin ("description_initials" gin_trgm_ops);`);

    this.addSql(`alter table "training_record" add column "course_pinyin" text null, add column "course_initials" text null;`);
    this.addSql(`create index "training_record_course_pinyin_trgm" on "training_record" using gin ("course_pinyin" gin_trgm_ops);`);
    this.addSql(`create index "training_record_course_initials_trgm" on "training_record" using gin ("course_initials" gin_trgm_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "budget_line_description_pinyin_trgm";`);
    this.addSql(`drop index "budget_line_description_initials_trgm";`);
    this.addSql(`alter table "budget_line" drop column "description_pinyin", drop column "description_initials";`);

    this.addSql(`drop index "community_name_pinyin_trgm";`);
    this.addSql(`drop index "community_name_initials_trgm";`);
    this.addSql(`alter table "community" drop column "name_pinyin", drop column "name_initials";`);

    this.addSql(`drop index "community_activity_title_pinyin_trgm";`);
    this.addSql(`drop index "community_activity_title_initials_trgm";`);
    this.addSql(`alter table "community_activity" drop column "title_pinyin", drop column "title_initials";`);

    this.addSql(`drop index "community_worker_name_pinyin_trgm";`);
    this.addSql(`drop index "community_worker_name_initials_trgm";`);
    this.addSql(`alter table "community_worker" drop column "name_pinyin", drop column "name_initials";`);

    this.addSql(`drop index "compound_name_pinyin_trgm";`);
    this.addSql(`drop index "compound_name_initials_trgm";`);
    this.addSql(`alter table "compound" drop column "name_pinyin", drop column "name_initials";`);

    this.addSql(`drop index "council_meeting_topic_pinyin_trgm";`);
    this.addSql(`drop index "council_meeting_topic_initials_trgm";`);
    this.addSql(`alter table "council_meeting" drop column "topic_pinyin", drop column "topic_initials";`);

    this.addSql(`drop index "duty_item_title_pinyin_trgm";`);
    this.addSql(`drop index "duty_item_title_initials_trgm";`);
    this.addSql(`alter table "duty_item" drop column "title_pinyin", drop column "title_initials";`);

    this.addSql(`drop index "party_member_name_pinyin_trgm";`);
    this.addSql(`drop index "party_member_name_initials_trgm";`);
    this.addSql(`alter table "party_member" drop column "name_pinyin", drop column "name_initials";`);

    this.addSql(`drop index "party_organization_name_pinyin_trgm";`);
    this.addSql(`drop index "party_organization_name_initials_trgm";`);
    this.addSql(`alter table "party_organization" drop column "name_pinyin", drop column "name_initials";`);

    this.addSql(`drop index "service_center_name_pinyin_trgm";`);
    this.addSql(`drop index "service_center_name_initials_trgm";`);
    this.addSql(`alter table "service_center" drop column "name_pinyin", drop column "name_initials";`);

    this.addSql(`drop index "social_organization_name_pinyin_trgm";`);
    this.addSql(`drop index "social_organization_name_initials_trgm";`);
    this.addSql(`alter table "social_organization" drop column "name_pinyin", drop column "name_initials";`);

    this.addSql(`drop index "training_record_course_pinyin_trgm";`);
    this.addSql(`drop index "training_record_course_initials_trgm";`);
    this.addSql(`alter table "training_record" drop column "course_pinyin", drop column "course_initials";`);
  }

}
