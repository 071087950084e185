import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { RevealPurpose, type RevealPurposeKey } from '../../core/access/reveal';

/**
 * One clear read of a masked field (every RESTRICTED field is masked) (个人信息访问记录, PIPL): who read which field
 * of which record, when, why and in which request. Written by the field guard's reads
 * (core/access/clear-reads.ts) before the answer leaves; append-only like the audit log, in
 * the same database, read by AUDITOR only. Hash-chained like the audit log, in its own chain
 * `access` (modules/audit/chained-tables.ts): an entry removed or edited in the database is found
 * by `npm run audit:verify`.
 */
@Entity({ tableName: 'access_log_entry' })
@Index({ properties: ['recordType', 'recordId'] })
export class AccessLogEntry {
  /** Increasing: the log's order and its cursor. */
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Index()
  @Property({ type: 'datetime' })
  at: Date = new Date();

  /** user or partner (anonymous callers read no logged field). */
  @Property({ type: 'string', length: 20 })
  actorKind!: string;

  @Index()
  @Property({ type: 'string', length: 64, nullable: true })
  actorId?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  actorName?: string | null;

  @Property({ type: 'string', length: 20 })
  role!: string;

  @Property({ type: 'string', length: 60 })
  recordType!: string;

  @Property({ type: 'string', length: 64 })
  recordId!: string;

  @Property({ type: 'string', length: 60 })
  field!: string;

  /** Why it was revealed (`@reveal(purpose:)`): the only way a masked field reads clear. */
  @Enum({ items: RevealPurpose.keys })
  purpose!: RevealPurposeKey;

  /** The request's id (x-request-id), to find the request in the server's logs. */
  @Property({ type: 'string', length: 100, nullable: true })
  requestId?: string | null;

  /** Position in the chain `access`, from 1, without gaps (set by the chain triggers at commit, as on AuditEntry). */
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
