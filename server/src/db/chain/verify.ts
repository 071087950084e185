import pg from 'pg';
import { GENESIS_HASH, quoteIdent, type ChainedTable, type ChainSql } from './chained-table';
import type { AnchorFile, ChainHead } from './heads';

/** What is wrong at the first broken link. */
export type ChainFault =
  /** The entry's content no longer hashes to its hash: edited in place. */
  | 'content changed'
  /** The entry's prev_hash is not the previous entry's hash: the previous entry was rewritten (or moved). */
  | 'link broken'
  /** Seqs are missing before this entry: entries were deleted. */
  | 'gap'
  /** audit_chain_head does not name the last entry: the tail was deleted, or the head was changed. */
  | 'head mismatch'
  /** The chain no longer holds an anchor's hash at its seq: rewritten or truncated since the anchor. */
  | 'anchor mismatch'
  /** An entry the trigger never chained (no seq): inserted while it was off. */
  | 'unchained entry'
  /** The table's chain_row trigger is missing, off, or hashes other columns than the registry says. */
  | 'trigger mismatch';

export interface ChainBreak {
  fault: ChainFault;
  /** The entry the fault shows at (null when it is about the chain as a whole). */
  seq: number | null;
  id: string | null;
  detail: string;
}

export interface ChainReport {
  chain: string;
  table: string;
  /** Entries walked (all of them when the chain is intact). */
  entries: number;
  head: { seq: number; hash: string };
  /** The first broken link, or null: the chain is intact. */
  broken: ChainBreak | null;
  /** Anchors whose hash the chain still holds at their seq. */
  anchorsChecked: number;
}

export interface VerifyOptions {
  /** Anchors written earlier by `npm run audit:anchor`: the chain must still hold their hashes. */
  anchors?: AnchorFile[];
  /** Entries read per statement (the walk never holds more than this many). */
  batchSize?: number;
}

/** One line for a report: the summary of an intact chain, or where and how it is broken. */
export function describeReport(r: ChainReport): string {
  if (!r.broken) {
    const anchored = r.anchorsChecked ? `, ${r.anchorsChecked} anchor${r.anchorsChecked > 1 ? 's' : ''} held` : '';
    return `${r.chain} chain intact: ${r.entries} entries, head ${r.head.hash}${anchored}`;
  }
  const seq = r.broken.seq !== null ? ` at seq ${r.broken.seq}` : '';
  const entry = r.broken.id !== null ? ` id ${r.broken.id}` : '';
  return `${r.chain} chain broken${seq} (${r.table}${entry}): ${r.broken.fault}: ${r.broken.detail}`;
}

/**
 * Walks every chained table in seq order inside one read-only snapshot (entries committed
 * meanwhile are not seen, and the head read at the end is that snapshot's), recomputing each
 * entry's hash with the same SQL functions the trigger uses, and reports each chain's first
 * broken link. Streams in batches by seq (the unique index): memory stays flat for any size.
 */
export async function verifyChains(url: string, tables: readonly ChainedTable[], options: VerifyOptions = {}): Promise<ChainReport[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const sql: ChainSql = async <T>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as T[];
  try {
    await client.query('begin isolation level repeatable read read only');
    const anchors = (options.anchors ?? []).flatMap((a) => a.chains);
    const unknown = anchors.filter((a) => !tables.some((t) => t.chain === a.chain));
    if (unknown.length) throw new Error(`The anchor names chains that are not registered: ${unknown.map((a) => a.chain).join(', ')}`);
    const reports: ChainReport[] = [];
    for (const t of tables)
      reports.push(
        await verifyTable(
          sql,
          t,
          anchors.filter((a) => a.chain === t.chain),
          options.batchSize ?? 5000,
        ),
      );
    await client.query('commit');
    return reports;
  } finally {
    await client.end();
  }
}

