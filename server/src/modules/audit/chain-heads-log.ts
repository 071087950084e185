import type { MikroORM } from '@mikro-orm/postgresql';
import { chainHeads, type ChainHead } from '../../db/chain/heads';
import { CHAINED_TABLES } from './chained-tables';

/** The one line the server logs at start-up: every chain's head, so the log itself keeps anchors. */
export const chainHeadsLine = (heads: ChainHead[]) =>
  `audit chain heads: ${heads.map((h) => `${h.chain} seq ${h.seq} hash ${h.hash}`).join('; ')} (at ${heads[0]?.at ?? 'start'})`;

/** Reads the heads of every registered chain through the ORM's connection and logs them. */
export async function logChainHeads(orm: MikroORM, log: (line: string) => void = console.info): Promise<ChainHead[]> {
  const knex = orm.em.getKnex();
  const heads = await chainHeads(
    async (sql, params) => ((await knex.raw(sql.replace(/\$(\d+)/g, '?'), (params ?? []) as never[])) as { rows: never[] }).rows,
    CHAINED_TABLES,
  );
  log(chainHeadsLine(heads));
  return heads;
}
