/**
 * Hash-chained tables (issue 20: a log an administrator cannot quietly rewrite).
 *
 * Each row of a chained table carries `seq` (1, 2, 3, ... without gaps), `prev_hash` (the
 * previous row's hash, 64 zeros for the first) and `hash`:
 *
 *   hash = sha256_hex(prev_hash || ':' || seq || ':' || chain_content(row, content columns))
 *
 * where chain_content is the JSON array of the content columns' values as PostgreSQL's jsonb
 * text writes it (object keys sorted), timestamps in UTC. The SQL functions `chain_content` and
 * `chain_hash` define it (migration ..._auditChain); db/chain/verify.ts recomputes with them, so
 * there is one definition. Two triggers keep the chain, whatever the statement (ORM, plain SQL):
 * `chain_pending` before each insert clears the three columns and counts the entry, and
 * `chain_row`, deferred to the commit, chains the transaction's entries in insert order: the
 * first locks the chain's row in `audit_chain_head` (to the end of the commit), the last writes
 * it. Writers run side by side and queue only at their commits; the migration says why.
 *
 * To chain another table (e.g. the access log, in its own chain `access`):
 *  1. its entity gets the three columns, as AuditEntry has them (seq bigint unique, prev_hash and
 *     hash varchar(64), nullable for the ORM plus the check that they are set); then two lines in
 *     the migration that `npm run migration:create` made:
 *       create trigger "access_log_chain_pending" before insert on "access_log" for each row
 *         execute function "chain_pending"('access');
 *       create constraint trigger "access_log_chain" after insert on "access_log"
 *         deferrable initially deferred for each row
 *         execute function "chain_row"('access', 'id', 'at', 'actor_id', ...content columns);
 *     (rows already in the table: chain them as the audit migration does, or start it empty).
 *  2. one entry in the registry (modules/audit/chained-tables.ts) with the same chain name and
 *     columns: verify and anchor walk it; test/audit/chain.test.ts checks the two agree.
 * Content columns are listed, never the whole row: a column added later must not change old
 * hashes. Never rename or drop a content column (the trigger would refuse every insert).
 */
export interface ChainedTable {
  /** The table, e.g. audit_entry. */
  table: string;
  /** The chain's name (letters, digits, _: it also names a setting): the triggers' first argument, the key of its audit_chain_head row. */
  chain: string;
  /** The primary key column: the trigger's second argument (it updates the row by it) and the id in reports. */
  idColumn: string;
  /** The content columns, in the order they are hashed: chain_row's other arguments. */
  content: readonly string[];
}

/** prev_hash of a chain's first row. */
export const GENESIS_HASH = '0'.repeat(64);

/** Runs one SQL statement ($1, $2 parameters) and gives its rows: a pg client or the ORM's connection. */
export type ChainSql = <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>;

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
