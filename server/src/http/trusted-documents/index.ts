// Trusted documents (README "Trusted documents"): registered operations, run by id, and
// the mode that lets API keys (or everyone) run nothing else.
import type { AppConfig } from '../../config';
import { ApiKey } from '../../modules/auth/api-key.entity';
import { trustedDocumentsPlugin, type AllowListOf } from './policy-plugin';
import { TrustedDocumentRegistry } from './registry';
import { TRUSTED_DOCUMENTS_DIR } from './register';
import { resolveDocumentIds } from './resolve-by-id';

export { TrustedDocumentRegistry } from './registry';

/** The key was loaded while resolving the viewer, so this is usually the identity map, not a query. */
const allowListOf: AllowListOf = async ({ em, viewer }) => {
  if (viewer.kind !== 'partner') return null;
  const key = await em.findOne(ApiKey, { id: viewer.keyId }, { filters: false });
  return key?.allowedDocuments ?? null;
};

/** The registry loaded once at start, the HTTP step that resolves ids, and the policy plugin. */
export function trustedDocuments(config: AppConfig, registry = TrustedDocumentRegistry.load(TRUSTED_DOCUMENTS_DIR)) {
  return {
    registry,
    resolveIds: resolveDocumentIds(registry),
    plugin: trustedDocumentsPlugin(config.trustedDocuments, registry, allowListOf),
  };
}
