import { Migration } from '@mikro-orm/migrations';

export class Migration20261201173254_addPublishedReports extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "published_report" ("id" uuid not null, "year" int not null, "scope" varchar(36) not null, "scope_name" text not null, "revision" int not null, "supersedes_id" uuid null, "title" text not null, "as_of" date not null, "data_as_of" timestamptz not null, "published_at" timestamptz not null, "thresholds" jsonb not null, "figures" jsonb not null, constraint "published_report_pkey" primary key ("id"));`);
    this.addSql(`create index "published_report_scope_index" on "published_report" ("scope");`);
    this.addSql(`alter table "published_report" add constraint "published_report_supersedes_id_unique" unique ("supersedes_id");`);
    this.addSql(`create index "published_report_published_at_index" on "published_report" ("published_at");`);
    this.addSql(`alter table "published_report" add constraint "published_report_year_scope_revision_unique" unique ("year", "scope", "revision");`);

    this.addSql(`create table "published_report_file" ("id" uuid not null, "report_id" uuid not null, "format" varchar(20) not null, "mime_type" varchar(100) not null, "file_name" varchar(100) not null, "content" bytea not null, "byte_size" int not null, "sha256" varchar(64) not null, constraint "published_report_file_pkey" primary key ("id"));`);
    this.addSql(`alter table "published_report_file" add constraint "published_report_file_report_id_format_unique" unique ("report_id", "format");`);

    this.addSql(`alter table "published_report_file" add constraint "published_report_file_report_id_foreign" foreign key ("report_id") references "published_report" ("id") on update cascade;`);

    // Publications are kept unchanged forever (issue 18): the database itself refuses to change or
    // delete a row, whatever the client. A new version is a new row that supersedes the old one.
    // Row triggers do not fire on TRUNCATE, which db:restore and seed --reset use to empty tables.
    this.addSql(`create function "published_report_immutable"() returns trigger language plpgsql as $$
begin
  raise exception 'a published report is never changed or deleted (%): publish a new version instead', tg_table_name
    using errcode = 'restrict_violation';
end $$;`);
    this.addSql(`create trigger "published_report_immutable" before update or delete on "published_report" for each row execute function "published_report_immutable"();`);
    this.addSql(`create trigger "published_report_file_immutable" before update or delete on "published_report_file" for each row execute function "published_report_immutable"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "published_report_file" drop constraint "published_report_file_report_id_foreign";`);

    this.addSql(`drop table if exists "published_report" cascade;`);

    this.addSql(`drop table if exists "published_report_file" cascade;`);

    this.addSql(`drop function if exists "published_report_immutable"();`);
  }

}
