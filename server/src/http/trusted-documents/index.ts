// Trusted documents (README "Trusted documents"): registered operations, run by id, and
// the mode that lets API keys (or everyone) run nothing else.
import { existsSync } from 'node:fs';
import type { AppConfig } from '../../config';
import { trustedDocumentsPlugin, type AllowListOf } from './policy-plugin';
import { TrustedDocumentRegistry } from './registry';
import { TRUSTED_DOCUMENTS_DIR } from './register';
import { resolveDocumentIds } from './resolve-by-id';

export { TrustedDocumentRegistry } from './registry';

let registered: TrustedDocumentRegistry | undefined;
/** The committed manifests (schema/trusted-documents), read once per process: they change only with a deploy. */
export const registeredDocuments = (): TrustedDocumentRegistry => (registered ??= TrustedDocumentRegistry.load(TRUSTED_DOCUMENTS_DIR));

/** Read with the key itself while resolving the viewer. */
const allowListOf: AllowListOf = async ({ viewer }) => (viewer.kind === 'partner' ? viewer.allowedDocuments : null);

/** The registry loaded once at start, the HTTP step that resolves ids, and the policy plugin. */
export function trustedDocuments(config: AppConfig, registry?: TrustedDocumentRegistry) {
  // The folder is committed: missing, it is a broken deployment, not "nothing registered".
  // Refuse to start rather than refuse every partner request (issue 12, defect 9).
  if (!registry && !existsSync(TRUSTED_DOCUMENTS_DIR)) {
    throw new Error(`The registered trusted documents are missing: ${TRUSTED_DOCUMENTS_DIR} does not exist`);
  }
  registry ??= registeredDocuments();
  return {
    registry,
    resolveIds: resolveDocumentIds(registry),
    plugin: trustedDocumentsPlugin(config.trustedDocuments, registry, allowListOf),
  };
}
