import { randomUUID } from 'node:crypto';
import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../scalars';

/**
 * What every record has (api-contract "Types and operations"): a UUID id, an
 * optimistic-lock version, timestamps, and deletedAt for soft delete.
 */
@Entity({ abstract: true })
@ObjectType()
export abstract class BaseRecord {
  /** Set by the database or the ORM: not needed to create a record. */
  [OptionalProps]?: 'id' | 'version' | 'createdAt' | 'updatedAt' | 'deletedAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Identifier (标识)' })
  id: string = randomUUID();

  @Property({ type: 'integer', version: true })
  @Field(() => Int, { description: 'Version (版本) for optimistic locking: pass it back as expectedVersion when updating' })
  version!: number;

  @Index()
  @Property({ type: 'datetime' })
  @Field(() => DateTimeScalar, { description: 'When the record was created (创建时间)' })
  createdAt: Date = new Date();

  @Index()
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  @Field(() => DateTimeScalar, { description: 'When the record was last changed (更新时间)' })
  updatedAt: Date = new Date();

  @Index()
  @Property({ type: 'datetime', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the record was deleted (删除时间); null while it is live' })
  deletedAt?: Date | null;
}
