import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The head of each hash chain (db/chain/chained-table.ts): its last seq and hash. One row per
 * chain, written only by the chain triggers at a commit: the committing transaction's first
 * entry locks it (FOR UPDATE) to the end of the commit, its last writes it. Concurrent writers
 * queue here, and only at their commits. A chain without entries has no row (the first makes it).
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
