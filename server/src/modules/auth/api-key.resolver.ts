import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../core/context';
import { badInput, notFound } from '../../core/errors';
import { writeAudit } from '../audit';
import { ApiKey } from './api-key.entity';
import { ApiKeyCreated, ApiKeyInput, ApiKeyView } from './api-key.type';
import { API_SCOPES, makeApiKey, newKey } from './api-keys';
import { requireRole } from './require-role';

const view = (k: ApiKey): ApiKeyView => ({
  id: k.id, name: k.name, keyPrefix: k.keyPrefix, scopes: k.scopes, expiresAt: k.expiresAt ?? null,
  revokedAt: k.revokedAt ?? null, lastUsedAt: k.lastUsedAt ?? null, createdAt: k.createdAt, allowedDocuments: k.allowedDocuments ?? null,
});

function checkInput(input: ApiKeyInput): void {
  const problems = [];
  if (!input.name.trim() || input.name.length > 100) problems.push({ path: 'input.name', message: 'name (名称) is required, at most 100 characters' });
  const bad = input.scopes.filter((s) => !(API_SCOPES as readonly string[]).includes(s));
  if (bad.length || !input.scopes.length) problems.push({ path: 'input.scopes', message: `scopes must be some of ${API_SCOPES.join(', ')}` });
  if (input.expiresAt && input.expiresAt <= new Date()) problems.push({ path: 'input.expiresAt', message: 'must be in the future' });
  if (problems.length) throw badInput(problems);
}

/** Partner API keys: ADMIN creates, lists and revokes them; each change is audited in its transaction. */
@Resolver()
export class ApiKeyResolver {
  @Query(() => [ApiKeyView], { description: 'All API keys, newest first (ADMIN)' })
  async apiKeys(@Ctx() ctx: AppContext): Promise<ApiKeyView[]> {
    requireRole(ctx, ['ADMIN'], 'manage API keys');
    return (await ctx.em.find(ApiKey, {}, { orderBy: { createdAt: 'DESC' } })).map(view);
  }

  @Mutation(() => ApiKeyCreated, { description: 'Create a partner API key (ADMIN); the key is in the answer and nowhere else' })
  async createApiKey(@Arg('input', () => ApiKeyInput) input: ApiKeyInput, @Ctx() ctx: AppContext): Promise<ApiKeyCreated> {
    requireRole(ctx, ['ADMIN'], 'manage API keys');
    checkInput(input);
    const key = newKey();
    return ctx.em.transactional(async (em) => {
      const created = makeApiKey(em, key, { name: input.name.trim(), scopes: [...new Set(input.scopes)], expiresAt: input.expiresAt ?? null, allowedDocuments: input.allowedDocuments ?? null });
      await em.flush();
      await writeAudit(em, ctx.viewer, { action: 'API_KEY_CREATED', recordType: 'ApiKey', recordId: created.id, changes: [{ field: 'scopes', before: null, after: created.scopes }, { field: 'name', before: null, after: created.name }] });
      return { key, apiKey: view(created) };
    });
  }

  @Mutation(() => ApiKeyView, { description: 'Revoke an API key (ADMIN): refused from the next request on' })
  async revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<ApiKeyView> {
    requireRole(ctx, ['ADMIN'], 'manage API keys');
    return ctx.em.transactional(async (em) => {
      const key = /^[0-9a-f-]{36}$/i.test(id) ? await em.findOne(ApiKey, { id }) : null;
      if (!key) throw notFound('ApiKey', id);
      key.revokedAt ??= new Date();
      await em.flush();
      await writeAudit(em, ctx.viewer, { action: 'API_KEY_REVOKED', recordType: 'ApiKey', recordId: key.id, changes: [{ field: 'revokedAt', before: null, after: key.revokedAt.toISOString() }] });
      return view(key);
    });
  }
}
