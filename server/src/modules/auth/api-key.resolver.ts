import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../core/context';
import type { FieldProblem } from '../../core/declare';
import { badInput, notFound } from '../../core/errors';
import { registeredDocuments } from '../../http/trusted-documents';
import { hashOfDocumentId } from '../../http/trusted-documents/registry';
import { writeAudit } from '../audit';
import { ApiKey } from './api-key.entity';
import { ApiKeyCreated, ApiKeyInput, ApiKeyView } from './api-key.type';
import { apiScopes, makeApiKey, newKey } from './api-keys';
import { requireRole } from './require-role';

const view = (k: ApiKey): ApiKeyView => ({
  id: k.id,
  name: k.name,
  keyPrefix: k.keyPrefix,
  scopes: k.scopes,
  expiresAt: k.expiresAt ?? null,
  revokedAt: k.revokedAt ?? null,
  lastUsedAt: k.lastUsedAt ?? null,
  createdAt: k.createdAt,
  allowedDocuments: k.allowedDocuments ?? null,
});

/**
 * The allow-list as stored ("sha256:<hex>", each once), or the problems with it. A list
 * naming a document the server does not hold would refuse everything the partner sends
 * for it, with an error the partner cannot act on: better said to the admin now.
 */
function allowList(ids: string[], problems: FieldProblem[]): string[] {
  if (!ids.length)
    problems.push({ path: 'input.allowedDocuments', message: 'names no document: leave it out to allow every trusted document' });
  const registry = registeredDocuments();
  const hashes = ids.map((id, i) => {
    const hash = hashOfDocumentId(id.trim());
    if (!hash) problems.push({ path: `input.allowedDocuments.${i}`, message: `"${id}" is not a document id: "sha256:" and 64 hex digits` });
    else if (!registry.get(hash))
      problems.push({
        path: `input.allowedDocuments.${i}`,
        message: `sha256:${hash} is not a registered trusted document (README "Trusted documents")`,
      });
    return `sha256:${hash}`;
  });
  return [...new Set(hashes)];
}

/** The key's fields as stored, or BAD_USER_INPUT naming every problem. */
function checkInput(input: ApiKeyInput): { name: string; scopes: string[]; expiresAt: Date | null; allowedDocuments: string[] | null } {
  const problems: FieldProblem[] = [];
  if (!input.name.trim() || input.name.length > 100)
    problems.push({ path: 'input.name', message: 'name (名称) is required, at most 100 characters' });
  const known = apiScopes();
  const bad = input.scopes.filter((s) => !known.includes(s));
  if (bad.length || !input.scopes.length) problems.push({ path: 'input.scopes', message: `scopes must be some of ${known.join(', ')}` });
  if (input.expiresAt && input.expiresAt <= new Date()) problems.push({ path: 'input.expiresAt', message: 'must be in the future' });
  const allowedDocuments = input.allowedDocuments == null ? null : allowList(input.allowedDocuments, problems);
  if (problems.length) throw badInput(problems);
  return { name: input.name.trim(), scopes: [...new Set(input.scopes)], expiresAt: input.expiresAt ?? null, allowedDocuments };
}

/** Partner API keys: ADMIN creates, lists and revokes them; each change is audited in its transaction. */
@Resolver()
export class ApiKeyResolver {
  @Query(() => [ApiKeyView], { description: 'All API keys (接口密钥), newest first (ADMIN)' })
  async apiKeys(@Ctx() ctx: AppContext): Promise<ApiKeyView[]> {
    requireRole(ctx, ['ADMIN'], 'manage API keys');
    return (await ctx.em.find(ApiKey, {}, { orderBy: { createdAt: 'DESC' } })).map(view);
  }

  @Mutation(() => ApiKeyCreated, {
    description: 'Create a partner API key (新建接口密钥, ADMIN); the key is in the answer and nowhere else',
  })
  async createApiKey(
    @Arg('input', () => ApiKeyInput, { description: 'The new key (新密钥)' }) input: ApiKeyInput,
    @Ctx() ctx: AppContext,
  ): Promise<ApiKeyCreated> {
    requireRole(ctx, ['ADMIN'], 'manage API keys');
    const fields = checkInput(input);
    const key = newKey();
    return ctx.em.transactional(async (em) => {
      const created = makeApiKey(em, key, fields);
      await em.flush();
      await writeAudit(em, ctx.viewer, {
        action: 'API_KEY_CREATED',
        recordType: 'ApiKey',
        recordId: created.id,
        changes: [
          { field: 'scopes', before: null, after: created.scopes },
          { field: 'name', before: null, after: created.name },
          ...(created.allowedDocuments ? [{ field: 'allowedDocuments', before: null, after: created.allowedDocuments }] : []),
        ],
      });
      return { key, apiKey: view(created) };
    });
  }

  @Mutation(() => ApiKeyView, { description: 'Revoke an API key (吊销密钥, ADMIN): refused from the next request on' })
  async revokeApiKey(
    @Arg('id', () => ID, { description: 'Id of the key (密钥编号)' }) id: string,
    @Ctx() ctx: AppContext,
  ): Promise<ApiKeyView> {
    requireRole(ctx, ['ADMIN'], 'manage API keys');
    return ctx.em.transactional(async (em) => {
      const key = /^[0-9a-f-]{36}$/i.test(id) ? await em.findOne(ApiKey, { id }) : null;
      if (!key) throw notFound('ApiKey', id);
      key.revokedAt ??= new Date();
      await em.flush();
      await writeAudit(em, ctx.viewer, {
        action: 'API_KEY_REVOKED',
        recordType: 'ApiKey',
        recordId: key.id,
        changes: [{ field: 'revokedAt', before: null, after: key.revokedAt.toISOString() }],
      });
      return view(key);
    });
  }
}
