import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../core/scalars';

@ObjectType('ApiKey', { description: "A partner application's API key (接口密钥); the key itself is shown only once, at creation" })
export class ApiKeyView {
  @Field(() => ID, { description: 'Identifier (标识)' })
  id!: string;

  @Field(() => String, { description: 'Name of the partner application (名称)' })
  name!: string;

  @Field(() => String, { description: 'First 8 characters of the key, to recognise it (前缀)' })
  keyPrefix!: string;

  @Field(() => [String], { description: 'Read scopes (读取范围): community:read, duty:read, budget:read, org:read, people:read' })
  scopes!: string[];

  @Field(() => DateTimeScalar, { nullable: true, description: 'Stops working at this instant (过期时间)' })
  expiresAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Revoked at this instant (吊销时间)' })
  revokedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Last request made with it (最近使用)' })
  lastUsedAt!: Date | null;

  @Field(() => DateTimeScalar, { description: 'Created at (创建时间)' })
  createdAt!: Date;

  @Field(() => [String], {
    nullable: true,
    description: 'Hashes of the trusted documents it may run (可信文档白名单); null = any document',
  })
  allowedDocuments!: string[] | null;
}

@ObjectType('ApiKeyCreated', { description: 'A new API key (新密钥): copy `key` now, it is never shown again' })
export class ApiKeyCreated {
  @Field(() => String, { description: 'Send as the X-API-Key header (密钥, 仅显示一次)' })
  key!: string;

  @Field(() => ApiKeyView, { description: 'The stored key, without the key itself (密钥信息)' })
  apiKey!: ApiKeyView;
}

@InputType('ApiKeyInput', { description: 'A new partner API key (新接口密钥)' })
export class ApiKeyInput {
  @Field(() => String, { description: 'Name of the partner application (名称)' })
  name!: string;

  @Field(() => [String], { description: 'Read scopes (读取范围): community:read, duty:read, budget:read, org:read, people:read' })
  scopes!: string[];

  @Field(() => DateTimeScalar, { nullable: true, description: 'Optional expiry (过期时间)' })
  expiresAt?: Date | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Optional: ids ("sha256:<hex>") of registered trusted documents, the only ones it may run (可信文档白名单)',
  })
  allowedDocuments?: string[] | null;
}
