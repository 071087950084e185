import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The head of each hash chain (db/chain/chained-table.ts): its last seq and hash. One row per
 * chain, written only by the `chain_row` trigger, which locks it from an entry's insert to its
 * transaction's end: concurrent writers queue here, and only for that last moment of their write.
 * A chain without entries has no row (the trigger makes it with the first entry).
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
