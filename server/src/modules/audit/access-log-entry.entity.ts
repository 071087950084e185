import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { LogEntry } from './log-entry.base';
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
export class AccessLogEntry extends LogEntry {
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
}
