import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The head of each hash chain (db/chain/chained-table.ts): its last seq and hash. One row per
 * chain, written only by the chain triggers. A transaction's first entry locks it (FOR UPDATE)
 * until the commit, where the transaction's last seq and hash are written to it once: concurrent
 * writers queue here, and only from their first entry to their commit. A chain without entries
 * has no row (the trigger makes it with the first entry).
 */
@Entity({ tableName: 'audit_chain_head' })
export class AuditChainHead {
  @PrimaryKey({ type: 'text' })
  chain!: string;

  @Property({ type: 'bigint' })
  seq!: string;

  @Property({ type: 'string', length: 64 })
  hash!: string;
}
