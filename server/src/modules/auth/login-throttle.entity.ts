import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Failed logins of one key (`account:<e-mail tried>` or `address:<client address>`)
 * and the lock they earned. In PostgreSQL, so every server process counts against
 * the same numbers whether or not Redis is configured (modules/auth/login-throttle.ts).
 */
@Entity({ tableName: 'login_throttle' })
export class LoginThrottle {
  @PrimaryKey({ type: 'string', length: 255 })
  key!: string;

  @Property({ type: 'integer' })
  failures!: number;

  /** For forgetting old failures and pruning old rows. */
  @Index()
  @Property({ type: 'datetime' })
  lastFailureAt!: Date;

  /** No attempt for this key is checked before then. */
  @Property({ type: 'datetime', nullable: true })
  lockedUntil?: Date | null;
}