async function verifyTable(sql: ChainSql, t: ChainedTable, anchors: ChainHead[], batchSize: number): Promise<ChainReport> {
  const report: ChainReport = {
    chain: t.chain,
    table: t.table,
    entries: 0,
    head: { seq: 0, hash: GENESIS_HASH },
    broken: null,
    anchorsChecked: 0,
  };
  const fail = (broken: ChainBreak) => ({ ...report, broken });
  const table = quoteIdent(t.table);
  const id = quoteIdent(t.idColumn);

  const trigger = await triggerFault(sql, t);
  if (trigger) return fail({ fault: 'trigger mismatch', seq: null, id: null, detail: trigger });
  const [loose] = await sql<{ id: string }>(
    `select ${id}::text as id from ${table} where seq is null or hash is null or prev_hash is null limit 1`,
  );
  if (loose)
    return fail({
      fault: 'unchained entry',
      seq: null,
      id: loose.id,
      detail: `entry ${loose.id} has no seq or hash: it was inserted with the trigger off`,
    });

  let prev = { seq: 0, hash: GENESIS_HASH, id: null as string | null };
  for (;;) {
    const rows = await sql<{ id: string; seq: string; prev_hash: string; hash: string; recomputed: string }>(
      `select ${id}::text as id, seq::text as seq, prev_hash, hash, chain_hash(prev_hash, seq, chain_content(t, $1::text[])) as recomputed
       from ${table} t where t.seq > $2 order by t.seq limit $3`,
      [t.content, prev.seq, batchSize],
    );
    for (const row of rows) {
      const seq = Number(row.seq);
      const at = { seq, id: row.id };
      if (seq !== prev.seq + 1) {
        const missing = seq === prev.seq + 2 ? `seq ${prev.seq + 1} is` : `seqs ${prev.seq + 1} to ${seq - 1} are`;
        return fail({ ...at, fault: 'gap', detail: `${missing} missing before it: entries were deleted` });
      }
      if (row.recomputed !== row.hash)
        return fail({
          ...at,
          fault: 'content changed',
          detail: `its content hashes to ${row.recomputed}, its stored hash is ${row.hash}: the entry was edited`,
        });
      if (row.prev_hash !== prev.hash) {
        const before = prev.id ? `entry seq ${prev.seq} (id ${prev.id}) has hash ${prev.hash}` : `the chain starts from ${GENESIS_HASH}`;
        return fail({
          ...at,
          fault: 'link broken',
          detail: `its prev_hash is ${row.prev_hash}, but ${before}: the entry before it was rewritten`,
        });
      }
      prev = { seq, hash: row.hash, id: row.id };
      report.entries++;
    }
    if (rows.length < batchSize) break;
  }
  report.head = { seq: prev.seq, hash: prev.hash };

  const [head] = await sql<{ seq: string; hash: string }>('select seq::text as seq, hash from audit_chain_head where chain = $1', [
    t.chain,
  ]);
  const headSeq = head ? Number(head.seq) : 0;
  const headHash = head?.hash ?? GENESIS_HASH;
  if (headSeq !== prev.seq || headHash !== prev.hash)
    return fail({
      fault: 'head mismatch',
      seq: prev.seq || null,
      id: prev.id,
      detail: `audit_chain_head says seq ${headSeq} hash ${headHash}, the last entry is seq ${prev.seq} hash ${prev.hash}${
        headSeq > prev.seq ? ': entries at the end were deleted' : ''
      }`,
    });

  for (const a of anchors) {
    if (a.seq === 0) {
      report.anchorsChecked++;
      continue;
    }
    const [held] = await sql<{ id: string; hash: string }>(`select ${id}::text as id, hash from ${table} where seq = $1`, [a.seq]);
    if (!held)
      return fail({
        fault: 'anchor mismatch',
        seq: a.seq,
        id: null,
        detail: `the anchor of ${a.at} has seq ${a.seq} hash ${a.hash}, but the chain ends at seq ${prev.seq}: it was truncated`,
      });
    if (held.hash !== a.hash)
      return fail({
        fault: 'anchor mismatch',
        seq: a.seq,
        id: held.id,
        detail: `the anchor of ${a.at} has hash ${a.hash} at this seq, the chain holds ${held.hash}: the chain was rewritten since`,
      });
    report.anchorsChecked++;
  }
  return report;
}

/** Why the table's two chain triggers are not what the registry says (null: they are). */
async function triggerFault(sql: ChainSql, t: ChainedTable): Promise<string | null> {
  const triggers = await sql<{ name: string; fn: string; enabled: string; type: number; deferred: boolean; args: Buffer }>(
    `select tg.tgname as name, p.proname as fn, tg.tgenabled as enabled, tg.tgtype::int as type,
            tg.tgdeferrable and tg.tginitdeferred as deferred, tg.tgargs as args
     from pg_trigger tg join pg_proc p on p.oid = tg.tgfoid
     where tg.tgrelid = to_regclass($1) and p.proname in ('chain_pending', 'chain_row') and not tg.tgisinternal`,
    [quoteIdent(t.table)],
  );
  // tgtype bits: 1 row, 2 before, 4 insert.
  const expected = [
    { fn: 'chain_pending', type: 7, deferred: false, what: 'BEFORE INSERT ... FOR EACH ROW', args: [t.chain] },
    {
      fn: 'chain_row',
      type: 5,
      deferred: true,
      what: 'AFTER INSERT ... DEFERRABLE INITIALLY DEFERRED FOR EACH ROW',
      args: [t.chain, t.idColumn, ...t.content],
    },
  ];
  for (const e of expected) {
    const found = triggers.filter((tg) => tg.fn === e.fn);
    if (found.length !== 1) return `${t.table} has ${found.length} ${e.fn} triggers, expected one`;
    const [tg] = found;
    if ((tg.type & 7) !== e.type || tg.deferred !== e.deferred) return `trigger ${tg.name} is not a ${e.what} trigger`;
    if (tg.enabled === 'D') return `trigger ${tg.name} is disabled: entries inserted meanwhile are not chained`;
    const args = tg.args.toString('utf8').split('\0').slice(0, -1);
    if (args.join(',') !== e.args.join(','))
      return `trigger ${tg.name} takes (${args.join(', ')}), the registry says (${e.args.join(', ')})`;
  }
  return null;
}
