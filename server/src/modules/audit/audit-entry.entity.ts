import { Entity, Index, Property } from '@mikro-orm/core';
import { LogEntry } from './log-entry.base';

/** The action of retention's anonymisation in place (modules/retention): no version from before it may be restored. */
export const ANONYMISE_ACTION = 'ANONYMISE';

/** One field's value before and after a write, JSON-encoded. */
export interface AuditChange {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * One line of the audit log: a record write (written in the write's own
 * transaction) or an account event (login, failed login, API key, user changes).
 * Append-only: nothing updates or deletes these rows.
 *
 * Hash-chained (the chain `audit`, modules/audit/chained-tables.ts): the database's chain
 * triggers set `seq`, `prevHash` and `hash` when the inserting transaction commits, whatever
 * the statement; what a client sends for them is dropped. `npm run audit:verify` checks them.
 */
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['recordType', 'recordId'] })
export class AuditEntry extends LogEntry {
  /** CREATE, UPDATE, DELETE, RESTORE, REVERT, LOGIN, LOGIN_FAILED, API_KEY_CREATED, ... */
  @Index()
  @Property({ type: 'string', length: 30 })
  action!: string;

  @Property({ type: 'string', length: 60, nullable: true })
  recordType?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  recordId?: string | null;

  /** The record's version after the write. */
  @Property({ type: 'integer', nullable: true })
  version?: number | null;

  @Property({ type: 'json' })
  changes: AuditChange[] = [];

  /** All the record's values after the write: what a revert to this version puts back. Never sent to clients. */
  @Property({ type: 'json', nullable: true, hidden: true })
  snapshot?: Record<string, unknown> | null;
}
