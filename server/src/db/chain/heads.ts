import { GENESIS_HASH, type ChainedTable, type ChainSql } from './chained-table';

/** A chain's head at one moment: what an anchor keeps, off the database host. */
export interface ChainHead {
  chain: string;
  table: string;
  /** The last entry's seq (0: no entry yet). */
  seq: number;
  hash: string;
  /** When the head was read (the database's clock, UTC). */
  at: string;
}

/** The anchor file `npm run audit:anchor` writes and `audit:verify --anchor` reads. */
export interface AnchorFile {
  format: typeof ANCHOR_FORMAT;
  version: 1;
  at: string;
  chains: ChainHead[];
}

export const ANCHOR_FORMAT = 'governance-audit-anchor';

/** The head of every registered chain, read from audit_chain_head in one statement (one moment). */
export async function chainHeads(sql: ChainSql, tables: readonly ChainedTable[]): Promise<ChainHead[]> {
  const rows = await sql<{ chain: string; seq: string | null; hash: string | null; at: string }>(
    `select c.chain, h.seq::text as seq, h.hash, to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at
     from jsonb_array_elements_text($1::jsonb) as c(chain) left join audit_chain_head h on h.chain = c.chain`,
    // JSON, not an array parameter: knex (the ORM's runner) would spread an array into a list.
    [JSON.stringify(tables.map((t) => t.chain))],
  );
  return tables.map((t) => {
    const row = rows.find((r) => r.chain === t.chain)!;
    return { chain: t.chain, table: t.table, seq: Number(row.seq ?? 0), hash: row.hash ?? GENESIS_HASH, at: row.at };
  });
}

export function anchorFile(heads: ChainHead[]): AnchorFile {
  return { format: ANCHOR_FORMAT, version: 1, at: heads[0]?.at ?? new Date().toISOString(), chains: heads };
}

/** Reads an anchor file's JSON, refusing anything else with what is wrong. */
export function parseAnchor(text: string, source: string): AnchorFile {
  let data: Partial<AnchorFile>;
  try {
    data = JSON.parse(text) as Partial<AnchorFile>;
  } catch {
    throw new Error(`${source} is not JSON: not an anchor written by npm run audit:anchor`);
  }
  if (data.format !== ANCHOR_FORMAT || !Array.isArray(data.chains))
    throw new Error(`${source} is not an anchor written by npm run audit:anchor (format ${ANCHOR_FORMAT})`);
  for (const c of data.chains) {
    if (typeof c.chain !== 'string' || !Number.isSafeInteger(c.seq) || c.seq < 0 || !/^[0-9a-f]{64}$/.test(String(c.hash)))
      throw new Error(`${source}: a chain entry needs chain, seq (a whole number) and hash (64 hex digits), got ${JSON.stringify(c)}`);
  }
  return data as AnchorFile;
}
