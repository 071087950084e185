import { Migration } from '@mikro-orm/migrations';

export class Migration20261125085200_auth extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "api_key" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "deleted_at" timestamptz null, "name" varchar(100) not null, "key_hash" varchar(64) not null, "key_prefix" varchar(8) not null, "scopes" text[] not null, "expires_at" timestamptz null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, "allowed_documents" text[] null, constraint "api_key_pkey" primary key ("id"));`);
    this.addSql(`create index "api_key_created_at_index" on "api_key" ("created_at");`);
    this.addSql(`create index "api_key_updated_at_index" on "api_key" ("updated_at");`);
    this.addSql(`create index "api_key_deleted_at_index" on "api_key" ("deleted_at");`);
    this.addSql(`alter table "api_key" add constraint "api_key_key_hash_unique" unique ("key_hash");`);

    this.addSql(`create table "audit_entry" ("id" bigserial primary key, "at" timestamptz not null, "actor_kind" varchar(20) not null, "actor_id" varchar(64) null, "actor_name" varchar(200) null, "role" varchar(20) not null, "action" varchar(30) not null, "record_type" varchar(60) null, "record_id" varchar(64) null, "version" int null, "changes" jsonb not null, "snapshot" jsonb null);`);
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at");`);
    this.addSql(`create index "audit_entry_actor_id_index" on "audit_entry" ("actor_id");`);
    this.addSql(`create index "audit_entry_action_index" on "audit_entry" ("action");`);
    this.addSql(`create index "audit_entry_record_type_record_id_index" on "audit_entry" ("record_type", "record_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "api_key" cascade;`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);
  }

}
