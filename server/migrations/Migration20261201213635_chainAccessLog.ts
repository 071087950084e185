import { Migration } from '@mikro-orm/migrations';

/**
 * The access log joins the hash chain (its own chain `access`, db/chain/chained-table.ts), with
 * the content columns written out here as in the audit chain's migration: the same list is
 * the trigger's argument and the registry entry (modules/audit/chained-tables.ts).
 */
const ACCESS_CONTENT = ['at', 'actor_kind', 'actor_id', 'actor_name', 'role', 'record_type', 'record_id', 'field', 'purpose', 'request_id'];
const GENESIS = '0'.repeat(64);

export class Migration20261201213635_chainAccessLog extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "access_log_entry" add column "seq" bigint null, add column "prev_hash" varchar(64) null, add column "hash" varchar(64) null;`);
    this.addSql(`alter table "access_log_entry" add constraint "access_log_entry_seq_unique" unique ("seq");`);
    // Entries from before: chained in id order, as the trigger would have.
    const cols = `array[${ACCESS_CONTENT.map((c) => `'${c}'`).join(', ')}]`;
    this.addSql(`do $$
declare
  r record;
  n bigint := 0;
  prev text := '${GENESIS}';
begin
  for r in select id, chain_content(t, ${cols}) as content from access_log_entry t order by id loop
    n := n + 1;
    update access_log_entry set seq = n, prev_hash = prev, hash = chain_hash(prev, n, r.content) where id = r.id returning hash into prev;
  end loop;
  if n > 0 then
    insert into audit_chain_head (chain, seq, hash) values ('access', n, prev);
  end if;
end $$;`);
    this.addSql(`create trigger "access_log_entry_chain_pending" before insert on "access_log_entry" for each row execute function "chain_pending"('access');`);
    this.addSql(
      `create constraint trigger "access_log_entry_chain" after insert on "access_log_entry" deferrable initially deferred for each row execute function "chain_row"('access', 'id', ${ACCESS_CONTENT.map((c) => `'${c}'`).join(', ')});`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "access_log_entry_chain" on "access_log_entry";`);
    this.addSql(`drop trigger if exists "access_log_entry_chain_pending" on "access_log_entry";`);
    this.addSql(`delete from audit_chain_head where chain = 'access';`);
    this.addSql(`alter table "access_log_entry" drop constraint "access_log_entry_seq_unique";`);
    this.addSql(`alter table "access_log_entry" drop column "seq", drop column "prev_hash", drop column "hash";`);
  }

}
