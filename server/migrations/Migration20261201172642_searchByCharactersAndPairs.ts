import { Migration } from '@mikro-orm/migrations';

export class Migration20261201172642_searchByCharactersAndPairs extends Migration {

  override async up(): Promise<void> {
    // Search by characters (issue 19) through indexes: the display column gets a trigram index as
    // the pinyin columns have, and a pairs column (every two adjacent characters of the display and
    // its pinyin) answers two-character searches, which make no trigram. The pairs start empty:
    // server/src/db/search-backfill.ts fills them after migrating, as it did the pinyin.
    this.addSql(`alter table "duty_item" add column "title_pairs" text[] null;`);
    this.addSql(`create index "duty_item_title_trgm" on "duty_item" using gin ("title" gin_trgm_ops);`);
    this.addSql(`create index "duty_item_title_pairs_gin" on "duty_item" using gin ("title_pairs");`);

    this.addSql(`alter table "service_center" add column "name_pairs" text[] null;`);
    this.addSql(`create index "service_center_name_trgm" on "service_center" using gin ("name" gin_trgm_ops);`);
    this.addSql(`create index "service_center_name_pairs_gin" on "service_center" using gin ("name_pairs");`);

    this.addSql(`alter table "community" add column "name_pairs" text[] null;`);
    this.addSql(`create index "community_name_trgm" on "community" using gin ("name" gin_trgm_ops);`);
    this.addSql(`create index "community_name_pairs_gin" on "community" using gin ("name_pairs");`);

    this.addSql(`alter table "council_meeting" add column "topic_pairs" text[] null;`);
    this.addSql(`create index "council_meeting_topic_trgm" on "council_meeting" using gin ("topic" gin_trgm_ops);`);
    this.addSql(`create index "council_meeting_topic_pairs_gin" on "council_meeting" using gin ("topic_pairs");`);

    this.addSql(`alter table "compound" add column "name_pairs" text[] null;`);
    this.addSql(`create index "compound_name_trgm" on "compound" using gin ("name" gin_trgm_ops);`);
    this.addSql(`create index "compound_name_pairs_gin" on "compound" using gin ("name_pairs");`);

    this.addSql(`alter table "community_worker" add column "name_pairs" text[] null;`);
    this.addSql(`create index "community_worker_name_trgm" on "community_worker" using gin ("name" gin_trgm_ops);`);
    this.addSql(`create index "community_worker_name_pairs_gin" on "community_worker" using gin ("name_pairs");`);

    this.addSql(`alter table "party_organization" add column "name_pairs" text[] null;`);
    this.addSql(`create index "party_organization_name_trgm" on "party_organization" using gin ("name" gin_trgm_ops);`);
    this.addSql(`create index "party_organization_name_pairs_gin" on "party_organization" using gin ("name_pairs");`);

    this.addSql(`alter table "party_member" add column "name_pairs" text[] null;`);
    this.addSql(`create index "party_member_name_trgm" on "party_member" using gin ("name" gin_trgm_ops);`);
    this.addSql(`create index "party_member_name_pairs_gin" on "party_member" using gin ("name_pairs");`);

    this.addSql(`alter table "social_organization" add column "name_pairs" text[] null;`);
    this.addSql(`create index "social_organization_name_trgm" on "social_organization" using gin ("name" gin_trgm_ops);`);
    this.addSql(`create index "social_organization_name_pairs_gin" on "social_organization" using gin ("name_pairs");`);

    this.addSql(`alter table "community_activity" add column "title_pairs" text[] null;`);
    this.addSql(`create index "community_activity_title_trgm" on "community_activity" using gin ("title" gin_trgm_ops);`);
    this.addSql(`create index "community_activity_title_pairs_gin" on "community_activity" using gin ("title_pairs");`);

    this.addSql(`alter table "budget_line" add column "description_pairs" text[] null;`);
    this.addSql(`create index "budget_line_description_trgm" on "budget_line" using gin ("description" gin_trgm_ops);`);
    this.addSql(`create index "budget_line_description_pairs_gin" on "budget_line" using gin ("description_pairs");`);

    this.addSql(`alter table "training_record" add column "course_pairs" text[] null;`);
    this.addSql(`create index "training_record_course_trgm" on "training_record" using gin ("course" gin_trgm_ops);`);
    this.addSql(`create index "training_record_course_pairs_gin" on "training_record" using gin ("course_pairs");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "budget_line_description_trgm";`);
    this.addSql(`drop index "budget_line_description_pairs_gin";`);
    this.addSql(`alter table "budget_line" drop column "description_pairs";`);

    this.addSql(`drop index "community_name_trgm";`);
    this.addSql(`drop index "community_name_pairs_gin";`);
    this.addSql(`alter table "community" drop column "name_pairs";`);

    this.addSql(`drop index "community_activity_title_trgm";`);
    this.addSql(`drop index "community_activity_title_pairs_gin";`);
    this.addSql(`alter table "community_activity" drop column "title_pairs";`);

    this.addSql(`drop index "community_worker_name_trgm";`);
    this.addSql(`drop index "community_worker_name_pairs_gin";`);
    this.addSql(`alter table "community_worker" drop column "name_pairs";`);

    this.addSql(`drop index "compound_name_trgm";`);
    this.addSql(`drop index "compound_name_pairs_gin";`);
    this.addSql(`alter table "compound" drop column "name_pairs";`);

    this.addSql(`drop index "council_meeting_topic_trgm";`);
    this.addSql(`drop index "council_meeting_topic_pairs_gin";`);
    this.addSql(`alter table "council_meeting" drop column "topic_pairs";`);

    this.addSql(`drop index "duty_item_title_trgm";`);
    this.addSql(`drop index "duty_item_title_pairs_gin";`);
    this.addSql(`alter table "duty_item" drop column "title_pairs";`);

    this.addSql(`drop index "party_member_name_trgm";`);
    this.addSql(`drop index "party_member_name_pairs_gin";`);
    this.addSql(`alter table "party_member" drop column "name_pairs";`);

    this.addSql(`drop index "party_organization_name_trgm";`);
    this.addSql(`drop index "party_organization_name_pairs_gin";`);
    this.addSql(`alter table "party_organization" drop column "name_pairs";`);

    this.addSql(`drop index "service_center_name_trgm";`);
    this.addSql(`drop index "service_center_name_pairs_gin";`);
    this.addSql(`alter table "service_center" drop column "name_pairs";`);

    this.addSql(`drop index "social_organization_name_trgm";`);
    this.addSql(`drop index "social_organization_name_pairs_gin";`);
    this.addSql(`alter table "social_organization" drop column "name_pairs";`);

    this.addSql(`drop index "training_record_course_trgm";`);
    this.addSql(`drop index "training_record_course_pairs_gin";`);
    this.addSql(`alter table "training_record" drop column "course_pairs";`);
  }

}
