import { Migration } from '@mikro-orm/migrations';

export class Migration20261201112536_sessions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "login_throttle" ("key" varchar(255) not null, "failures" int not null, "last_failure_at" timestamptz not null, "locked_until" timestamptz null, constraint "login_throttle_pkey" primary key ("key"));`);
    this.addSql(`create index "login_throttle_last_failure_at_index" on "login_throttle" ("last_failure_at");`);

    this.addSql(`create table "app_session" ("id" uuid not null, "user_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "ended_at" timestamptz null, "end_reason" varchar(30) null, constraint "app_session_pkey" primary key ("id"));`);
    this.addSql(`create index "app_session_user_id_index" on "app_session" ("user_id");`);

    this.addSql(`alter table "app_session" add constraint "app_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "login_throttle" cascade;`);

    this.addSql(`drop table if exists "app_session" cascade;`);
  }

}
