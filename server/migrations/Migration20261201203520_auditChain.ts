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
    // The triggers. chain_row('<chain>', '<column>', ...), before insert, for each row, sets the
    // entry's seq, prev_hash and hash. The first entry of a transaction locks the chain's head row
    // (SELECT ... FOR UPDATE) and it stays locked to the transaction's end: concurrent writers
    // queue only from their first entry's insert to their commit. The head as this transaction
    // moved it is kept in a transaction-local setting, and chain_head_write('<chain>'), a
    // constraint trigger deferred to the commit, writes it to the head row once. (Updating the
    // head row for every entry made one row version per entry in one transaction, and each
    // update had to walk all of them: 100,000 entries in one import did not finish in 10 minutes.)
    // A rolled-back write, or savepoint, takes its entries, its lock and the setting with it: no gap.
    this.addSql(`create function "chain_row"() returns trigger language plpgsql as $$
declare
  chain_name text := tg_argv[0];
  content text := chain_content(new, tg_argv[1:]);
  setting text := 'chain_head.' || chain_name;
  cached text[] := string_to_array(nullif(current_setting(setting, true), ''), ':');
  head_seq bigint;
  head_hash text;
begin
  if cached[1] is not distinct from txid_current()::text then
    head_seq := cached[2]::bigint;
    head_hash := cached[3];
  else
    select seq, hash into head_seq, head_hash from audit_chain_head where chain = chain_name for update;
    if not found then
      insert into audit_chain_head (chain, seq, hash) values (chain_name, 0, '${GENESIS}') on conflict (chain) do nothing;
      select seq, hash into head_seq, head_hash from audit_chain_head where chain = chain_name for update;
    end if;
  end if;
  new.seq := head_seq + 1;
  new.prev_hash := head_hash;
  new.hash := chain_hash(head_hash, new.seq, content);
  perform set_config(setting, txid_current()::text || ':' || new.seq::text || ':' || new.hash, true);
  return new;
end $$;`);
    this.addSql(`create function "chain_head_write"() returns trigger language plpgsql as $$
declare
  cached text[] := string_to_array(nullif(current_setting('chain_head.' || tg_argv[0], true), ''), ':');
begin
  -- Fired once per entry at the commit; only the first finds the head behind.
  if cached[1] is not distinct from txid_current()::text then
    update audit_chain_head set seq = cached[2]::bigint, hash = cached[3]
      where chain = tg_argv[0] and seq <> cached[2]::bigint;
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
    this.addSql(`create trigger "audit_entry_chain" before insert on "audit_entry" for each row execute function "chain_row"('audit', ${AUDIT_CONTENT.map((c) => `'${c}'`).join(', ')});`);
    this.addSql(`create constraint trigger "audit_entry_chain_head" after insert on "audit_entry" deferrable initially deferred for each row execute function "chain_head_write"('audit');`);
    this.addSql(`alter table "audit_entry" add constraint audit_entry_chained check(seq is not null and prev_hash is not null and hash is not null);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "audit_entry_chain_head" on "audit_entry";`);
    this.addSql(`drop trigger if exists "audit_entry_chain" on "audit_entry";`);
    this.addSql(`drop function if exists "chain_head_write"();`);
    this.addSql(`drop function if exists "chain_row"();`);
    this.addSql(`drop function if exists "chain_hash"(text, bigint, text);`);
    this.addSql(`drop function if exists "chain_content"(anyelement, text[]);`);
    this.addSql(`drop table if exists "audit_chain_head" cascade;`);

    this.addSql(`alter table "audit_entry" drop constraint "audit_entry_seq_unique";`);
    this.addSql(`alter table "audit_entry" drop constraint audit_entry_chained;`);
    this.addSql(`alter table "audit_entry" drop column "seq", drop column "prev_hash", drop column "hash";`);
  }

}
