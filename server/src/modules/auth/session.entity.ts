import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from './user.entity';

/**
 * One login: the `sid` of its token. A token is honoured only while its session
 * has not ended, so logout, a password change, a role or binding change and a
 * deactivation end tokens at once, on every server process (the state is here,
 * in PostgreSQL, not in any process's memory).
 */
@Entity({ tableName: 'app_session' })
export class Session {
  [OptionalProps]?: 'createdAt' | 'endedAt' | 'endReason';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  /** The token's own expiry: after it the row is only kept until the user's next login prunes it. */
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  endedAt?: Date | null;

  /** LOGOUT, PASSWORD_CHANGED, PASSWORD_RESET, ROLE_CHANGED or DEACTIVATED. */
  @Property({ type: 'string', length: 30, nullable: true })
  endReason?: string | null;
}
