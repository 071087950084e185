import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseRecord } from '../../core/base/base-record';
import { Community } from '../community/community.entity';
import { ServiceCenter } from '../community/service-center.entity';
import { Role, type RoleName } from './enums';

/**
 * A person who logs in. Not a declared domain record: users are managed by the
 * auth module's own operations and never listed through the generic machinery.
 */
@Entity({ tableName: 'app_user' })
export class User extends BaseRecord {
  @Unique()
  @Property({ type: 'string', length: 200 })
  email!: string;

  @Property({ type: 'string', length: 200 })
  displayName!: string;

  /** scrypt$N$r$p$salt$hash: never the password itself. */
  @Property({ type: 'string', length: 300, hidden: true })
  passwordHash!: string;

  @Enum({ items: Role.keys })
  role!: RoleName;

  @Index()
  @ManyToOne({ entity: () => ServiceCenter, nullable: true, deleteRule: 'restrict' })
  serviceCenter?: ServiceCenter | null;

  @Index()
  @ManyToOne({ entity: () => Community, nullable: true, deleteRule: 'restrict' })
  community?: Community | null;

  @Property({ type: 'boolean', default: true })
  active: boolean = true;
}
