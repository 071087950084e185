import { Entity, Property } from '@mikro-orm/core';
import { BaseRecord } from '../../core/base/base-record';

/**
 * A partner application's key (brief "API keys"). Only the sha256 of the key is
 * kept: the key itself is shown once, when ADMIN creates it.
 */
@Entity({ tableName: 'api_key' })
export class ApiKey extends BaseRecord {
  @Property({ type: 'string', length: 100 })
  name!: string;

  /** sha256 hex of the key. */
  @Property({ type: 'string', length: 64, unique: true, hidden: true })
  keyHash!: string;

  /** First 8 characters of the key, so a person can recognise it. */
  @Property({ type: 'string', length: 8 })
  keyPrefix!: string;

  /** community:read, duty:read, budget:read, org:read, people:read. */
  @Property({ type: 'text[]' })
  scopes: string[] = [];

  @Property({ type: 'datetime', nullable: true })
  expiresAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date | null;

  /** Hashes of the trusted documents this key may run; null = any document. */
  @Property({ type: 'text[]', nullable: true })
  allowedDocuments?: string[] | null;
}
