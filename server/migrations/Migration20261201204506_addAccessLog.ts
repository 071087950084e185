import { Migration } from '@mikro-orm/migrations';

export class Migration20261201204506_addAccessLog extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "access_log_entry" ("id" bigserial primary key, "at" timestamptz not null, "actor_kind" varchar(20) not null, "actor_id" varchar(64) null, "actor_name" varchar(200) null, "role" varchar(20) not null, "record_type" varchar(60) not null, "record_id" varchar(64) not null, "field" varchar(60) not null, "purpose" text check ("purpose" in ('VERIFY_IDENTITY', 'CONTACT_PERSON', 'HANDLE_MATTER', 'CORRECT_RECORD', 'AUDIT_CHECK')) not null, "request_id" varchar(100) null);`);
    this.addSql(`create index "access_log_entry_at_index" on "access_log_entry" ("at");`);
    this.addSql(`create index "access_log_entry_actor_id_index" on "access_log_entry" ("actor_id");`);
    this.addSql(`create index "access_log_entry_record_type_record_id_index" on "access_log_entry" ("record_type", "record_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "access_log_entry" cascade;`);
  }

}
