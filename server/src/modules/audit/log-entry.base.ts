import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * What an entry of either log has (the audit log, the access log): its number, when, who,
 * and its place in the log's hash chain (modules/audit/chained-tables.ts). The chain columns
 * are set by the database's chain triggers when the inserting transaction commits, whatever
 * the statement; what a client sends for them is dropped. `npm run audit:verify` checks them.
 */
@Entity({ abstract: true })
export abstract class LogEntry {
  /** Increasing: the log's order and its cursor. */
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Index()
  @Property({ type: 'datetime' })
  at: Date = new Date();

  /** user, partner, anonymous (system for retention's anonymisation). */
  @Property({ type: 'string', length: 20 })
  actorKind!: string;

  /** User id or API key id. */
  @Index()
  @Property({ type: 'string', length: 64, nullable: true })
  actorId?: string | null;

  /** E-mail of the user (or the e-mail tried, for a failed login) or the key's name. */
  @Property({ type: 'string', length: 200, nullable: true })
  actorName?: string | null;

  /** ADMIN, CENTER_ADMIN, COMMUNITY_STAFF, AUDITOR, PARTNER or ANONYMOUS. */
  @Property({ type: 'string', length: 20 })
  role!: string;

  /** Position in the chain, from 1, without gaps (null until the entry's transaction commits). */
  @Unique()
  @Property({ type: 'bigint', nullable: true })
  seq?: string | null;

  /** The previous entry's hash (64 zeros for the first), SHA-256 hex. */
  @Property({ type: 'string', length: 64, nullable: true })
  prevHash?: string | null;

  /** SHA-256 hex of prevHash, seq and this entry's content columns (db/chain/chained-table.ts). */
  @Property({ type: 'string', length: 64, nullable: true })
  hash?: string | null;
}
