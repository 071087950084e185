import { Migration } from '@mikro-orm/migrations';

/**
 * The audit log's content columns, in the order they are hashed. Written out here, not read
 * from server/src: a migration stays what it was when it ran. The same list is the trigger's
 * argument and the registry entry of modules/audit/chained-tables.ts (a test compares them).
 */
const AUDIT_CONTENT = ['at', 'actor_kind', 'actor_id', 'actor_name', 'role', 'action', 'record_type', 'record_id', 'version', 'changes', 'snapshot'];
const GENESIS = '0'.repeat(64);

export class Migration20261201203520_auditChain extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_chain_head" ("chain" text not null, "seq" bigint not null, "hash" varchar(64) not null, constraint "audit_chain_head_pkey" primary key ("chain"));`);

    this.addSql(`alter table "audit_entry" add column "seq" bigint null, add column "prev_hash" varchar(64) null, add column "hash" varchar(64) null;`);
    this.addSql(`alter table "audit_entry" add constraint "audit_entry_seq_unique" unique ("seq");`);

    // Tamper-evident logs (issue 20), generic over tables: server/src/db/chain/chained-table.ts
    // says what these functions compute and how another table is chained.
    //
    // The canonical content of a row: a JSON array of the listed columns' values, as jsonb text
    // (keys of objects sorted, fixed spacing). Only the listed columns, so a column added to the
    // table later changes no hash. The settings that shape value output are fixed for the call:
    // timestamps in UTC (ISO 8601, as PostgreSQL's JSON writes them), intervals, floats.
    this.addSql(`create function "chain_content"(r anyelement, cols text[]) returns text
  language plpgsql stable
  set timezone = 'UTC' set intervalstyle = 'iso_8601' set extra_float_digits = 1
as $$
declare
  j jsonb := to_jsonb(r);
  out jsonb := '[]'::jsonb;
  c text;
begin
  foreach c in array cols loop
    if not j ? c then
      raise exception 'chain_content: % has no column "%"', pg_typeof(r), c using errcode = 'undefined_column';
    end if;
    out := out || jsonb_build_array(j -> c);
  end loop;
  return out::text;
end $$;`);
    // An entry's hash: SHA-256 of the previous hash (64 hex digits), its seq and its content.
    this.addSql(`create function "chain_hash"(prev_hash text, seq bigint, content text) returns text
  language sql immutable parallel safe
as $$ select encode(sha256(convert_to(prev_hash || ':' || seq::text || ':' || content, 'UTF8')), 'hex') $$;`);
    // The triggers. An entry is chained when its transaction commits, not when it is inserted:
    // a write that goes on after its first audit line (a bulk restore, an import: one line per
    // record) must not hold the chain's head meanwhile, or it deadlocks with a write that locked
    // one of its records first and then waits for the head. So:
    //  - chain_pending('<chain>'), before insert, for each row: clears seq and hashes (what the
    //    client sent is not kept) and counts the transaction's entries still to chain;
    //  - chain_row('<chain>', '<id column>', '<content column>', ...), a constraint trigger
    //    deferred to the commit, for each row in insert order: the transaction's first entry
    //    locks the chain's head row (SELECT ... FOR UPDATE) to the end of the commit, each entry
    //    gets seq, prev_hash and hash, and the last writes the head row, once (the head so far is
    //    kept in a transaction-local setting: updating the head row for every entry made one row
    //    version per entry, each update walking all earlier ones, and 100,000 entries in one
    //    transaction did not finish in 10 minutes).
    // Concurrent writers queue only at their commits. A rolled-back write, or savepoint, takes its
    // entries, their pending events and the settings with it: no gap.
    this.addSql(`create function "chain_pending"() returns trigger language plpgsql as $$
declare
  setting text := 'chain_pending.' || tg_argv[0];
  pending text[] := string_to_array(nullif(current_setting(setting, true), ''), ':');
  n bigint := case when pending[1] is not distinct from txid_current()::text then pending[2]::bigint else 0 end;
begin
  new.seq := null;
  new.prev_hash := null;
  new.hash := null;
  perform set_config(setting, txid_current()::text || ':' || (n + 1)::text, true);
  return new;
end $$;`);
    this.addSql(`create function "chain_row"() returns trigger language plpgsql as $$
declare
  chain_name text := tg_argv[0];
  head_setting text := 'chain_head.' || chain_name;
  pending_setting text := 'chain_pending.' || chain_name;
  head text[] := string_to_array(nullif(current_setting(head_setting, true), ''), ':');
  pending text[] := string_to_array(nullif(current_setting(pending_setting, true), ''), ':');
  xid text := txid_current()::text;
  head_seq bigint;
  head_hash text;
  entry_hash text;
begin
  if head[1] is not distinct from xid then
    head_seq := head[2]::bigint;
    head_hash := head[3];
  else
    select seq, hash into head_seq, head_hash from audit_chain_head where chain = chain_name for update;
    if not found then
      insert into audit_chain_head (chain, seq, hash) values (chain_name, 0, '${GENESIS}') on conflict (chain) do nothing;
      select seq, hash into head_seq, head_hash from audit_chain_head where chain = chain_name for update;
    end if;
  end if;
  head_seq := head_seq + 1;
  entry_hash := chain_hash(head_hash, head_seq, chain_content(new, tg_argv[2:]));
  execute format('update %s set seq = $1, prev_hash = $2, hash = $3 where %I = ($4).%I', tg_relid::regclass, tg_argv[1], tg_argv[1])
    using head_seq, head_hash, entry_hash, new;
  perform set_config(head_setting, xid || ':' || head_seq::text || ':' || entry_hash, true);
  if pending[1] is distinct from xid or pending[2]::bigint <= 1 then
    update audit_chain_head set seq = head_seq, hash = entry_hash where chain = chain_name;
    perform set_config(pending_setting, '', true);
  else
    perform set_config(pending_setting, xid || ':' || (pending[2]::bigint - 1)::text, true);
  end if;
  return null;
end $$;`);

    // Entries from before the chain: chained in id order (the log's order), as the trigger would have.
    const cols = `array[${AUDIT_CONTENT.map((c) => `'${c}'`).join(', ')}]`;
    this.addSql(`do $$
declare
  r record;
  n bigint := 0;
  prev text := '${GENESIS}';
begin
  for r in select id, chain_content(t, ${cols}) as content from audit_entry t order by id loop
    n := n + 1;
    update audit_entry set seq = n, prev_hash = prev, hash = chain_hash(prev, n, r.content) where id = r.id returning hash into prev;
  end loop;
  if n > 0 then
    insert into audit_chain_head (chain, seq, hash) values ('audit', n, prev);
  end if;
end $$;`);
    this.addSql(`create trigger "audit_entry_chain_pending" before insert on "audit_entry" for each row execute function "chain_pending"('audit');`);
    this.addSql(`create constraint trigger "audit_entry_chain" after insert on "audit_entry" deferrable initially deferred for each row execute function "chain_row"('audit', 'id', ${AUDIT_CONTENT.map((c) => `'${c}'`).join(', ')});`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "audit_entry_chain" on "audit_entry";`);
    this.addSql(`drop trigger if exists "audit_entry_chain_pending" on "audit_entry";`);
    this.addSql(`drop function if exists "chain_pending"();`);
    this.addSql(`drop function if exists "chain_row"();`);
    this.addSql(`drop function if exists "chain_hash"(text, bigint, text);`);
    this.addSql(`drop function if exists "chain_content"(anyelement, text[]);`);
    this.addSql(`drop table if exists "audit_chain_head" cascade;`);

    this.addSql(`alter table "audit_entry" drop constraint "audit_entry_seq_unique";`);
    this.addSql(`alter table "audit_entry" drop column "seq", drop column "prev_hash", drop column "hash";`);
  }

}
